// range and slice objects (range iteration has a fast path for small ints).
#pragma once
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

namespace coil::vm {

struct Range : Object {
    // The bounds are ints; the common small case keeps them as int64 for fast iteration.
    Value start, stop, step;
    int64_t length = 0; // number of items (ranges too long for int64 are rejected)
};

struct RangeIterator : Object {
    int64_t next = 0;
    int64_t step = 0;
    int64_t remaining = 0;
};

struct Slice : Object {
    Value start = Value::none(), stop = Value::none(), step = Value::none();
};

inline bool is_slice(const Interpreter& interp, Value v) {
    return v.is_object() && v.as_object()->type == interp.types.slice;
}

Range* make_range(Interpreter& interp, int64_t start, int64_t stop, int64_t step);
Slice* make_slice(Interpreter& interp, Value start, Value stop, Value step);

// PySlice_GetIndicesEx: clamps the slice to a sequence of `length` items. false with an
// exception pending ("slice step cannot be zero", "slice indices must be integers...").
// Returns the number of items selected in *count.
bool slice_indices(Interpreter& interp, Slice* slice, int64_t length, int64_t* start, int64_t* stop,
                   int64_t* step, int64_t* count);

void init_range_type(Interpreter& interp);
void init_slice_type(Interpreter& interp);

} // namespace coil::vm
