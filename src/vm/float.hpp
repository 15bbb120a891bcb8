// float: IEEE doubles, unboxed in the Value. repr() is the shortest round-trip form, formatted
// like CPython's float_repr ('1.0', '1e+16', '1e-05', 'inf', 'nan').
#pragma once
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

#include <string>

namespace coil::vm {

// An instance of a subclass of float: floats themselves are unboxed, but a subclass's
// instances carry their class (and a __dict__ after this header).
struct FloatObject : Object {
    double number = 0.0;
};

inline bool is_float_instance(Value v) {
    return v.is_float() || (v.is_object() && v.as_object()->type->has_flag(TypeFloatSubclass));
}
// Precondition: is_float_instance(v).
inline double float_value(Value v) {
    return v.is_float() ? v.as_float() : static_cast<FloatObject*>(v.as_object())->number;
}

std::string float_repr(double d);
int64_t float_hash(double d); // CPython's hash: equal to the int hash for integral values

// int or float to double for mixed arithmetic; false with OverflowError for huge ints, or
// false without exception when v is neither (the caller returns NotImplemented).
bool number_to_double(Interpreter& interp, Value v, double* out, bool* is_number);

Value float_binary_op(Interpreter& interp, BinaryOp op, double a, double b);
// divmod(a, b) of two floats: ZeroDivisionError "float divmod()".
Value float_divmod(Interpreter& interp, double a, double b);
// Compares a float with an int exactly (no rounding of big ints): -1, 0, 1; 2 if d is nan.
int float_int_compare(double d, Value i);
// float(text): ValueError "could not convert string to float: 'x'".
Value float_from_string(Interpreter& interp, std::string_view text);

void init_float_type(Interpreter& interp);

} // namespace coil::vm
