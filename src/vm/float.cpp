// float: CPython-compatible repr, hashing, arithmetic (floor division and modulo signs) and
// parsing, and the float type's slots and methods.
#include "vm/float.hpp"

#include "vm/bytes_methods.hpp"
#include "vm/class_creation.hpp"
#include "vm/complex.hpp"
#include "vm/dict.hpp"
#include "vm/int.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/slot_wrapper.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <algorithm>
#include <cerrno>
#include <cfloat>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace coil::vm {

std::string float_repr(double d) {
    if (std::isnan(d)) return "nan";
    if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
    // The shortest round-trip digits, laid out by CPython's rules (float_repr_style 'short'):
    // exponent form when the decimal point would sit before the 4th leading zero or past the
    // 16th digit.
    char buffer[64];
    auto [end, ec] =
        std::to_chars(buffer, buffer + sizeof buffer, d, std::chars_format::scientific);
    std::string_view text(buffer, static_cast<size_t>(end - buffer));
    std::string out;
    if (text[0] == '-') {
        out += '-';
        text.remove_prefix(1);
    }
    size_t e_at = text.find('e');
    std::string digits;
    for (char c : text.substr(0, e_at)) {
        if (c != '.') digits += c;
    }
    int exponent = 0;
    std::from_chars(text.data() + e_at + 1 + (text[e_at + 1] == '+'), text.data() + text.size(),
                    exponent);
    int decpt = exponent + 1;
    int ndigits = static_cast<int>(digits.size());
    if (decpt <= -4 || decpt > 16) {
        out += digits[0];
        if (ndigits > 1) {
            out += '.';
            out.append(digits, 1);
        }
        char exp_text[16];
        std::snprintf(exp_text, sizeof exp_text, "e%c%02d", exponent < 0 ? '-' : '+',
                      exponent < 0 ? -exponent : exponent);
        out += exp_text;
    } else if (decpt <= 0) {
        out += "0.";
        out.append(static_cast<size_t>(-decpt), '0');
        out += digits;
    } else if (decpt >= ndigits) {
        out += digits;
        out.append(static_cast<size_t>(decpt - ndigits), '0');
        out += ".0";
    } else {
        out.append(digits, 0, static_cast<size_t>(decpt));
        out += '.';
        out.append(digits, static_cast<size_t>(decpt));
    }
    return out;
}

int64_t float_hash(double d) {
    // CPython's _Py_HashDouble (with nan hashing to 0: unboxed floats have no identity).
    constexpr int bits = 61;
    constexpr uint64_t modulus = (uint64_t(1) << bits) - 1;
    if (std::isinf(d)) return d > 0 ? 314159 : -314159;
    if (std::isnan(d)) return 0;
    int e;
    double m = std::frexp(d, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & modulus) | x >> (bits - 28);
        m *= 268435456.0;
        e -= 28;
        auto y = static_cast<uint64_t>(m);
        m -= static_cast<double>(y);
        x += y;
        if (x >= modulus) x -= modulus;
    }
    e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits);
    x = ((x << e) & modulus) | x >> (bits - e);
    auto h = static_cast<int64_t>(x) * sign;
    return h == -1 ? -2 : h;
}

bool number_to_double(Interpreter& interp, Value v, double* out, bool* is_number) {
    *is_number = true;
    if (is_float_instance(v)) {
        *out = float_value(v);
        return true;
    }
    if (is_int(v)) return int_to_double(interp, v, out);
    *is_number = false;
    return false;
}

