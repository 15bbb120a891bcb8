// bytes: an immutable byte string stored inline after the header.
#pragma once
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

#include <string_view>

namespace coil::vm {

struct Bytes : Object {
    static Bytes* make(Interpreter& interp, std::string_view data);
    // An instance of bytes or of its subclass `type` holding a copy of `data`.
    static Bytes* make_of_type(Interpreter& interp, Type* type, std::string_view data);

    std::string_view view() const { return {data_, size_}; }
    size_t size() const { return size_; }

    size_t size_ = 0;
    char data_[1];
};

inline bool is_bytes(const Interpreter&, Value v) {
    return v.is_object() && v.as_object()->type->has_flag(TypeBytesSubclass);
}
inline Bytes* as_bytes(Value v) {
    return static_cast<Bytes*>(v.as_object());
}

void init_bytes_type(Interpreter& interp);

} // namespace coil::vm
