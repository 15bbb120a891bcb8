// complex: construction (from numbers and strings), arithmetic with int and float, hashing,
// comparison, repr and the real/imag/conjugate attributes.
#include "vm/complex.hpp"

#include "vm/class_creation.hpp"
#include "vm/float.hpp"
#include "vm/int.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/slot_wrapper.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <string>

namespace coil::vm {

bool is_complex(const Interpreter& interp, Value v) {
    if (!v.is_object()) return false;
    Type* t = v.as_object()->type;
    return t == interp.types.complex || is_subtype(t, interp.types.complex);
}

Value make_complex(Interpreter& interp, double real, double imag) {
    Complex* c = interp.heap().make<Complex>(interp.types.complex);
    c->real = real;
    c->imag = imag;
    return c->value();
}

std::string complex_part_repr(double d) {
    std::string text = float_repr(d);
    if (text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0)
        text.resize(text.size() - 2);
    return text;
}

std::string complex_repr(double real, double imag) {
    std::string imag_text = complex_part_repr(imag);
    if (real == 0.0 && !std::signbit(real)) return imag_text + "j";
    std::string out(1, '(');
    out += complex_part_repr(real);
    if (imag_text[0] != '-') out += '+';
    return out + imag_text + "j)";
}

namespace {

struct ComplexValue {
    double real;
    double imag;
};

ComplexValue product(ComplexValue a, ComplexValue b) {
    return {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
}

// Smith's algorithm: scales by the larger component of the divisor so that intermediate
// products neither overflow nor lose precision needlessly. false when b is zero.
bool quotient(ComplexValue a, ComplexValue b, ComplexValue* out) {
    double abs_real = std::fabs(b.real), abs_imag = std::fabs(b.imag);
    if (abs_real >= abs_imag) {
        if (abs_real == 0.0) return false;
        double ratio = b.imag / b.real;
        double denominator = b.real + b.imag * ratio;
        *out = {(a.real + a.imag * ratio) / denominator, (a.imag - a.real * ratio) / denominator};
    } else if (abs_imag >= abs_real) {
        double ratio = b.real / b.imag;
        double denominator = b.real * ratio + b.imag;
        *out = {(a.real * ratio + a.imag) / denominator, (a.imag * ratio - a.real) / denominator};
    } else {
        *out = {NAN, NAN}; // a nan in the divisor
    }
    return true;
}

// x ** n for a small non-negative integer n by repeated squaring (what CPython does for
// integral exponents up to 100, so results agree bit for bit).
ComplexValue power_unsigned(ComplexValue x, long n) {
    ComplexValue result{1.0, 0.0}, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) result = product(result, p);
        p = product(p, p);
    }
    return result;
}

// 0: ok, 1: zero to a negative or complex power.
int general_power(ComplexValue a, ComplexValue b, ComplexValue* out) {
    if (b.real == 0.0 && b.imag == 0.0) {
        *out = {1.0, 0.0};
        return 0;
    }
    if (a.real == 0.0 && a.imag == 0.0) {
        if (b.imag != 0.0 || b.real < 0.0) return 1;
        *out = {0.0, 0.0};
        return 0;
    }
    double magnitude = std::hypot(a.real, a.imag);
    double length = std::pow(magnitude, b.real);
    double angle = std::atan2(a.imag, a.real);
    double phase = angle * b.real;
    if (b.imag != 0.0) {
        length /= std::exp(angle * b.imag);
        phase += b.imag * std::log(magnitude);
    }
    *out = {length * std::cos(phase), length * std::sin(phase)};
    return 0;
}

} // namespace

Value complex_power(Interpreter& interp, double a_real, double a_imag, double b_real,
                    double b_imag) {
    ComplexValue a{a_real, a_imag}, b{b_real, b_imag}, r;
    if (b.imag == 0.0 && b.real == std::floor(b.real) && std::fabs(b.real) <= 100.0) {
        auto n = static_cast<long>(b.real);
        if (n >= 0) {
            r = power_unsigned(a, n);
        } else if (!quotient({1.0, 0.0}, power_unsigned(a, -n), &r)) {
            return interp.raise(interp.exceptions.zero_division_error,
                                "0.0 to a negative or complex power");
        }
    } else if (general_power(a, b, &r) != 0) {
        return interp.raise(interp.exceptions.zero_division_error,
                            "0.0 to a negative or complex power");
    }
    if (std::isinf(r.real) || std::isinf(r.imag)) {
        return interp.raise(interp.exceptions.overflow_error, "complex exponentiation");
    }
    return make_complex(interp, r.real, r.imag);
}