Value float_binary_op(Interpreter& interp, BinaryOp op, double a, double b) {
    switch (op) {
    case BinaryOp::Add:
        return Value::from_double(a + b);
    case BinaryOp::Sub:
        return Value::from_double(a - b);
    case BinaryOp::Mul:
        return Value::from_double(a * b);
    case BinaryOp::TrueDiv:
        if (b == 0.0)
            return interp.raise(interp.exceptions.zero_division_error, "float division by zero");
        return Value::from_double(a / b);
    case BinaryOp::FloorDiv:
    case BinaryOp::Mod: {
        if (b == 0.0) {
            return interp.raise(interp.exceptions.zero_division_error,
                                op == BinaryOp::Mod ? "float modulo"
                                                    : "float floor division by zero");
        }
        // CPython's float_divmod.
        double mod = std::fmod(a, b);
        double div = (a - mod) / b;
        if (mod != 0.0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
                div -= 1.0;
            }
        } else {
            mod = std::copysign(0.0, b);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = std::floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        } else {
            floordiv = std::copysign(0.0, a / b);
        }
        return Value::from_double(op == BinaryOp::Mod ? mod : floordiv);
    }
    case BinaryOp::Pow: {
        if (a == 0.0 && b < 0.0 && std::isfinite(b)) {
            return interp.raise(interp.exceptions.zero_division_error,
                                "0.0 cannot be raised to a negative power");
        }
        if (a < 0.0 && std::isfinite(a) && std::isfinite(b) && b != std::floor(b)) {
            // A negative base with a fractional exponent gives a complex result.
            return complex_power(interp, a, 0.0, b, 0.0);
        }
        double r = std::pow(a, b);
        if (std::isinf(r) && std::isfinite(a) && std::isfinite(b) && a != 0.0) {
            return interp.raise(interp.exceptions.overflow_error,
                                "(34, 'Numerical result out of range')");
        }
        return Value::from_double(r);
    }
    default:
        return interp.not_implemented;
    }
}

Value float_divmod(Interpreter& interp, double a, double b) {
    if (b == 0.0) return interp.raise(interp.exceptions.zero_division_error, "float divmod()");
    return Tuple::make(interp, {float_binary_op(interp, BinaryOp::FloorDiv, a, b),
                                float_binary_op(interp, BinaryOp::Mod, a, b)})
        ->value();
}

int float_int_compare(double d, Value i) {
    if (std::isnan(d)) return 2;
    if (std::isinf(d)) return d > 0 ? 1 : -1;
    int64_t small;
    if (int_to_int64(i, &small) && small > -(int64_t(1) << 53) && small < (int64_t(1) << 53)) {
        auto x = static_cast<double>(small);
        return (d > x) - (d < x);
    }
    // Exact: compare the integer part as a big int, then the fraction breaks ties.
    double whole = std::trunc(d);
    mpz_t a, b;
    mpz_init_set_d(a, whole);
    mpz_init(b);
    int_to_mpz(i, b);
    int c = mpz_cmp(a, b);
    mpz_clear(a);
    mpz_clear(b);
    if (c != 0) return c > 0 ? 1 : -1;
    double fraction = d - whole;
    return (fraction > 0) - (fraction < 0);
}

Value float_from_string(Interpreter& interp, std::string_view text) {
    auto invalid = [&]() {
        return interp.raise_format(interp.exceptions.value_error,
                                   "could not convert string to float: %s", str_repr(text).c_str());
    };
    size_t lo = 0, hi = text.size();
    auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    while (lo < hi && space(text[lo])) ++lo;
    while (hi > lo && space(text[hi - 1])) --hi;
    std::string s;
    std::string_view body = text.substr(lo, hi - lo);
    // Underscores only between digits, as in literals.
    for (size_t i = 0; i < body.size(); ++i) {
        if (body[i] == '_') {
            bool ok = i > 0 && i + 1 < body.size() &&
                      std::isdigit(static_cast<unsigned char>(body[i - 1])) &&
                      std::isdigit(static_cast<unsigned char>(body[i + 1]));
            if (!ok) return invalid();
            continue;
        }
        s += body[i];
    }
    if (s.empty()) return invalid();
    const char* begin = s.data();
    const char* end = begin + s.size();
    bool negative = false;
    if (*begin == '+' || *begin == '-') {
        negative = *begin == '-';
        ++begin;
    }
    std::string lower;
    for (const char* p = begin; p < end; ++p)
        lower += static_cast<char>(std::tolower(static_cast<unsigned char>(*p)));
    double d;
    if (lower == "inf" || lower == "infinity") {
        d = INFINITY;
    } else if (lower == "nan") {
        d = NAN;
    } else {
        if (begin == end || lower.find_first_of("xpn") != std::string::npos) return invalid();
        auto [ptr, ec] = std::from_chars(begin, end, d);
        if (ptr != end) return invalid();
        if (ec == std::errc::result_out_of_range) {
            // from_chars reports overflow and underflow: Python gives inf or 0.
            d = std::strtod(std::string(begin, end).c_str(), nullptr);
        }
    }
    return Value::from_double(negative ? -d : d);
}

