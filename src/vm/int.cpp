// int and its GMP-backed big form: conversions, arithmetic with Python's floor semantics,
// hashing, parsing and printing, and the int type's slots and methods.
#include "vm/int.hpp"

#include "vm/bytes.hpp"
#include "vm/bytes_methods.hpp"
#include "vm/class_creation.hpp"
#include "vm/dict.hpp"
#include "vm/fast_arith.hpp"
#include "vm/float.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/slot_wrapper.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <string>

namespace coil::vm {

namespace {

// The digit limit of int<->str conversion that CPython 3.11.7 enforces by default.
constexpr size_t max_str_digits = 4300;

// An mpz_t that clears itself.
struct Mpz {
    mpz_t v;
    Mpz() { mpz_init(v); }
    explicit Mpz(Value x) {
        mpz_init(v);
        int_to_mpz(x, v);
    }
    ~Mpz() { mpz_clear(v); }
    Mpz(const Mpz&) = delete;
    Mpz& operator=(const Mpz&) = delete;
};

void finalize_big_int(Object* self) {
    mpz_clear(static_cast<BigInt*>(self)->mpz);
}

// Small ints and bools as int64.
bool small_value(Value v, int64_t* out) {
    if (v.is_small_int()) {
        *out = v.as_small_int();
        return true;
    }
    if (v.is_bool()) {
        *out = v.is_true();
        return true;
    }
    return false;
}

std::string arg_type(Interpreter& interp, Value v) {
    return std::string(type_name(interp, v));
}

} // namespace

Value make_int(Interpreter& interp, int64_t i) {
    if (Value::fits_small_int(i)) return Value::from_small_int(i);
    BigInt* b = interp.heap().make<BigInt>(interp.types.int_);
    mpz_init_set_si(b->mpz, i);
    return b->value();
}

Value make_int_u64(Interpreter& interp, uint64_t i) {
    if (i <= static_cast<uint64_t>(Value::small_int_max)) {
        return Value::from_small_int(static_cast<int64_t>(i));
    }
    BigInt* b = interp.heap().make<BigInt>(interp.types.int_);
    mpz_init_set_ui(b->mpz, i);
    return b->value();
}

Value make_int(Interpreter& interp, const mpz_t value) {
    if (mpz_fits_slong_p(value)) {
        long i = mpz_get_si(value);
        if (Value::fits_small_int(i)) return Value::from_small_int(i);
    }
    BigInt* b = interp.heap().make<BigInt>(interp.types.int_);
    mpz_init_set(b->mpz, value);
    // GMP's limbs live outside the heap; without counting them a loop of huge results would
    // never reach the collection threshold.
    interp.heap().note_external_allocation(mpz_size(b->mpz) * sizeof(mp_limb_t));
    return b->value();
}

void int_to_mpz(Value v, mpz_t out) {
    int64_t i;
    if (small_value(v, &i)) {
        mpz_set_si(out, i);
    } else {
        mpz_set(out, as_big_int(v)->mpz);
    }
}

bool int_to_int64(Value v, int64_t* out) {
    if (small_value(v, out)) return true;
    const mpz_t& z = as_big_int(v)->mpz;
    if (!mpz_fits_slong_p(z)) return false;
    *out = mpz_get_si(z);
    return true;
}

int int_sign(Value v) {
    int64_t i;
    if (small_value(v, &i)) return (i > 0) - (i < 0);
    return mpz_sgn(as_big_int(v)->mpz);
}

bool value_to_index(Interpreter& interp, Value v, int64_t* out) {
    if (is_int(v)) {
        if (int_to_int64(v, out)) return true;
        interp.raise_format(interp.exceptions.index_error,
                            "cannot fit '%s' into an index-sized integer",
                            arg_type(interp, v).c_str());
        return false;
    }
    if (type_of(interp, v)->slots.index) {
        Value i = ops::index(interp, v);
        if (i.is_error()) return false;
        return value_to_index(interp, i, out);
    }
    interp.raise_format(interp.exceptions.type_error,
                        "'%s' object cannot be interpreted as an integer",
                        arg_type(interp, v).c_str());
    return false;
}

bool int_to_ssize(Interpreter& interp, Value v, int64_t* out) {
    if (!is_int(v)) {
        if (type_of(interp, v)->slots.index) {
            Value i = ops::index(interp, v);
            if (i.is_error()) return false;
            return int_to_ssize(interp, i, out);
        }
        interp.raise_format(interp.exceptions.type_error,
                            "'%s' object cannot be interpreted as an integer",
                            arg_type(interp, v).c_str());
        return false;
    }
    if (int_to_int64(v, out)) return true;
    interp.raise(interp.exceptions.overflow_error, "Python int too large to convert to C ssize_t");
    return false;
}

bool int_to_double(Interpreter& interp, Value v, double* out) {
    int64_t i;
    if (small_value(v, &i)) {
        *out = static_cast<double>(i);
        return true;
    }
    // Round half to even on the 53 most significant bits, as CPython's PyLong_AsDouble.
    const mpz_t& z = as_big_int(v)->mpz;
    size_t bits = mpz_sizeinbase(z, 2);
    if (bits <= 53) {
        *out = mpz_get_d(z);
        return true;
    }
    if (bits > 1024) {
        interp.raise(interp.exceptions.overflow_error, "int too large to convert to float");
        return false;
    }
    Mpz magnitude, top;
    mpz_abs(magnitude.v, z);
    size_t shift = bits - 53;
    mpz_tdiv_q_2exp(top.v, magnitude.v, shift);
    bool half = mpz_tstbit(magnitude.v, shift - 1);
    bool sticky = mpz_scan1(magnitude.v, 0) < shift - 1;
    if (half && (sticky || mpz_odd_p(top.v))) mpz_add_ui(top.v, top.v, 1);
    double d = std::ldexp(mpz_get_d(top.v), static_cast<int>(shift));
    if (std::isinf(d)) {
        interp.raise(interp.exceptions.overflow_error, "int too large to convert to float");
        return false;
    }
    *out = mpz_sgn(z) < 0 ? -d : d;
    return true;
}

std::string int_to_string(Value v, int base) {
    int64_t i;
    if (small_value(v, &i)) {
        char buffer[72];
        auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, i, base);
        return std::string(buffer, end);
    }
    const mpz_t& z = as_big_int(v)->mpz;
    std::string out(mpz_sizeinbase(z, base) + 2, '\0');
    mpz_get_str(out.data(), base, z);
    out.resize(std::strlen(out.c_str()));
    return out;
}

