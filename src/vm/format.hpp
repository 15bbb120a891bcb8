// Formatting: format(value, spec) with the format-spec mini-language (f-strings call it),
// str.format, and printf-style str % args.
#pragma once
#include "vm/interpreter.hpp"

namespace coil::vm {

// format(value, spec): builtin types natively, others through __format__. nullptr with an
// exception pending on failure.
Str* format_value(Interpreter& interp, Value value, Str* spec);

// ascii(value): repr() with every non-ASCII code point escaped (\xe9, \u2713, \U0001d11e).
Str* ascii_repr(Interpreter& interp, Value value);

// The native str.format, str.format_map, __format__ and the % operator of str and bytes.
void init_format(Interpreter& interp);

} // namespace coil::vm