namespace {

std::string arg_type(Interpreter& interp, Value v) {
    return std::string(type_name(interp, v));
}

template <BinaryOp Op> Value float_binary_slot(Interpreter& interp, Value a, Value b) {
    double x, y;
    bool number;
    if (!number_to_double(interp, a, &x, &number))
        return number ? Value::error() : interp.not_implemented;
    if (!number_to_double(interp, b, &y, &number))
        return number ? Value::error() : interp.not_implemented;
    return float_binary_op(interp, Op, x, y);
}

Value float_repr_slot(Interpreter& interp, Value self) {
    return Str::make_ascii(interp, float_repr(float_value(self)))->value();
}

int64_t float_hash_slot(Interpreter&, Value self) {
    return float_hash(float_value(self));
}

Value float_richcompare(Interpreter& interp, Value self, Value other, CompareOp op) {
    double d = float_value(self);
    int c;
    if (is_float_instance(other)) {
        double o = float_value(other);
        switch (op) {
        case CompareOp::Lt:
            return Value::from_bool(d < o);
        case CompareOp::Le:
            return Value::from_bool(d <= o);
        case CompareOp::Eq:
            return Value::from_bool(d == o);
        case CompareOp::Ne:
            return Value::from_bool(d != o);
        case CompareOp::Gt:
            return Value::from_bool(d > o);
        default:
            return Value::from_bool(d >= o);
        }
    }
    if (!is_int(other)) return interp.not_implemented;
    c = float_int_compare(d, other);
    if (c == 2) return Value::from_bool(op == CompareOp::Ne);
    return Value::from_bool(ordering_satisfies(c, op));
}

int64_t float_truth(Interpreter&, Value self) {
    return float_value(self) != 0.0;
}
Value float_negative(Interpreter&, Value self) {
    return Value::from_double(-float_value(self));
}
Value float_positive(Interpreter&, Value self) {
    return self.is_float() ? self : Value::from_double(float_value(self));
}

Value exact_float_new(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "float", kwnames)) return Value::error();
    if (!check_arity(interp, "float", nargs, 0, 1)) return Value::error();
    if (nargs == 0) return Value::from_double(0.0);
    Value x = args[0];
    if (is_float_instance(x)) return Value::from_double(float_value(x));
    if (is_int(x)) {
        double d;
        if (!int_to_double(interp, x, &d)) return Value::error();
        return Value::from_double(d);
    }
    if (is_str(x)) return float_from_string(interp, as_str(x)->view());
    std::string_view bytes;
    if (bytes_like_view(interp, x, &bytes)) {
        const Value r = float_from_string(interp, bytes);
        if (!r.is_error() || !interp.pending_matches(interp.exceptions.value_error)) return r;
        interp.clear_pending();
        Str* text = ops::repr(interp, x);
        if (!text) return Value::error();
        return interp.raise_format(interp.exceptions.value_error,
                                   "could not convert string to float: %s",
                                   std::string(text->view()).c_str());
    }
    Value method = type_lookup(type_of(interp, x), interp.intern("__float__"));
    if (method.is_absent()) method = type_lookup(type_of(interp, x), interp.names.dunder_index);
    if (method.is_absent()) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "float() argument must be a string or a real number, not '%s'",
                                   arg_type(interp, x).c_str());
    }
    Value r = ops::call1(interp, method, x);
    if (r.is_error() || r.is_float()) return r;
    if (is_float_instance(r)) return Value::from_double(float_value(r));
    if (is_int(r)) {
        double d;
        if (!int_to_double(interp, r, &d)) return Value::error();
        return Value::from_double(d);
    }
    return interp.raise_format(interp.exceptions.type_error,
                               "%s.__float__ returned non-float (type %s)",
                               arg_type(interp, x).c_str(), arg_type(interp, r).c_str());
}

// float(x), or an instance of a subclass holding the same value.
Value float_new(Interpreter& interp, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    const Value v = exact_float_new(interp, args, nargs, kwnames);
    if (v.is_error() || type == interp.types.float_) return v;
    auto* boxed = interp.heap().make_sized<FloatObject>(type, type->instance_size);
    clear_instance_fields(boxed);
    boxed->number = v.as_float();
    return boxed->value();
}

Value float_is_integer(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "is_integer", nargs - 1)) return Value::error();
    double d = float_value(args[0]);
    return Value::from_bool(std::isfinite(d) && d == std::floor(d));
}