namespace {

// str() of a small int, written straight into the new string.
Str* small_int_str(Interpreter& interp, int64_t i) {
    char buffer[24];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, i);
    return Str::make_ascii(interp, std::string_view(buffer, end - buffer));
}

int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

bool is_ascii_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

} // namespace

Value int_from_string(Interpreter& interp, std::string_view text, int base) {
    auto invalid = [&]() {
        return interp.raise_format(interp.exceptions.value_error,
                                   "invalid literal for int() with base %d: %s", base,
                                   str_repr(text).c_str());
    };
    size_t lo = 0, hi = text.size();
    while (lo < hi && is_ascii_space(text[lo])) ++lo;
    while (hi > lo && is_ascii_space(text[hi - 1])) --hi;
    std::string_view s = text.substr(lo, hi - lo);
    bool negative = false;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        negative = s[0] == '-';
        s.remove_prefix(1);
    }
    int effective = base;
    bool had_prefix = false;
    if (s.size() >= 2 && s[0] == '0') {
        char p = static_cast<char>(s[1] | 32);
        int prefixed = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (prefixed && (base == 0 || base == prefixed)) {
            effective = prefixed;
            s.remove_prefix(2);
            had_prefix = true;
        }
    }
    if (effective == 0) effective = 10;
    std::string digits;
    digits.reserve(s.size());
    bool previous_underscore = had_prefix; // "0x_1f" is fine, "_1" is not
    if (s.empty()) return invalid();
    for (size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c == '_') {
            if ((i == 0 && !had_prefix) || (i > 0 && s[i - 1] == '_')) return invalid();
            previous_underscore = true;
            continue;
        }
        if (digit_value(c) >= effective) return invalid();
        digits += c;
        previous_underscore = false;
    }
    if (previous_underscore || digits.empty()) return invalid();
    if (base == 0 && !had_prefix && digits.size() > 1 && digits[0] == '0') {
        // "0123" is ambiguous in Python 3 unless it is all zeros.
        if (digits.find_first_not_of('0') != std::string::npos) return invalid();
    }
    if (effective == 10 && digits.size() > max_str_digits) {
        return interp.raise_format(interp.exceptions.value_error,
                                   "Exceeds the limit (%zu digits) for integer string "
                                   "conversion: value has %zu digits; use "
                                   "sys.set_int_max_str_digits() to increase the limit",
                                   max_str_digits, digits.size());
    }
    if (digits.size() <= 12 && effective <= 16) {
        int64_t v = 0;
        for (char c : digits) v = v * effective + digit_value(c);
        return Value::from_small_int(negative ? -v : v);
    }
    Mpz z;
    mpz_set_str(z.v, digits.c_str(), effective);
    if (negative) mpz_neg(z.v, z.v);
    return make_int(interp, z.v);
}

int64_t int_hash(Value v) {
    constexpr uint64_t modulus = (uint64_t(1) << 61) - 1;
    int64_t i;
    if (small_value(v, &i)) {
        // |i| < 2**47 < modulus: the hash is the value itself, except -1.
        return i == -1 ? -2 : i;
    }
    const mpz_t& z = as_big_int(v)->mpz;
    Mpz r;
    mpz_tdiv_r_ui(r.v, z, modulus); // remainder with the sign of z, |r| < modulus
    int64_t h = mpz_get_si(r.v);
    return h == -1 ? -2 : h;
}

