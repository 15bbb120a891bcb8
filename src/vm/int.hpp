// int: arbitrary-precision integers. Values in [-2^47, 2^47) live unboxed in the Value; larger
// ones are BigInt objects holding a GMP mpz_t (freed by the finalizer). Every operation
// returns the small form whenever the result fits, so a BigInt is never small.
#pragma once
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

#include <cstdint>
#include <gmp.h>
#include <string>
#include <string_view>

namespace coil::vm {

struct BigInt : Object {
    mpz_t mpz;
};

// True for ints and bools (bool is a subclass of int), small or big.
inline bool is_int(Value v) {
    return v.is_small_int() || v.is_bool() ||
           (v.is_object() && v.as_object()->type->has_flag(TypeIntSubclass));
}
inline bool is_big_int(Value v) {
    return v.is_object() && v.as_object()->type->has_flag(TypeIntSubclass);
}
inline BigInt* as_big_int(Value v) {
    return static_cast<BigInt*>(v.as_object());
}

Value make_int(Interpreter& interp, int64_t i);
Value make_int(Interpreter& interp, const mpz_t value); // the small form when it fits
Value make_int_u64(Interpreter& interp, uint64_t i);

// Precondition: is_int(v). Copies v into `out`, which the caller has mpz_init'ed.
void int_to_mpz(Value v, mpz_t out);
// False when v does not fit (v must be an int).
bool int_to_int64(Value v, int64_t* out);
// Precondition: is_int(v). -1, 0 or 1.
int int_sign(Value v);
// An index for containers (__index__ of ints and bools; others via their slot); on overflow
// raises IndexError "cannot fit 'int' into an index-sized integer". false with exception.
bool value_to_index(Interpreter& interp, Value v, int64_t* out);
// Converts with OverflowError "Python int too large to convert to C ssize_t" on overflow.
bool int_to_ssize(Interpreter& interp, Value v, int64_t* out);
// float(int): OverflowError "int too large to convert to float" when it does not fit.
bool int_to_double(Interpreter& interp, Value v, double* out);

std::string int_to_string(Value v, int base = 10); // decimal for str()/repr()
// int(text, base) as CPython parses it (underscores, whitespace, prefixes when base is 0).
// ValueError "invalid literal for int() with base 10: 'x'" on bad input.
Value int_from_string(Interpreter& interp, std::string_view text, int base);
int64_t int_hash(Value v); // CPython's hash modulo 2**61 - 1

// Arithmetic on two ints (bools included); the float cases are in float.hpp.
Value int_binary_op(Interpreter& interp, BinaryOp op, Value a, Value b);
int int_compare(Value a, Value b); // -1, 0, 1
// divmod(a, b) of two ints: ZeroDivisionError "integer division or modulo by zero".
Value int_divmod(Interpreter& interp, Value a, Value b);
// pow(base, exp, mod) of three ints: ValueError "pow() 3rd argument cannot be 0" and "base is
// not invertible for the given modulus".
Value int_pow_mod(Interpreter& interp, Value base, Value exp, Value mod);
Value int_negative(Interpreter& interp, Value v);
Value int_invert(Interpreter& interp, Value v);

void init_int_type(Interpreter& interp);
void init_bool_type(Interpreter& interp);

} // namespace coil::vm