Value float_conjugate(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "conjugate", nargs - 1)) return Value::error();
    return args[0];
}

Value float_as_integer_ratio(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "as_integer_ratio", nargs - 1)) return Value::error();
    double d = float_value(args[0]);
    if (std::isinf(d)) {
        return interp.raise(interp.exceptions.overflow_error,
                            "cannot convert Infinity to integer ratio");
    }
    if (std::isnan(d)) {
        return interp.raise(interp.exceptions.value_error, "cannot convert NaN to integer ratio");
    }
    int e;
    double m = std::frexp(d, &e);
    for (int i = 0; i < 300 && m != std::floor(m); ++i) {
        m *= 2.0;
        --e;
    }
    mpz_t num, den;
    mpz_init_set_d(num, m);
    mpz_init_set_ui(den, 1);
    if (e > 0) {
        mpz_mul_2exp(num, num, static_cast<mp_bitcnt_t>(e));
    } else {
        mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(-e));
    }
    Value n = make_int(interp, num);
    Value dd = make_int(interp, den);
    mpz_clear(num);
    mpz_clear(den);
    return Tuple::make(interp, {n, dd})->value();
}

Value float_hex(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "float.hex", nargs - 1)) return Value::error();
    double d = float_value(args[0]);
    if (std::isnan(d) || std::isinf(d)) return Str::make_ascii(interp, float_repr(d))->value();
    if (d == 0.0)
        return Str::make_ascii(interp, std::signbit(d) ? "-0x0.0p+0" : "0x0.0p+0")->value();
    // Normalise the mantissa to [1, 2) (subnormals keep a leading 0), then 13 hex digits.
    int e;
    double m = std::frexp(std::fabs(d), &e);
    int shift = 1 - std::max(DBL_MIN_EXP - e, 0);
    m = std::ldexp(m, shift);
    e -= shift;
    static const char hex[] = "0123456789abcdef";
    std::string out = std::signbit(d) ? "-0x" : "0x";
    out += hex[static_cast<int>(m)];
    m -= static_cast<int>(m);
    out += '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; ++i) {
        m *= 16.0;
        out += hex[static_cast<int>(m)];
        m -= static_cast<int>(m);
    }
    out += 'p';
    out += e < 0 ? '-' : '+';
    out += std::to_string(e < 0 ? -e : e);
    return Str::make_ascii(interp, out)->value();
}

// A classmethod: args[0] is the class.
Value float_fromhex(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "float.fromhex", nargs - 1)) return Value::error();
    if (!is_str(args[1])) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "bad argument type for built-in operation");
    }
    std::string_view text = as_str(args[1])->view();
    auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    while (!text.empty() && space(text.front())) text.remove_prefix(1);
    while (!text.empty() && space(text.back())) text.remove_suffix(1);
    auto invalid = [&]() {
        return interp.raise(interp.exceptions.value_error,
                            "invalid hexadecimal floating-point string");
    };
    std::string body(text);
    std::string sign;
    if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
        sign = body.substr(0, 1);
        body.erase(0, 1);
    }
    std::string lower;
    for (char c : body) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower == "inf" || lower == "infinity" || lower == "nan") {
        return float_from_string(interp, sign + body);
    }
    if (lower.rfind("0x", 0) == 0) lower.erase(0, 2);
    bool digits = false;
    for (size_t i = 0; i < lower.size() && lower[i] != 'p'; ++i) {
        if (std::isxdigit(static_cast<unsigned char>(lower[i]))) {
            digits = true;
        } else if (lower[i] != '.') {
            return invalid();
        }
    }
    if (!digits || std::count(lower.begin(), lower.end(), '.') > 1) return invalid();
    std::string literal = sign + "0x" + lower;
    char* end = nullptr;
    errno = 0;
    double d = std::strtod(literal.c_str(), &end);
    if (end != literal.c_str() + literal.size()) return invalid();
    if (std::isinf(d)) {
        return interp.raise(interp.exceptions.overflow_error,
                            "hexadecimal value too large to represent as a float");
    }
    return Value::from_double(d);
}

// float.__round__ and int.__round__ share the builtin round().
Value number_round(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_arity(interp, "__round__", nargs - 1, 0, 1)) return Value::error();
    return ops::call(interp, interp.builtins->get(interp.intern("round")), args, nargs);
}