int int_compare(Value a, Value b) {
    int64_t x, y;
    if (small_value(a, &x) && small_value(b, &y)) return (x > y) - (x < y);
    Mpz p(a), q(b);
    int c = mpz_cmp(p.v, q.v);
    return (c > 0) - (c < 0);
}

Value int_negative(Interpreter& interp, Value v) {
    int64_t i;
    if (small_value(v, &i)) return make_int(interp, -i);
    Mpz z(v);
    mpz_neg(z.v, z.v);
    return make_int(interp, z.v);
}

Value int_invert(Interpreter& interp, Value v) {
    int64_t i;
    if (small_value(v, &i)) return make_int(interp, ~i);
    Mpz z(v);
    mpz_com(z.v, z.v);
    return make_int(interp, z.v);
}

namespace {

Value int_true_divide(Interpreter& interp, Value a, Value b) {
    if (int_sign(b) == 0)
        return interp.raise(interp.exceptions.zero_division_error, "division by zero");
    int64_t x, y;
    constexpr int64_t exact = int64_t(1) << 53;
    if (small_value(a, &x) && small_value(b, &y) && x > -exact && x < exact && y > -exact &&
        y < exact) {
        return Value::from_double(static_cast<double>(x) / static_cast<double>(y));
    }
    Mpz p(a), q(b);
    mpq_t r;
    mpq_init(r);
    mpq_set_num(r, p.v);
    mpq_set_den(r, q.v);
    mpq_canonicalize(r);
    double d = mpq_get_d(r);
    mpq_clear(r);
    if (std::isinf(d)) {
        return interp.raise(interp.exceptions.overflow_error,
                            "integer division result too large for a float");
    }
    return Value::from_double(d);
}

Value int_pow(Interpreter& interp, Value a, Value b) {
    if (int_sign(b) < 0) {
        double x, y;
        if (!int_to_double(interp, a, &x) || !int_to_double(interp, b, &y)) return Value::error();
        if (x == 0.0) {
            return interp.raise(interp.exceptions.zero_division_error,
                                "0.0 cannot be raised to a negative power");
        }
        return Value::from_double(std::pow(x, y));
    }
    int64_t x, e;
    if (small_value(a, &x) && small_value(b, &e)) {
        // Square-and-multiply while it fits.
        int64_t result = 1, base = x;
        int64_t n = e;
        bool overflow = false;
        while (n > 0 && !overflow) {
            if (n & 1) overflow |= __builtin_mul_overflow(result, base, &result);
            n >>= 1;
            if (n) overflow |= __builtin_mul_overflow(base, base, &base);
        }
        if (!overflow) return make_int(interp, result);
    }
    Mpz base(a);
    if (mpz_cmp_ui(base.v, 1) == 0 || mpz_sgn(base.v) == 0) return make_int(interp, base.v);
    if (mpz_cmp_si(base.v, -1) == 0) {
        Mpz exponent(b);
        return Value::from_small_int(mpz_even_p(exponent.v) ? 1 : -1);
    }
    // Results beyond 2**31 bits would take minutes or overflow GMP (which aborts).
    if (!int_to_int64(b, &e) ||
        static_cast<double>(e) * static_cast<double>(mpz_sizeinbase(base.v, 2) - 1) >
            static_cast<double>(int64_t(1) << 31)) {
        return interp.raise_memory_error();
    }
    Mpz r;
    mpz_pow_ui(r.v, base.v, static_cast<unsigned long>(e));
    return make_int(interp, r.v);
}

Value int_shift(Interpreter& interp, Value a, Value b, bool left) {
    if (int_sign(b) < 0) return interp.raise(interp.exceptions.value_error, "negative shift count");
    int64_t x, n;
    bool small_a = small_value(a, &x);
    if (!int_to_int64(b, &n)) {
        // A shift by more than 2**63 bits: only 0 (or the sign, shifting right) survives.
        if (!left || (small_a && x == 0)) {
            return Value::from_small_int(int_sign(a) < 0 ? -1 : 0);
        }
        return interp.raise_memory_error();
    }
    if (small_a) {
        if (!left) return Value::from_small_int(n >= 63 ? (x < 0 ? -1 : 0) : x >> n);
        if (x == 0) return Value::from_small_int(0);
        if (n < 16) return make_int(interp, x * (int64_t(1) << n)); // |x| < 2**47
    }
    Mpz z(a), r;
    if (left) {
        if (n > (int64_t(1) << 31)) return interp.raise_memory_error();
        mpz_mul_2exp(r.v, z.v, static_cast<mp_bitcnt_t>(n));
    } else {
        mpz_fdiv_q_2exp(r.v, z.v, static_cast<mp_bitcnt_t>(n));
    }
    return make_int(interp, r.v);
}

} // namespace

