// list: a growable array of values in a malloc'd buffer owned by the object.
#pragma once
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

namespace coil::vm {

struct List : Object {
    static List* make(Interpreter& interp, size_t capacity = 0);
    static List* make(Interpreter& interp, const Value* items, size_t size);

    size_t size() const { return size_; }
    Value* items() { return items_; }
    const Value* items() const { return items_; }
    Value operator[](size_t i) const { return items_[i]; }
    Value& operator[](size_t i) { return items_[i]; }
    Value* begin() { return items_; }
    Value* end() { return items_ + size_; }

    void append(Interpreter& interp, Value v) {
        if (size_ == capacity_) grow(interp, size_ + 1);
        items_[size_++] = v;
    }
    void insert(Interpreter& interp, size_t index, Value v); // index clamped to [0, size]
    Value pop_back() { return items_[--size_]; }             // precondition: size() > 0
    void erase(size_t index);
    void reserve(Interpreter& interp, size_t capacity) {
        if (capacity > capacity_) grow(interp, capacity);
    }
    // Replaces the items in [lo, hi) with `count` values from `values`.
    void splice(Interpreter& interp, size_t lo, size_t hi, const Value* values, size_t count);
    void clear() { size_ = 0; }

    Value* items_ = nullptr;
    size_t size_ = 0;
    size_t capacity_ = 0;

private:
    void grow(Interpreter& interp, size_t min_capacity);
};

inline bool is_list(Value v) {
    return v.is_object() && v.as_object()->type->has_flag(TypeListSubclass);
}
inline List* as_list(Value v) {
    return static_cast<List*>(v.as_object());
}

// Sorts in place like list.sort (stable; key may be absent). 0 ok, -1 with exception.
int list_sort(Interpreter& interp, List* list, Value key, bool reverse);

void init_list_type(Interpreter& interp);

} // namespace coil::vm