namespace {

std::string tname(Interpreter& interp, Value v) {
    return std::string(type_name(interp, v));
}

// An operand as a complex number: 1 converted, 0 not a number (NotImplemented), -1 error.
int to_complex(Interpreter& interp, Value v, ComplexValue* out) {
    if (is_complex(interp, v)) {
        *out = {as_complex(v)->real, as_complex(v)->imag};
        return 1;
    }
    if (v.is_float()) {
        *out = {v.as_float(), 0.0};
        return 1;
    }
    if (is_int(v)) {
        double d;
        if (!int_to_double(interp, v, &d)) return -1;
        *out = {d, 0.0};
        return 1;
    }
    return 0;
}

template <BinaryOp Op> Value complex_binary(Interpreter& interp, Value a, Value b) {
    ComplexValue x, y;
    int ok = to_complex(interp, a, &x);
    if (ok <= 0) return ok < 0 ? Value::error() : interp.not_implemented;
    ok = to_complex(interp, b, &y);
    if (ok <= 0) return ok < 0 ? Value::error() : interp.not_implemented;
    switch (Op) {
    case BinaryOp::Add:
        return make_complex(interp, x.real + y.real, x.imag + y.imag);
    case BinaryOp::Sub:
        return make_complex(interp, x.real - y.real, x.imag - y.imag);
    case BinaryOp::Mul: {
        ComplexValue r = product(x, y);
        return make_complex(interp, r.real, r.imag);
    }
    case BinaryOp::TrueDiv: {
        ComplexValue r;
        if (!quotient(x, y, &r)) {
            return interp.raise(interp.exceptions.zero_division_error, "complex division by zero");
        }
        return make_complex(interp, r.real, r.imag);
    }
    default:
        return complex_power(interp, x.real, x.imag, y.real, y.imag);
    }
}

Value complex_repr_slot(Interpreter& interp, Value self) {
    Complex* c = as_complex(self);
    return Str::make_ascii(interp, complex_repr(c->real, c->imag))->value();
}

int64_t complex_hash(Interpreter&, Value self) {
    Complex* c = as_complex(self);
    uint64_t real_hash = static_cast<uint64_t>(float_hash(c->real));
    uint64_t imag_hash = static_cast<uint64_t>(float_hash(c->imag));
    auto h = static_cast<int64_t>(real_hash + 1000003 * imag_hash);
    return h == -1 ? -2 : h;
}

Value complex_richcompare(Interpreter& interp, Value self, Value other, CompareOp op) {
    if (op != CompareOp::Eq && op != CompareOp::Ne) return interp.not_implemented;
    Complex* c = as_complex(self);
    bool equal;
    if (is_int(other)) {
        // Exact, so that a huge int is never equal through rounding.
        equal = c->imag == 0.0 && float_int_compare(c->real, other) == 0;
    } else if (other.is_float()) {
        equal = c->imag == 0.0 && c->real == other.as_float();
    } else if (is_complex(interp, other)) {
        equal = c->real == as_complex(other)->real && c->imag == as_complex(other)->imag;
    } else {
        return interp.not_implemented;
    }
    return Value::from_bool(op == CompareOp::Eq ? equal : !equal);
}

int64_t complex_truth(Interpreter&, Value self) {
    return as_complex(self)->real != 0.0 || as_complex(self)->imag != 0.0;
}

Value complex_negative(Interpreter& interp, Value self) {
    return make_complex(interp, -as_complex(self)->real, -as_complex(self)->imag);
}

Value complex_positive(Interpreter& interp, Value self) {
    if (as_complex(self)->type == interp.types.complex) return self;
    return make_complex(interp, as_complex(self)->real, as_complex(self)->imag);
}

Value complex_pow_slot(Interpreter& interp, Value a, Value b) {
    return complex_binary<BinaryOp::Pow>(interp, a, b);
}

Value complex_abs(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "__abs__", nargs - 1)) return Value::error();
    Complex* c = as_complex(args[0]);
    double r = std::hypot(c->real, c->imag);
    if (std::isinf(r) && std::isfinite(c->real) && std::isfinite(c->imag)) {
        return interp.raise(interp.exceptions.overflow_error, "absolute value too large");
    }
    return Value::from_double(r);
}

Value complex_conjugate(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "conjugate", nargs - 1)) return Value::error();
    return make_complex(interp, as_complex(args[0])->real, -as_complex(args[0])->imag);
}

Value complex_getnewargs(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "__getnewargs__", nargs - 1)) return Value::error();
    return Tuple::make(interp, {Value::from_double(as_complex(args[0])->real),
                                Value::from_double(as_complex(args[0])->imag)})
        ->value();
}

// complex.__complex__: a plain complex (a subclass's instance is copied).
Value complex_dunder_complex(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "__complex__", nargs - 1)) return Value::error();
    if (args[0].as_object()->type == interp.types.complex) return args[0];
    return make_complex(interp, as_complex(args[0])->real, as_complex(args[0])->imag);
}