Value int_binary_op(Interpreter& interp, BinaryOp op, Value a, Value b) {
    int64_t x, y, r;
    if (small_value(a, &x) && small_value(b, &y)) {
        // Both fit in 48 bits, so + - * cannot overflow int64 except for * (checked).
        switch (op) {
        case BinaryOp::Add:
            return make_int(interp, x + y);
        case BinaryOp::Sub:
            return make_int(interp, x - y);
        case BinaryOp::Mul:
            if (!__builtin_mul_overflow(x, y, &r)) return make_int(interp, r);
            break;
        case BinaryOp::FloorDiv:
        case BinaryOp::Mod: {
            if (y == 0) {
                return interp.raise(interp.exceptions.zero_division_error,
                                    op == BinaryOp::Mod ? "integer modulo by zero"
                                                        : "integer division or modulo by zero");
            }
            int64_t q, m;
            floor_divmod(x, y, &q, &m);
            return make_int(interp, op == BinaryOp::Mod ? m : q);
        }
        case BinaryOp::And:
            return Value::from_small_int(x & y);
        case BinaryOp::Or:
            return Value::from_small_int(x | y);
        case BinaryOp::Xor:
            return Value::from_small_int(x ^ y);
        default:
            break;
        }
    }
    // Big ints that still fit in 64 bits (an LCG's `seed * 1103515245`) stay out of GMP's
    // temporaries when the result fits too.
    if (int_to_int64(a, &x) && int_to_int64(b, &y)) {
        switch (op) {
        case BinaryOp::Add:
            if (!__builtin_add_overflow(x, y, &r)) return make_int(interp, r);
            break;
        case BinaryOp::Sub:
            if (!__builtin_sub_overflow(x, y, &r)) return make_int(interp, r);
            break;
        case BinaryOp::Mul:
            if (!__builtin_mul_overflow(x, y, &r)) return make_int(interp, r);
            break;
        case BinaryOp::And:
            return make_int(interp, x & y);
        case BinaryOp::Or:
            return make_int(interp, x | y);
        case BinaryOp::Xor:
            return make_int(interp, x ^ y);
        default:
            break;
        }
    }
    switch (op) {
    case BinaryOp::TrueDiv:
        return int_true_divide(interp, a, b);
    case BinaryOp::Pow:
        return int_pow(interp, a, b);
    case BinaryOp::LShift:
        return int_shift(interp, a, b, true);
    case BinaryOp::RShift:
        return int_shift(interp, a, b, false);
    case BinaryOp::MatMul:
        return interp.not_implemented;
    default:
        break;
    }
    Mpz p(a), q(b), r2;
    switch (op) {
    case BinaryOp::Add:
        mpz_add(r2.v, p.v, q.v);
        break;
    case BinaryOp::Sub:
        mpz_sub(r2.v, p.v, q.v);
        break;
    case BinaryOp::Mul:
        mpz_mul(r2.v, p.v, q.v);
        break;
    case BinaryOp::FloorDiv:
    case BinaryOp::Mod:
        if (mpz_sgn(q.v) == 0) {
            return interp.raise(interp.exceptions.zero_division_error,
                                op == BinaryOp::Mod ? "integer modulo by zero"
                                                    : "integer division or modulo by zero");
        }
        if (op == BinaryOp::Mod) {
            mpz_fdiv_r(r2.v, p.v, q.v);
        } else {
            mpz_fdiv_q(r2.v, p.v, q.v);
        }
        break;
    case BinaryOp::And:
        mpz_and(r2.v, p.v, q.v);
        break;
    case BinaryOp::Or:
        mpz_ior(r2.v, p.v, q.v);
        break;
    case BinaryOp::Xor:
        mpz_xor(r2.v, p.v, q.v);
        break;
    default:
        return interp.not_implemented;
    }
    return make_int(interp, r2.v);
}

Value int_divmod(Interpreter& interp, Value a, Value b) {
    const Value q = int_binary_op(interp, BinaryOp::FloorDiv, a, b);
    if (q.is_error()) return q;
    const Value r = int_binary_op(interp, BinaryOp::Mod, a, b);
    if (r.is_error()) return r;
    return Tuple::make(interp, {q, r})->value();
}

namespace {

// Square-and-multiply in 128 bits for small operands with a non-negative exponent.
bool small_pow_mod(Value base, Value exp, Value mod, int64_t* out) {
    int64_t b, e, m;
    if (!small_value(base, &b) || !small_value(exp, &e) || !small_value(mod, &m) || e < 0 ||
        m == 0) {
        return false;
    }
    const unsigned __int128 modulus = static_cast<uint64_t>(m < 0 ? -m : m);
    __int128 reduced = b % static_cast<__int128>(modulus);
    if (reduced < 0) reduced += modulus;
    unsigned __int128 square = static_cast<unsigned __int128>(reduced);
    unsigned __int128 result = 1 % modulus;
    for (; e > 0; e >>= 1) {
        if (e & 1) result = result * square % modulus;
        square = square * square % modulus;
    }
    auto r = static_cast<int64_t>(result);
    // Python's result takes the modulus's sign.
    if (m < 0 && r != 0) r += m;
    *out = r;
    return true;
}

} // namespace

