// The methods bytes and bytearray share (find, split, strip, upper, hex, decode, ...): they read
// the data of either kind and return results of the receiver's kind.
#pragma once
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

#include <string>
#include <string_view>

namespace coil::vm {

// The data of a bytes or bytearray object; false when v is neither.
bool bytes_like_view(const Interpreter& interp, Value v, std::string_view* out);
// Like bytes_like_view, with TypeError "a bytes-like object is required, not 'str'".
bool bytes_like_arg(Interpreter& interp, Value v, std::string_view* out);
// A new bytes or bytearray (the kind of `kind`) holding `data`.
Value make_bytes_like(Interpreter& interp, Value kind, std::string_view data);
// repr() text of byte data: b'...' with CPython's quote choice and escapes (bytearray's repr
// escapes single quotes even inside double quotes, as CPython's does).
std::string bytes_literal(std::string_view data, bool escape_single_quote = false);
// One byte from an int-like value: TypeError for non-integers, ValueError
// "byte must be in range(0, 256)".
bool byte_value(Interpreter& interp, Value v, unsigned char* out);
// Appends the ints of an iterable (or a bytes-like object) to `out`; false with an exception.
bool collect_bytes(Interpreter& interp, Value iterable, std::string* out);
// str.encode(encoding, errors) for utf-8, ascii and latin-1 (absent arguments: utf-8,
// strict); `fname` names the caller in argument type errors.
bool encode_text(Interpreter& interp, const char* fname, Str* text, Value encoding, Value errors,
                 std::string* out);
// The data bytes(source, encoding, errors) or bytearray(...) is made of: nothing, an encoded
// str, a count of zero bytes, a bytes-like object or an iterable of ints. `type_name` is
// "bytes" or "bytearray" for the messages.
bool bytes_from_source(Interpreter& interp, const char* type_name, Value source, Value encoding,
                       Value errors, std::string* out);
// seq * count with a count that is not an int: NotImplemented when a class written in Python
// might still answer (its __rmul__), else CPython's "can't multiply sequence by non-int of
// type 'float'".
Value sequence_repeat_error(Interpreter& interp, Value count);

// Registers the shared methods on bytes or bytearray.
void add_bytes_methods(Interpreter& interp, Type* type);

} // namespace coil::vm