// float.__trunc__, __floor__, __ceil__: the integral part as an int.
template <double (*Round)(double)>
Value float_to_integral(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "__trunc__", nargs - 1)) return Value::error();
    Value r = Value::from_double(Round(float_value(args[0])));
    return ops::call(interp, interp.types.int_->value(), &r, 1);
}

// float.__divmod__ and __rdivmod__: NotImplemented unless the other operand is an int or float.
template <bool Reflected>
Value float_dunder_divmod(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_slot_arity(interp, nargs, 1)) return Value::error();
    double other;
    bool number;
    if (!number_to_double(interp, args[1], &other, &number)) {
        return number ? Value::error() : interp.not_implemented;
    }
    const double self = float_value(args[0]);
    return Reflected ? float_divmod(interp, other, self) : float_divmod(interp, self, other);
}

Value float_abs(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_slot_arity(interp, nargs, 0)) return Value::error();
    return Value::from_double(std::fabs(float_value(args[0])));
}

Value float_dunder_float(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_slot_arity(interp, nargs, 0)) return Value::error();
    return Value::from_double(float_value(args[0]));
}

Value float_getnewargs(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "__getnewargs__", nargs - 1)) return Value::error();
    return Tuple::make(interp, {Value::from_double(float_value(args[0]))})->value();
}

double trunc_of(double d) {
    return std::trunc(d);
}
double floor_of(double d) {
    return std::floor(d);
}
double ceil_of(double d) {
    return std::ceil(d);
}

} // namespace

void init_float_type(Interpreter& interp) {
    Type* t = make_builtin_type(interp, "float", interp.types.object, sizeof(FloatObject),
                                TypeBaseType | TypeFloatSubclass);
    interp.types.float_ = t;
    TypeSlots& s = t->slots;
    s.repr = float_repr_slot;
    s.str = nullptr; // str() falls back to repr, so a subclass's __repr__ serves both
    s.hash = float_hash_slot;
    s.richcompare = float_richcompare;
    s.truth = float_truth;
    s.negative = float_negative;
    s.positive = float_positive;
    s.new_ = float_new;
    s.init = nullptr;
    s.trace = nullptr;
    s.binary[static_cast<int>(BinaryOp::Add)] = float_binary_slot<BinaryOp::Add>;
    s.binary[static_cast<int>(BinaryOp::Sub)] = float_binary_slot<BinaryOp::Sub>;
    s.binary[static_cast<int>(BinaryOp::Mul)] = float_binary_slot<BinaryOp::Mul>;
    s.binary[static_cast<int>(BinaryOp::TrueDiv)] = float_binary_slot<BinaryOp::TrueDiv>;
    s.binary[static_cast<int>(BinaryOp::FloorDiv)] = float_binary_slot<BinaryOp::FloorDiv>;
    s.binary[static_cast<int>(BinaryOp::Mod)] = float_binary_slot<BinaryOp::Mod>;
    s.binary[static_cast<int>(BinaryOp::Pow)] = float_binary_slot<BinaryOp::Pow>;
    add_method(interp, t, "is_integer", float_is_integer);
    add_method(interp, t, "hex", float_hex);
    add_method(interp, t, "fromhex", float_fromhex, NativeClassMethod);
    add_method(interp, t, "__round__", number_round);
    add_method(interp, t, "__trunc__", float_to_integral<trunc_of>);
    add_method(interp, t, "__floor__", float_to_integral<floor_of>);
    add_method(interp, t, "__ceil__", float_to_integral<ceil_of>);
    add_slot_wrapper(interp, t, "__int__", float_to_integral<trunc_of>);
    add_slot_wrapper(interp, t, "__float__", float_dunder_float);
    add_slot_wrapper(interp, t, "__abs__", float_abs);
    add_slot_wrapper(interp, t, "__divmod__", float_dunder_divmod<false>);
    add_slot_wrapper(interp, t, "__rdivmod__", float_dunder_divmod<true>);
    add_method(interp, t, "__getnewargs__", float_getnewargs);
    init_complex_type(interp);
    add_method(interp, t, "conjugate", float_conjugate);
    add_method(interp, t, "as_integer_ratio", float_as_integer_ratio);
}

} // namespace coil::vm