Value int_pow_mod(Interpreter& interp, Value base, Value exp, Value mod) {
    if (int64_t r; small_pow_mod(base, exp, mod, &r)) return make_int(interp, r);
    Mpz b(base), e(exp), m(mod);
    if (mpz_sgn(m.v) == 0) {
        return interp.raise(interp.exceptions.value_error, "pow() 3rd argument cannot be 0");
    }
    if (mpz_sgn(e.v) < 0 && !mpz_invert(b.v, b.v, m.v)) {
        return interp.raise(interp.exceptions.value_error,
                            "base is not invertible for the given modulus");
    }
    mpz_abs(e.v, e.v);
    Mpz modulus, r;
    mpz_abs(modulus.v, m.v);
    mpz_powm(r.v, b.v, e.v, modulus.v);
    // Python's result takes the modulus's sign.
    if (mpz_sgn(m.v) < 0 && mpz_sgn(r.v) != 0) mpz_add(r.v, r.v, m.v);
    return make_int(interp, r.v);
}

namespace {

template <BinaryOp Op> Value int_binary_slot(Interpreter& interp, Value a, Value b) {
    if (!is_int(a) || !is_int(b)) return interp.not_implemented;
    return int_binary_op(interp, Op, a, b);
}

Value int_repr(Interpreter& interp, Value self) {
    int64_t i;
    if (!small_value(self, &i) && mpz_sizeinbase(as_big_int(self)->mpz, 10) > max_str_digits) {
        // sizeinbase may overestimate by one: check the exact digit count.
        std::string digits = int_to_string(self);
        size_t n = digits.size() - (digits[0] == '-');
        if (n > max_str_digits) {
            return interp.raise_format(interp.exceptions.value_error,
                                       "Exceeds the limit (%zu digits) for integer string "
                                       "conversion; use sys.set_int_max_str_digits() to "
                                       "increase the limit",
                                       max_str_digits);
        }
        return Str::make_ascii(interp, digits)->value();
    }
    if (small_value(self, &i)) return small_int_str(interp, i)->value();
    return Str::make_ascii(interp, int_to_string(self))->value();
}

int64_t int_hash_slot(Interpreter&, Value self) {
    return int_hash(self);
}

Value int_richcompare(Interpreter& interp, Value self, Value other, CompareOp op) {
    int c;
    if (is_int(other)) {
        c = int_compare(self, other);
    } else if (other.is_float()) {
        int r = float_int_compare(other.as_float(), self);
        if (r == 2) return Value::from_bool(op == CompareOp::Ne);
        c = -r;
    } else {
        return interp.not_implemented;
    }
    return Value::from_bool(ordering_satisfies(c, op));
}

int64_t int_truth(Interpreter&, Value self) {
    return int_sign(self) != 0;
}
Value int_negative_slot(Interpreter& interp, Value self) {
    return int_negative(interp, self);
}
Value int_positive_slot(Interpreter& interp, Value self) {
    if (self.is_bool()) return Value::from_small_int(self.is_true());
    return self;
}
Value int_invert_slot(Interpreter& interp, Value self) {
    return int_invert(interp, self);
}
Value int_index_slot(Interpreter& interp, Value self) {
    return int_positive_slot(interp, self);
}

Value int_from_float(Interpreter& interp, double d) {
    if (std::isinf(d)) {
        return interp.raise(interp.exceptions.overflow_error,
                            "cannot convert float infinity to integer");
    }
    if (std::isnan(d)) {
        return interp.raise(interp.exceptions.value_error, "cannot convert float NaN to integer");
    }
    double t = std::trunc(d);
    if (std::fabs(t) < 9e15) return make_int(interp, static_cast<int64_t>(t));
    Mpz z;
    mpz_set_d(z.v, t);
    return make_int(interp, z.v);
}

// int(b'42', base): the bytes parsed as text, with the bytes' repr in the error message.
Value int_from_bytes_text(Interpreter& interp, Value bytes_value, std::string_view bytes,
                          int base) {
    const Value r = int_from_string(interp, std::string(bytes), base);
    if (!r.is_error() || !interp.pending_matches(interp.exceptions.value_error)) return r;
    interp.clear_pending();
    Str* text = ops::repr(interp, bytes_value);
    if (!text) return Value::error();
    return interp.raise_format(interp.exceptions.value_error,
                               "invalid literal for int() with base %d: %s", base,
                               std::string(text->view()).c_str());
}

Value int_new(Interpreter& interp, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    for (size_t k = 0; kwnames && k < kwnames->size(); ++k) {
        Str* name = as_str((*kwnames)[k]);
        if (!name->equals("base")) {
            return interp.raise_format(interp.exceptions.type_error,
                                       "'%s' is an invalid keyword argument for int()",
                                       std::string(name->view()).c_str());
        }
    }
    Value bound[2];
    if (!bind_native_args(interp, "int", args, nargs, kwnames, {"x", "base"}, 0, 1, bound)) {
        return Value::error();
    }
    Value result;
    if (bound[0].is_absent()) {
        if (!bound[1].is_absent()) return interp.raise_type_error("int() missing string argument");
        result = Value::from_small_int(0);
    } else if (!bound[1].is_absent()) {
        int64_t base;
        if (!int_to_ssize(interp, bound[1], &base)) return Value::error();
        if (base != 0 && (base < 2 || base > 36)) {
            return interp.raise(interp.exceptions.value_error,
                                "int() base must be >= 2 and <= 36, or 0");
        }
        std::string_view bytes;
        if (!is_str(bound[0]) && bytes_like_view(interp, bound[0], &bytes)) {
            result = int_from_bytes_text(interp, bound[0], bytes, static_cast<int>(base));
        } else if (!is_str(bound[0])) {
            return interp.raise_type_error("int() can't convert non-string with explicit base");
        } else {
            result = int_from_string(interp, as_str(bound[0])->view(), static_cast<int>(base));
        }
    } else {
        Value x = bound[0];
        if (is_int(x)) {
            result = x.is_bool() ? Value::from_small_int(x.is_true()) : x;
            if (is_big_int(x) && as_big_int(x)->type != interp.types.int_) {
                result = make_int(interp, as_big_int(x)->mpz);
            }
        } else if (x.is_float()) {
            result = int_from_float(interp, x.as_float());
        } else if (is_str(x)) {
            result = int_from_string(interp, as_str(x)->view(), 10);
        } else if (std::string_view bytes; bytes_like_view(interp, x, &bytes)) {
            result = int_from_bytes_text(interp, x, bytes, 10);
        } else {
            Value method = type_lookup(type_of(interp, x), interp.intern("__int__"));
            if (method.is_absent())
                method = type_lookup(type_of(interp, x), interp.names.dunder_index);
            if (method.is_absent())
                method = type_lookup(type_of(interp, x), interp.intern("__trunc__"));
            if (method.is_absent()) {
                return interp.raise_format(interp.exceptions.type_error,
                                           "int() argument must be a string, a bytes-like "
                                           "object or a real number, not '%s'",
                                           arg_type(interp, x).c_str());
            }
            result = ops::call1(interp, method, x);
            if (result.is_error()) return result;
            if (!is_int(result)) {
                return interp.raise_format(interp.exceptions.type_error,
                                           "__int__ returned non-int (type %s)",
                                           arg_type(interp, result).c_str());
            }
        }
    }
    if (result.is_error() || type == interp.types.int_) return result;
    // A subclass of int: always boxed, so the instance carries its class.
    BigInt* b = interp.heap().make_sized<BigInt>(type, type->instance_size);
    clear_instance_fields(b);
    mpz_init(b->mpz);
    int_to_mpz(result, b->mpz);
    return b->value();
}

Value int_bit_length(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "bit_length", nargs - 1)) return Value::error();
    int64_t i;
    if (small_value(args[0], &i)) {
        uint64_t m = i < 0 ? static_cast<uint64_t>(-i) : static_cast<uint64_t>(i);
        return Value::from_small_int(m == 0 ? 0 : 64 - __builtin_clzll(m));
    }
    return make_int_u64(interp, mpz_sizeinbase(as_big_int(args[0])->mpz, 2));
}

