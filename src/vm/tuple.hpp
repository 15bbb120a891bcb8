// tuple: an immutable array of values, stored inline after the header.
#pragma once
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

#include <initializer_list>

namespace coil::vm {

struct Tuple : Object {
    // A tuple of `size` Nones, to be filled before it is shared. make(interp, 0) is the
    // interpreter's empty-tuple singleton.
    static Tuple* make(Interpreter& interp, size_t size);
    static Tuple* make(Interpreter& interp, const Value* items, size_t size);
    static Tuple* make(Interpreter& interp, std::initializer_list<Value> items) {
        return make(interp, items.begin(), items.size());
    }
    // An instance of tuple or of its subclass `type` holding a copy of `items`.
    static Tuple* make_of_type(Interpreter& interp, Type* type, const Value* items, size_t size);

    size_t size() const { return size_; }
    Value* items() { return items_; }
    const Value* items() const { return items_; }
    Value operator[](size_t i) const { return items_[i]; }
    Value& operator[](size_t i) { return items_[i]; }
    Value* begin() { return items_; }
    Value* end() { return items_ + size_; }

    size_t size_ = 0;
    Value items_[1];
};

inline bool is_tuple(Value v) {
    return v.is_object() && v.as_object()->type->has_flag(TypeTupleSubclass);
}
inline Tuple* as_tuple(Value v) {
    return static_cast<Tuple*>(v.as_object());
}

// Lexicographic comparison of two sequences (tuples, lists), with CPython's identity shortcut
// for items. Returns a bool Value or error().
Value compare_sequences(Interpreter& interp, const Value* a, size_t na, const Value* b, size_t nb,
                        CompareOp op);
// "(1, 2)"-style repr of items between `open` and `close`; nullptr on failure.
Str* repr_sequence(Interpreter& interp, const Value* items, size_t n, const char* open,
                   const char* close);
// Python index -> position: negative counts from the end. false when out of range.
inline bool normalize_index(int64_t& i, size_t size) {
    if (i < 0) i += static_cast<int64_t>(size);
    return i >= 0 && i < static_cast<int64_t>(size);
}

void init_tuple_type(Interpreter& interp);

} // namespace coil::vm
