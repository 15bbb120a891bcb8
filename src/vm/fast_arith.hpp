// BINARY_OP's fast path: small-int and float arithmetic computed in place, without the
// operator dispatch, for the operations whose result is a plain machine operation. Anything
// else (big results, division by zero, mixed types, user classes) takes ops::binary_op.
#pragma once
#include "vm/object.hpp"
#include "vm/value.hpp"

#include <cstdint>

namespace coil::vm {

// Python's floor division and modulo of machine ints (y != 0): the quotient rounds towards
// minus infinity and the remainder takes the divisor's sign.
inline void floor_divmod(int64_t x, int64_t y, int64_t* quotient, int64_t* remainder) {
    int64_t q = x / y;
    int64_t m = x % y;
    if (m != 0 && ((m < 0) != (y < 0))) {
        --q;
        m += y;
    }
    *quotient = q;
    *remainder = m;
}

// The result of `a op b`, or Value::absent() when the general path must compute it.
inline Value fast_arith(BinaryOp op, Value a, Value b) {
    if (a.is_small_int() && b.is_small_int()) {
        const int64_t x = a.as_small_int();
        const int64_t y = b.as_small_int();
        int64_t r;
        switch (op) {
        case BinaryOp::Add:
            r = x + y; // 48-bit operands: no 64-bit overflow
            break;
        case BinaryOp::Sub:
            r = x - y;
            break;
        case BinaryOp::Mul:
            if (__builtin_mul_overflow(x, y, &r)) return Value::absent();
            break;
        case BinaryOp::And:
            return Value::from_small_int(x & y);
        case BinaryOp::Or:
            return Value::from_small_int(x | y);
        case BinaryOp::Xor:
            return Value::from_small_int(x ^ y);
        case BinaryOp::Mod:
        case BinaryOp::FloorDiv: {
            if (y == 0) return Value::absent();
            int64_t m;
            floor_divmod(x, y, &r, &m);
            if (op == BinaryOp::Mod) return Value::from_small_int(m);
            break;
        }
        default:
            return Value::absent();
        }
        return Value::fits_small_int(r) ? Value::from_small_int(r) : Value::absent();
    }
    if (a.is_float() && b.is_float()) {
        const double x = a.as_float();
        const double y = b.as_float();
        switch (op) {
        case BinaryOp::Add:
            return Value::from_double(x + y);
        case BinaryOp::Sub:
            return Value::from_double(x - y);
        case BinaryOp::Mul:
            return Value::from_double(x * y);
        case BinaryOp::TrueDiv:
            return y == 0.0 ? Value::absent() : Value::from_double(x / y);
        default:
            return Value::absent();
        }
    }
    return Value::absent();
}

} // namespace coil::vm