Value int_bit_count(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "bit_count", nargs - 1)) return Value::error();
    Mpz z(args[0]);
    mpz_abs(z.v, z.v);
    return make_int_u64(interp, mpz_popcount(z.v));
}

Value int_as_integer_ratio(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "int.as_integer_ratio", nargs - 1)) return Value::error();
    Value self = ops::positive(interp, args[0]);
    if (self.is_error()) return self;
    return Tuple::make(interp, {self, Value::from_small_int(1)})->value();
}

// int.__trunc__, __floor__ and __ceil__: the int itself (a plain int for bools).
Value int_integral(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "__trunc__", nargs - 1)) return Value::error();
    return ops::positive(interp, args[0]);
}

Value int_round(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_arity(interp, "__round__", nargs - 1, 0, 1)) return Value::error();
    return ops::call(interp, interp.builtins->get(interp.intern("round")), args, nargs);
}

Value int_conjugate(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "conjugate", nargs - 1)) return Value::error();
    return int_positive_slot(interp, args[0]);
}

Value int_dunder_index(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "__index__", nargs - 1)) return Value::error();
    return int_positive_slot(interp, args[0]);
}

// int.__divmod__ and __rdivmod__: NotImplemented unless the other operand is an int too.
template <bool Reflected>
Value int_dunder_divmod(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_slot_arity(interp, nargs, 1)) return Value::error();
    if (!is_int(args[1])) return interp.not_implemented;
    return Reflected ? int_divmod(interp, args[1], args[0]) : int_divmod(interp, args[0], args[1]);
}

Value int_abs(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_slot_arity(interp, nargs, 0)) return Value::error();
    return int_sign(args[0]) < 0 ? int_negative(interp, args[0])
                                 : int_positive_slot(interp, args[0]);
}

Value int_dunder_float(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_slot_arity(interp, nargs, 0)) return Value::error();
    double d;
    if (!int_to_double(interp, args[0], &d)) return Value::error();
    return Value::from_double(d);
}