Value complex_getattr(Interpreter& interp, Value self, Str* name, bool suppress) {
    if (name->equals("real")) return Value::from_double(as_complex(self)->real);
    if (name->equals("imag")) return Value::from_double(as_complex(self)->imag);
    return generic_getattr(interp, self, name, suppress);
}

bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

bool starts_with_word(const char* p, const char* end, std::string_view word) {
    if (static_cast<size_t>(end - p) < word.size()) return false;
    for (size_t i = 0; i < word.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(p[i])) != word[i]) return false;
    }
    return true;
}

// The longest prefix of [p, end) that is a float ('1.5e3', '-inf', 'nan'); returns p when
// there is none. Out-of-range values become inf or 0, as CPython's parser gives them.
const char* parse_float_prefix(const char* p, const char* end, double* out) {
    const char* q = p;
    bool negative = false;
    if (q < end && (*q == '+' || *q == '-')) negative = *q++ == '-';
    if (starts_with_word(q, end, "infinity")) {
        *out = negative ? -INFINITY : INFINITY;
        return q + 8;
    }
    if (starts_with_word(q, end, "inf")) {
        *out = negative ? -INFINITY : INFINITY;
        return q + 3;
    }
    if (starts_with_word(q, end, "nan")) {
        *out = NAN;
        return q + 3;
    }
    const char* digits_start = q;
    while (q < end && is_digit(*q)) ++q;
    bool any = q > digits_start;
    if (q < end && *q == '.') {
        const char* fraction = ++q;
        while (q < end && is_digit(*q)) ++q;
        any = any || q > fraction;
    }
    if (!any) return p;
    if (q < end && (*q == 'e' || *q == 'E')) {
        const char* e = q + 1;
        if (e < end && (*e == '+' || *e == '-')) ++e;
        if (e < end && is_digit(*e)) {
            while (e < end && is_digit(*e)) ++e;
            q = e;
        }
    }
    *out = std::strtod(std::string(p, q).c_str(), nullptr);
    return q;
}

Value complex_from_string(Interpreter& interp, Type* type, std::string_view text) {
    std::string s;
    if (text.find('_') != std::string_view::npos) {
        for (size_t i = 0; i < text.size(); ++i) {
            if (text[i] != '_') {
                s += text[i];
            } else if (i == 0 || i + 1 == text.size() || !is_digit(text[i - 1]) ||
                       !is_digit(text[i + 1])) {
                return interp.raise_format(interp.exceptions.value_error,
                                           "could not convert string to complex: %s",
                                           str_repr(text).c_str());
            }
        }
    } else {
        s = text;
    }
    auto malformed = [&]() {
        return interp.raise(interp.exceptions.value_error, "complex() arg is a malformed string");
    };
    const char* p = s.data();
    const char* end = p + s.size();
    while (p < end && is_space(*p)) ++p;
    bool bracket = p < end && *p == '(';
    if (bracket) {
        ++p;
        while (p < end && is_space(*p)) ++p;
    }
    double real = 0.0, imag = 0.0, z;
    auto is_j = [&](const char* q) { return q < end && (*q == 'j' || *q == 'J'); };
    const char* after = parse_float_prefix(p, end, &z);
    if (after != p) {
        p = after;
        if (p < end && (*p == '+' || *p == '-')) {
            real = z;
            after = parse_float_prefix(p, end, &imag);
            if (after != p) {
                p = after;
            } else {
                imag = *p == '+' ? 1.0 : -1.0;
                ++p;
            }
            if (!is_j(p)) return malformed();
            ++p;
        } else if (is_j(p)) {
            ++p;
            imag = z;
        } else {
            real = z;
        }
    } else {
        if (p < end && (*p == '+' || *p == '-')) {
            imag = *p == '+' ? 1.0 : -1.0;
            ++p;
        } else {
            imag = 1.0;
        }
        if (!is_j(p)) return malformed();
        ++p;
    }
    while (p < end && is_space(*p)) ++p;
    if (bracket) {
        if (p >= end || *p != ')') return malformed();
        ++p;
        while (p < end && is_space(*p)) ++p;
    }
    if (p != end) return malformed();
    Complex* c = make_instance<Complex>(interp, type);
    c->real = real;
    c->imag = imag;
    return c->value();
}

