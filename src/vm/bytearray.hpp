// bytearray: a mutable byte string; its buffer is a std::string owned by the object.
#pragma once
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

#include <string>
#include <string_view>

namespace coil::vm {

struct ByteArray : Object {
    static ByteArray* make(Interpreter& interp, std::string_view data);

    std::string_view view() const { return bytes; }
    std::string bytes;
};

// bytearray or a subclass of it.
bool is_bytearray(const Interpreter& interp, Value v);
inline ByteArray* as_bytearray(Value v) {
    return static_cast<ByteArray*>(v.as_object());
}

void init_bytearray_type(Interpreter& interp);

} // namespace coil::vm
