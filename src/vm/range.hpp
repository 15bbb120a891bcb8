// range and slice objects (range iteration has a fast path for small ints).
#pragma once
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

namespace coil::vm {

struct Range : Object {
    // The bounds and the number of items are ints of any size.
    Value start, stop, step, length;
    // When the bounds and the length all fit in int64 (CPython's fast range_iterator case),
    // `small` is set and first/stride/count repeat them for the fast paths.
    bool small = false;
    int64_t first = 0, stride = 0, count = 0;
};

// Iterates a small range; items are computed with wrapping arithmetic, so the step past the
// last item never overflows.
struct RangeIterator : Object {
    int64_t next = 0;
    int64_t step = 0;
    int64_t remaining = 0;
};

// Iterates a range whose bounds or length do not fit in int64 (CPython's longrange_iterator).
struct LongRangeIterator : Object {
    Value next, step, remaining;
};

struct Slice : Object {
    Value start = Value::none(), stop = Value::none(), step = Value::none();
};

inline bool is_slice(const Interpreter& interp, Value v) {
    return v.is_object() && v.as_object()->type == interp.types.slice;
}

Range* make_range(Interpreter& interp, int64_t start, int64_t stop, int64_t step);
// range(start, stop, step) of three ints (step not 0).
Range* make_range(Interpreter& interp, Value start, Value stop, Value step);
Slice* make_slice(Interpreter& interp, Value start, Value stop, Value step);

// PySlice_GetIndicesEx: clamps the slice to a sequence of `length` items. false with an
// exception pending ("slice step cannot be zero", "slice indices must be integers...").
// Returns the number of items selected in *count.
bool slice_indices(Interpreter& interp, Slice* slice, int64_t length, int64_t* start, int64_t* stop,
                   int64_t* step, int64_t* count);

void init_range_type(Interpreter& interp);
void init_slice_type(Interpreter& interp);

} // namespace coil::vm