// A real argument of complex(): an int, a float, or a value with __float__ / __index__.
// 1 converted, 0 not a number, -1 error.
int real_argument(Interpreter& interp, Value v, double* out) {
    if (v.is_float()) {
        *out = v.as_float();
        return 1;
    }
    if (is_int(v)) return int_to_double(interp, v, out) ? 1 : -1;
    Type* t = type_of(interp, v);
    if (type_lookup(t, interp.intern("__float__")).is_absent() &&
        type_lookup(t, interp.names.dunder_index).is_absent()) {
        return 0;
    }
    Value f = ops::call1(interp, interp.types.float_->value(), v);
    if (f.is_error()) return -1;
    *out = f.as_float();
    return 1;
}

Value complex_new(Interpreter& interp, Type* type, const Value* args, size_t nargs,
                  Tuple* kwnames) {
    Value bound[2];
    if (!bind_native_args(interp, "complex", args, nargs, kwnames, {"real", "imag"}, 0, 0, bound)) {
        return Value::error();
    }
    Value r = bound[0], i = bound[1];
    if (r.is_absent()) r = Value::from_small_int(0);
    if (is_str(r)) {
        if (!i.is_absent()) {
            return interp.raise_type_error("complex() can't take second arg if first is a string");
        }
        return complex_from_string(interp, type, as_str(r)->view());
    }
    if (!i.is_absent() && is_str(i)) {
        return interp.raise_type_error("complex() second arg can't be a string");
    }
    Value dunder = type_lookup(type_of(interp, r), interp.intern("__complex__"));
    Rooted keep(interp.shadow_roots(), Value::none());
    if (!dunder.is_absent() && !is_complex(interp, r)) {
        Value converted = ops::call1(interp, dunder, r);
        if (converted.is_error()) return converted;
        if (!is_complex(interp, converted)) {
            return interp.raise_format(interp.exceptions.type_error,
                                       "__complex__ returned non-complex (type %s)",
                                       tname(interp, converted).c_str());
        }
        r = converted;
        keep.set(r);
    }
    if (is_complex(interp, r) && i.is_absent() && type == interp.types.complex &&
        as_complex(r)->type == interp.types.complex) {
        return r;
    }
    ComplexValue cr{0.0, 0.0}, ci{0.0, 0.0};
    bool r_complex = is_complex(interp, r), i_complex = false;
    if (r_complex) {
        cr = {as_complex(r)->real, as_complex(r)->imag};
    } else {
        int ok = real_argument(interp, r, &cr.real);
        if (ok < 0) return Value::error();
        if (ok == 0) {
            return interp.raise_format(
                interp.exceptions.type_error,
                "complex() first argument must be a string or a number, not '%s'",
                tname(interp, r).c_str());
        }
    }
    if (i.is_absent()) {
        ci.real = cr.imag;
    } else if (is_complex(interp, i)) {
        ci = {as_complex(i)->real, as_complex(i)->imag};
        i_complex = true;
    } else {
        int ok = real_argument(interp, i, &ci.real);
        if (ok < 0) return Value::error();
        if (ok == 0) {
            return interp.raise_format(interp.exceptions.type_error,
                                       "complex() second argument must be a number, not '%s'",
                                       tname(interp, i).c_str());
        }
    }
    if (i_complex) cr.real -= ci.imag;
    if (r_complex && !i.is_absent()) ci.real += cr.imag;
    Complex* c = make_instance<Complex>(interp, type);
    c->real = cr.real;
    c->imag = ci.real;
    return c->value();
}

} // namespace

void init_complex_type(Interpreter& interp) {
    Type* t =
        make_builtin_type(interp, "complex", interp.types.object, sizeof(Complex), TypeBaseType);
    interp.types.complex = t;
    TypeSlots& s = t->slots;
    s.repr = complex_repr_slot;
    s.str = complex_repr_slot;
    s.hash = complex_hash;
    s.richcompare = complex_richcompare;
    s.truth = complex_truth;
    s.negative = complex_negative;
    s.positive = complex_positive;
    s.getattr = complex_getattr;
    s.new_ = complex_new;
    s.init = nullptr;
    s.trace = nullptr;
    s.binary[static_cast<int>(BinaryOp::Add)] = complex_binary<BinaryOp::Add>;
    s.binary[static_cast<int>(BinaryOp::Sub)] = complex_binary<BinaryOp::Sub>;
    s.binary[static_cast<int>(BinaryOp::Mul)] = complex_binary<BinaryOp::Mul>;
    s.binary[static_cast<int>(BinaryOp::TrueDiv)] = complex_binary<BinaryOp::TrueDiv>;
    s.binary[static_cast<int>(BinaryOp::Pow)] = complex_pow_slot;
    add_method(interp, t, "conjugate", complex_conjugate);
    add_slot_wrapper(interp, t, "__abs__", complex_abs);
    add_method(interp, t, "__getnewargs__", complex_getnewargs);
    add_method(interp, t, "__complex__", complex_dunder_complex);
}

} // namespace coil::vm
