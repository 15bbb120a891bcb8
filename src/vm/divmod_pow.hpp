// divmod() and pow() with a modulus: the number operations without an operator slot of their
// own, dispatched through __divmod__/__rdivmod__ and three-operand __pow__ as CPython's
// binary_op1 and ternary_op do.
#pragma once
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

namespace coil::vm {

// divmod(a, b): a.__divmod__(b), then b.__rdivmod__(a) (first when b's class is a subclass of
// a's that overrides it). TypeError "unsupported operand type(s) for divmod(): 'A' and 'int'".
Value divmod_values(Interpreter& interp, Value a, Value b);

// pow(base, exp, mod); `mod` None is base ** exp. With a modulus only __pow__(exp, mod) of a
// class written in Python is asked, never __rpow__, as in CPython. TypeError
// "unsupported operand type(s) for ** or pow(): 'A', 'int', 'int'".
Value power_values(Interpreter& interp, Value base, Value exp, Value mod);

// The power slot of builtin class `owner` with a modulus, for int.__pow__(2, 10, 7) and
// int.__rpow__: NotImplemented when the operands are not its kind of number.
Value builtin_power_mod(Interpreter& interp, Type* owner, Value base, Value exp, Value mod);

} // namespace coil::vm