// int.__int__ and __index__: the plain int (an int for a bool or an int subclass).
Value int_dunder_int(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_slot_arity(interp, nargs, 0)) return Value::error();
    return int_positive_slot(interp, args[0]);
}

Value int_getnewargs(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "__getnewargs__", nargs - 1)) return Value::error();
    return Tuple::make(interp, {int_positive_slot(interp, args[0])})->value();
}

bool byteorder_is_little(Interpreter& interp, Value order, bool* little) {
    if (order.is_absent()) {
        *little = false;
        return true;
    }
    if (is_str(order) && (as_str(order)->equals("big") || as_str(order)->equals("little"))) {
        *little = as_str(order)->equals("little");
        return true;
    }
    if (!is_str(order)) {
        interp.raise_format(interp.exceptions.type_error,
                            "to_bytes() argument 'byteorder' must be str, not %s",
                            arg_type(interp, order).c_str());
        return false;
    }
    interp.raise(interp.exceptions.value_error, "byteorder must be either 'little' or 'big'");
    return false;
}

Value int_to_bytes(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[3];
    if (!bind_native_args(interp, "to_bytes", args + 1, nargs - 1, kwnames,
                          {"length", "byteorder", "signed"}, 0, 0, bound)) {
        return Value::error();
    }
    int64_t length = 1;
    if (!bound[0].is_absent() && !int_to_ssize(interp, bound[0], &length)) return Value::error();
    if (length < 0)
        return interp.raise(interp.exceptions.value_error, "length argument must be non-negative");
    bool little;
    if (!byteorder_is_little(interp, bound[1], &little)) return Value::error();
    int is_signed = bound[2].is_absent() ? 0 : ops::truthy(interp, bound[2]);
    if (is_signed < 0) return Value::error();
    Mpz v(args[0]);
    if (mpz_sgn(v.v) < 0 && !is_signed) {
        return interp.raise(interp.exceptions.overflow_error,
                            "can't convert negative int to unsigned");
    }
    // The range is [0, 2**(8*length)) unsigned and [-2**(8*length-1), 2**(8*length-1)) signed.
    bool fits = mpz_sgn(v.v) == 0;
    if (length > 0) {
        Mpz limit;
        mpz_setbit(limit.v, static_cast<mp_bitcnt_t>(8 * length - (is_signed ? 1 : 0)));
        fits = mpz_cmp(v.v, limit.v) < 0;
        if (is_signed) {
            mpz_neg(limit.v, limit.v);
            fits = fits && mpz_cmp(v.v, limit.v) >= 0;
        }
    }
    if (!fits) return interp.raise(interp.exceptions.overflow_error, "int too big to convert");
    if (mpz_sgn(v.v) < 0) {
        // Two's complement: add 2**(8*length).
        Mpz modulus;
        mpz_setbit(modulus.v, static_cast<mp_bitcnt_t>(8 * length));
        mpz_add(v.v, v.v, modulus.v);
    }
    std::string out(static_cast<size_t>(length), '\0');
    size_t count = 0;
    std::string magnitude((mpz_sizeinbase(v.v, 2) + 7) / 8 + 1, '\0');
    mpz_export(magnitude.data(), &count, 1, 1, 1, 0, v.v);
    for (size_t i = 0; i < count; ++i) out[static_cast<size_t>(length) - count + i] = magnitude[i];
    if (little) std::reverse(out.begin(), out.end());
    return Bytes::make(interp, out)->value();
}

Value int_from_bytes(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[3];
    if (!bind_native_args(interp, "from_bytes", args + 1, nargs - 1, kwnames,
                          {"bytes", "byteorder", "signed"}, 1, 0, bound)) {
        return Value::error();
    }
    Value data = bound[0];
    if (!is_bytes(interp, data)) {
        data = ops::call(interp, interp.types.bytes->value(), &data, 1);
        if (data.is_error()) return data;
    }
    bool little;
    if (!byteorder_is_little(interp, bound[1], &little)) return Value::error();
    int is_signed = bound[2].is_absent() ? 0 : ops::truthy(interp, bound[2]);
    if (is_signed < 0) return Value::error();
    std::string bytes(as_bytes(data)->view());
    if (little) std::reverse(bytes.begin(), bytes.end());
    Mpz v;
    if (!bytes.empty()) mpz_import(v.v, bytes.size(), 1, 1, 1, 0, bytes.data());
    if (is_signed && !bytes.empty() && (static_cast<unsigned char>(bytes[0]) & 0x80)) {
        Mpz modulus;
        mpz_setbit(modulus.v, static_cast<mp_bitcnt_t>(8 * bytes.size()));
        mpz_sub(v.v, v.v, modulus.v);
    }
    Value result = make_int(interp, v.v);
    if (as_type(args[0]) != interp.types.int_) return ops::call1(interp, args[0], result);
    return result;
}

Value bool_repr(Interpreter& interp, Value self) {
    return interp.intern(self.is_true() ? "True" : "False")->value();
}

template <BinaryOp Op> Value bool_bit_slot(Interpreter& interp, Value a, Value b) {
    if (a.is_bool() && b.is_bool()) {
        bool x = a.is_true(), y = b.is_true();
        bool r = Op == BinaryOp::And ? (x && y) : Op == BinaryOp::Or ? (x || y) : (x != y);
        return Value::from_bool(r);
    }
    return int_binary_slot<Op>(interp, a, b);
}

Value bool_new(Interpreter& interp, Type*, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "bool", kwnames)) return Value::error();
    if (!check_arity(interp, "bool", nargs, 0, 1)) return Value::error();
    if (nargs == 0) return Value::false_();
    int t = ops::truthy(interp, args[0]);
    return t < 0 ? Value::error() : Value::from_bool(t);
}

} // namespace

void init_int_type(Interpreter& interp) {
    Type* t = make_builtin_type(interp, "int", interp.types.object, sizeof(BigInt),
                                TypeBaseType | TypeIntSubclass);
    interp.types.int_ = t;
    TypeSlots& s = t->slots;
    s.repr = int_repr;
    s.str = nullptr; // str() falls back to repr, so a subclass's __repr__ serves both
    s.hash = int_hash_slot;
    s.richcompare = int_richcompare;
    s.truth = int_truth;
    s.negative = int_negative_slot;
    s.positive = int_positive_slot;
    s.invert = int_invert_slot;
    s.index = int_index_slot;
    s.new_ = int_new;
    s.init = nullptr;
    s.trace = nullptr;
    s.finalize = finalize_big_int;
    s.binary[static_cast<int>(BinaryOp::Add)] = int_binary_slot<BinaryOp::Add>;
    s.binary[static_cast<int>(BinaryOp::Sub)] = int_binary_slot<BinaryOp::Sub>;
    s.binary[static_cast<int>(BinaryOp::Mul)] = int_binary_slot<BinaryOp::Mul>;
    s.binary[static_cast<int>(BinaryOp::TrueDiv)] = int_binary_slot<BinaryOp::TrueDiv>;
    s.binary[static_cast<int>(BinaryOp::FloorDiv)] = int_binary_slot<BinaryOp::FloorDiv>;
    s.binary[static_cast<int>(BinaryOp::Mod)] = int_binary_slot<BinaryOp::Mod>;
    s.binary[static_cast<int>(BinaryOp::Pow)] = int_binary_slot<BinaryOp::Pow>;
    s.binary[static_cast<int>(BinaryOp::LShift)] = int_binary_slot<BinaryOp::LShift>;
    s.binary[static_cast<int>(BinaryOp::RShift)] = int_binary_slot<BinaryOp::RShift>;
    s.binary[static_cast<int>(BinaryOp::And)] = int_binary_slot<BinaryOp::And>;
    s.binary[static_cast<int>(BinaryOp::Or)] = int_binary_slot<BinaryOp::Or>;
    s.binary[static_cast<int>(BinaryOp::Xor)] = int_binary_slot<BinaryOp::Xor>;
    add_method(interp, t, "bit_length", int_bit_length);
    add_method(interp, t, "bit_count", int_bit_count);
    add_method(interp, t, "conjugate", int_conjugate);
    add_method(interp, t, "as_integer_ratio", int_as_integer_ratio);
    add_method(interp, t, "__trunc__", int_integral);
    add_method(interp, t, "__floor__", int_integral);
    add_method(interp, t, "__ceil__", int_integral);
    add_method(interp, t, "__round__", int_round);
    add_slot_wrapper(interp, t, "__index__", int_dunder_index);
    add_slot_wrapper(interp, t, "__divmod__", int_dunder_divmod<false>);
    add_slot_wrapper(interp, t, "__rdivmod__", int_dunder_divmod<true>);
    add_slot_wrapper(interp, t, "__abs__", int_abs);
    add_slot_wrapper(interp, t, "__float__", int_dunder_float);
    add_slot_wrapper(interp, t, "__int__", int_dunder_int);
    add_method(interp, t, "__getnewargs__", int_getnewargs);
    add_method(interp, t, "to_bytes", int_to_bytes);
    add_method(interp, t, "from_bytes", int_from_bytes, NativeClassMethod);
}

void init_bool_type(Interpreter& interp) {
    Type* t = make_builtin_type(interp, "bool", interp.types.int_, sizeof(BigInt), 0);
    interp.types.bool_ = t;
    // Bools are immediates, never BigInt objects: only the class is int-like.
    t->flags &= ~TypeIntSubclass;
    t->slots.repr = bool_repr;
    t->slots.str = bool_repr;
    t->slots.new_ = bool_new;
    t->slots.binary[static_cast<int>(BinaryOp::And)] = bool_bit_slot<BinaryOp::And>;
    t->slots.binary[static_cast<int>(BinaryOp::Or)] = bool_bit_slot<BinaryOp::Or>;
    t->slots.binary[static_cast<int>(BinaryOp::Xor)] = bool_bit_slot<BinaryOp::Xor>;
}

} // namespace coil::vm
