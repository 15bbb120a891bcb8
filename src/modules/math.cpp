// The math module: libm functions with CPython's domain and range errors, exact integer
// functions on GMP (gcd, isqrt, factorial, comb, perm) and the correctly rounded fsum.
#include "modules/module_builder.hpp"

#include "vm/float.hpp"
#include "vm/int.hpp"
#include "vm/ops.hpp"
#include "vm/tuple.hpp"

#include <climits>
#include <cmath>
#include <string>
#include <vector>

namespace coil::modules {

using namespace coil::vm;

namespace {

Value domain_error(Interpreter& interp) {
    return interp.raise(interp.exceptions.value_error, "math domain error");
}

Value range_error(Interpreter& interp) {
    return interp.raise(interp.exceptions.overflow_error, "math range error");
}

// A real argument as a double: floats, ints, and objects with __float__ or __index__.
bool to_double(Interpreter& interp, Value v, double* out) {
    if (is_float_instance(v)) {
        *out = float_value(v);
        return true;
    }
    if (is_int(v)) return int_to_double(interp, v, out);
    Type* t = type_of(interp, v);
    if (type_lookup(t, interp.intern("__float__")).is_absent() &&
        type_lookup(t, interp.names.dunder_index).is_absent()) {
        interp.raise_format(interp.exceptions.type_error, "must be real number, not %s",
                            type_name_of(interp, v).c_str());
        return false;
    }
    Value f = ops::call1(interp, interp.types.float_->value(), v);
    if (f.is_error()) return false;
    *out = f.as_float();
    return true;
}

// The result of a one-argument libm function with CPython's checks: a nan from a non-nan
// argument is a domain error; an infinity from a finite one is a range error when the
// function can overflow (exp) and a domain error otherwise (log(0)).
Value checked_result(Interpreter& interp, double x, double r, bool can_overflow) {
    if (std::isnan(r) && !std::isnan(x)) return domain_error(interp);
    if (std::isinf(r) && std::isfinite(x)) {
        return can_overflow ? range_error(interp) : domain_error(interp);
    }
    return Value::from_double(r);
}

template <double (*Fn)(double), bool CanOverflow, const char* Name>
Value unary(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    std::string name = std::string("math.") + Name;
    if (!reject_keywords(interp, name, kwnames) || !check_one_arg(interp, name, nargs)) {
        return Value::error();
    }
    double x;
    if (!to_double(interp, args[0], &x)) return Value::error();
    return checked_result(interp, x, Fn(x), CanOverflow);
}

bool two_doubles(Interpreter& interp, const char* name, const Value* args, size_t nargs,
                 Tuple* kwnames, double* x, double* y) {
    return reject_keywords(interp, name, kwnames) && check_arity(interp, name, nargs, 2, 2) &&
           to_double(interp, args[0], x) && to_double(interp, args[1], y);
}

double degrees_of(double x) {
    return x * (180.0 / M_PI);
}
double radians_of(double x) {
    return x * (M_PI / 180.0);
}
double exp2_of(double x) {
    return std::exp2(x);
}

// log of a positive int of any size: a huge one is split into mantissa and power of two.
bool log_of(Interpreter& interp, Value v, double (*fn)(double), double* out) {
    if (is_int(v)) {
        if (int_sign(v) <= 0) {
            domain_error(interp);
            return false;
        }
        double d;
        if (int_to_double(interp, v, &d)) {
            *out = fn(d);
            return true;
        }
        interp.clear_pending();
        mpz_t z;
        mpz_init(z);
        int_to_mpz(v, z);
        long exponent;
        double mantissa = mpz_get_d_2exp(&exponent, z);
        mpz_clear(z);
        *out = fn(mantissa) + static_cast<double>(exponent) * fn(2.0);
        return true;
    }
    double x;
    if (!to_double(interp, v, &x)) return false;
    Value r = checked_result(interp, x, fn(x), false);
    if (r.is_error()) return false;
    if (x <= 0.0 && !std::isnan(x)) {
        domain_error(interp);
        return false;
    }
    *out = r.as_float();
    return true;
}

double natural_log(double x) {
    return std::log(x);
}
double log_base_2(double x) {
    return std::log2(x);
}
double log_base_10(double x) {
    return std::log10(x);
}

Value math_log(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "log", kwnames)) return Value::error();
    if (nargs < 1 || nargs > 2)
        return interp.raise_type_error("math.log requires 1 to 2 arguments");
    double num;
    if (!log_of(interp, args[0], natural_log, &num)) return Value::error();
    if (nargs == 1) return Value::from_double(num);
    double den;
    if (!log_of(interp, args[1], natural_log, &den)) return Value::error();
    if (den == 0.0)
        return interp.raise(interp.exceptions.zero_division_error, "float division by zero");
    return Value::from_double(num / den);
}

template <double (*Fn)(double), const char* Name>
Value log_variant(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    std::string name = std::string("math.") + Name;
    if (!reject_keywords(interp, name, kwnames) || !check_one_arg(interp, name, nargs)) {
        return Value::error();
    }
    double r;
    if (!log_of(interp, args[0], Fn, &r)) return Value::error();
    return Value::from_double(r);
}

Value math_pow(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    double x, y;
    if (!two_doubles(interp, "pow", args, nargs, kwnames, &x, &y)) return Value::error();
    double r = std::pow(x, y);
    if (std::isfinite(x) && std::isfinite(y)) {
        if (std::isnan(r)) return domain_error(interp);
        if (std::isinf(r)) return x == 0.0 ? domain_error(interp) : range_error(interp);
    }
    return Value::from_double(r);
}

Value math_atan2(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    double y, x;
    if (!two_doubles(interp, "atan2", args, nargs, kwnames, &y, &x)) return Value::error();
    return Value::from_double(std::atan2(y, x));
}

Value math_copysign(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    double x, y;
    if (!two_doubles(interp, "copysign", args, nargs, kwnames, &x, &y)) return Value::error();
    return Value::from_double(std::copysign(x, y));
}

Value math_fmod(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    double x, y;
    if (!two_doubles(interp, "fmod", args, nargs, kwnames, &x, &y)) return Value::error();
    if (std::isinf(y) && std::isfinite(x)) return Value::from_double(x);
    double r = std::fmod(x, y);
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error(interp);
    return Value::from_double(r);
}

Value math_remainder(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    double x, y;
    if (!two_doubles(interp, "remainder", args, nargs, kwnames, &x, &y)) return Value::error();
    double r = std::remainder(x, y);
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error(interp);
    return Value::from_double(r);
}

Value math_nextafter(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    double x, y;
    if (!two_doubles(interp, "nextafter", args, nargs, kwnames, &x, &y)) return Value::error();
    return Value::from_double(std::nextafter(x, y));
}

Value math_ulp(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "math.ulp", kwnames) || !check_one_arg(interp, "math.ulp", nargs))
        return Value::error();
    double x;
    if (!to_double(interp, args[0], &x)) return Value::error();
    if (std::isnan(x)) return Value::from_double(x);
    x = std::fabs(x);
    if (std::isinf(x)) return Value::from_double(x);
    double next = std::nextafter(x, INFINITY);
    if (std::isinf(next)) return Value::from_double(x - std::nextafter(x, -INFINITY));
    return Value::from_double(next - x);
}

Value math_ldexp(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "ldexp", kwnames) || !check_arity(interp, "ldexp", nargs, 2, 2))
        return Value::error();
    double x;
    if (!to_double(interp, args[0], &x)) return Value::error();
    if (!is_int(args[1]))
        return interp.raise_type_error("Expected an int as second argument to ldexp.");
    if (x == 0.0 || !std::isfinite(x)) return Value::from_double(x);
    int64_t e;
    if (!int_to_int64(args[1], &e)) e = int_sign(args[1]) > 0 ? INT64_MAX : INT64_MIN;
    if (e > INT_MAX) return range_error(interp);
    if (e < INT_MIN) return Value::from_double(std::copysign(0.0, x));
    double r = std::ldexp(x, static_cast<int>(e));
    if (std::isinf(r)) return range_error(interp);
    return Value::from_double(r);
}

Value math_frexp(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "math.frexp", kwnames) ||
        !check_one_arg(interp, "math.frexp", nargs))
        return Value::error();
    double x;
    if (!to_double(interp, args[0], &x)) return Value::error();
    int e = 0;
    double m = x;
    if (x != 0.0 && std::isfinite(x)) m = std::frexp(x, &e);
    return Tuple::make(interp, {Value::from_double(m), Value::from_small_int(e)})->value();
}

Value math_modf(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "math.modf", kwnames) ||
        !check_one_arg(interp, "math.modf", nargs))
        return Value::error();
    double x;
    if (!to_double(interp, args[0], &x)) return Value::error();
    double whole, fraction;
    if (std::isinf(x)) {
        whole = x;
        fraction = std::copysign(0.0, x);
    } else {
        fraction = std::modf(x, &whole);
    }
    return Tuple::make(interp, {Value::from_double(fraction), Value::from_double(whole)})->value();
}

Value math_fabs(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "math.fabs", kwnames) ||
        !check_one_arg(interp, "math.fabs", nargs))
        return Value::error();
    double x;
    if (!to_double(interp, args[0], &x)) return Value::error();
    return Value::from_double(std::fabs(x));
}

template <bool (*Test)(double), const char* Name>
Value float_test(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    std::string name = std::string("math.") + Name;
    if (!reject_keywords(interp, name, kwnames) || !check_one_arg(interp, name, nargs)) {
        return Value::error();
    }
    double x;
    if (!to_double(interp, args[0], &x)) return Value::error();
    return Value::from_bool(Test(x));
}

bool test_finite(double x) {
    return std::isfinite(x);
}
bool test_inf(double x) {
    return std::isinf(x);
}
bool test_nan(double x) {
    return std::isnan(x);
}

// float -> int for floor/ceil/trunc, with CPython's errors for inf and nan.
Value integral_float(Interpreter& interp, double d) {
    if (std::isnan(d))
        return interp.raise(interp.exceptions.value_error, "cannot convert float NaN to integer");
    if (std::isinf(d)) {
        return interp.raise(interp.exceptions.overflow_error,
                            "cannot convert float infinity to integer");
    }
    if (std::fabs(d) < 9e15) return make_int(interp, static_cast<int64_t>(d));
    mpz_t z;
    mpz_init_set_d(z, d);
    Value r = make_int(interp, z);
    mpz_clear(z);
    return r;
}

template <double (*Round)(double), const char* Name, const char* Dunder>
Value rounding(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    std::string name = std::string("math.") + Name;
    if (!reject_keywords(interp, name, kwnames) || !check_one_arg(interp, name, nargs)) {
        return Value::error();
    }
    Value x = args[0];
    if (x.is_float()) return integral_float(interp, Round(x.as_float()));
    if (is_int(x)) return ops::positive(interp, x);
    Value method = type_lookup(type_of(interp, x), interp.intern(Dunder));
    if (!method.is_absent()) return ops::call1(interp, method, x);
    if (std::string_view(Name) == "trunc") {
        return interp.raise_format(interp.exceptions.type_error,
                                   "type %s doesn't define __trunc__ method",
                                   type_name_of(interp, x).c_str());
    }
    double d;
    if (!to_double(interp, x, &d)) return Value::error();
    return integral_float(interp, Round(d));
}

double floor_of(double x) {
    return std::floor(x);
}
double ceil_of(double x) {
    return std::ceil(x);
}
double trunc_of(double x) {
    return std::trunc(x);
}

// An integer argument (through __index__), copied into an mpz the caller initialised.
bool to_mpz(Interpreter& interp, Value v, mpz_t out) {
    Value i = ops::index(interp, v);
    if (i.is_error()) return false;
    int_to_mpz(i, out);
    return true;
}

template <bool Lcm>
Value gcd_or_lcm(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, Lcm ? "lcm" : "gcd", kwnames)) return Value::error();
    mpz_t acc, x;
    mpz_init_set_ui(acc, Lcm ? 1 : 0);
    mpz_init(x);
    Value result = Value::none();
    for (size_t i = 0; i < nargs; ++i) {
        if (!to_mpz(interp, args[i], x)) {
            result = Value::error();
            break;
        }
        if (Lcm) {
            mpz_lcm(acc, acc, x);
        } else {
            mpz_gcd(acc, acc, x);
        }
    }
    if (!result.is_error()) {
        mpz_abs(acc, acc);
        result = make_int(interp, acc);
    }
    mpz_clears(acc, x, nullptr);
    return result;
}

Value math_isqrt(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "math.isqrt", kwnames) ||
        !check_one_arg(interp, "math.isqrt", nargs))
        return Value::error();
    mpz_t n;
    mpz_init(n);
    Value result;
    if (!to_mpz(interp, args[0], n)) {
        result = Value::error();
    } else if (mpz_sgn(n) < 0) {
        result =
            interp.raise(interp.exceptions.value_error, "isqrt() argument must be nonnegative");
    } else {
        mpz_sqrt(n, n);
        result = make_int(interp, n);
    }
    mpz_clear(n);
    return result;
}

// A non-negative count argument that must fit a machine word (factorial, comb, perm).
bool small_count(Interpreter& interp, Value v, const char* negative_message,
                 const char* overflow_message, unsigned long* out) {
    Value i = ops::index(interp, v);
    if (i.is_error()) return false;
    if (int_sign(i) < 0) {
        interp.raise(interp.exceptions.value_error, negative_message);
        return false;
    }
    int64_t n;
    if (!int_to_int64(i, &n)) {
        interp.raise(interp.exceptions.overflow_error, overflow_message);
        return false;
    }
    *out = static_cast<unsigned long>(n);
    return true;
}

Value math_factorial(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "math.factorial", kwnames) ||
        !check_one_arg(interp, "math.factorial", nargs))
        return Value::error();
    unsigned long n;
    if (!small_count(interp, args[0], "factorial() not defined for negative values",
                     "factorial() argument should not exceed 9223372036854775807", &n)) {
        return Value::error();
    }
    if (n > 100000000) return interp.raise_memory_error();
    mpz_t r;
    mpz_init(r);
    mpz_fac_ui(r, n);
    Value result = make_int(interp, r);
    mpz_clear(r);
    return result;
}

Value math_comb(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "comb", kwnames) || !check_arity(interp, "comb", nargs, 2, 2))
        return Value::error();
    mpz_t n, k;
    mpz_inits(n, k, nullptr);
    Value result;
    if (!to_mpz(interp, args[0], n) || !to_mpz(interp, args[1], k)) {
        result = Value::error();
    } else if (mpz_sgn(n) < 0) {
        result = interp.raise(interp.exceptions.value_error, "n must be a non-negative integer");
    } else if (mpz_sgn(k) < 0) {
        result = interp.raise(interp.exceptions.value_error, "k must be a non-negative integer");
    } else if (mpz_cmp(k, n) > 0) {
        result = Value::from_small_int(0);
    } else {
        // comb(n, k) == comb(n, n - k): use the smaller.
        mpz_t other;
        mpz_init(other);
        mpz_sub(other, n, k);
        if (mpz_cmp(other, k) < 0) mpz_swap(other, k);
        mpz_clear(other);
        if (!mpz_fits_ulong_p(k)) {
            result = interp.raise_format(interp.exceptions.overflow_error,
                                         "min(n - k, k) must not exceed %ld", LONG_MAX);
        } else {
            mpz_bin_ui(n, n, mpz_get_ui(k));
            result = make_int(interp, n);
        }
    }
    mpz_clears(n, k, nullptr);
    return result;
}

Value math_perm(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "perm", kwnames) || !check_arity(interp, "perm", nargs, 1, 2))
        return Value::error();
    if (nargs == 1 || args[1].is_none()) return math_factorial(interp, args, 1, nullptr);
    mpz_t n, k, r;
    mpz_inits(n, k, r, nullptr);
    Value result;
    if (!to_mpz(interp, args[0], n) || !to_mpz(interp, args[1], k)) {
        result = Value::error();
    } else if (mpz_sgn(n) < 0) {
        result = interp.raise(interp.exceptions.value_error, "n must be a non-negative integer");
    } else if (mpz_sgn(k) < 0) {
        result = interp.raise(interp.exceptions.value_error, "k must be a non-negative integer");
    } else if (mpz_cmp(k, n) > 0) {
        result = Value::from_small_int(0);
    } else if (!mpz_fits_ulong_p(k)) {
        result = interp.raise_format(interp.exceptions.overflow_error, "k must not exceed %ld",
                                     LONG_MAX);
    } else {
        // n * (n-1) * ... * (n-k+1) == rising factorial of (n-k+1).
        unsigned long count = mpz_get_ui(k);
        mpz_sub(n, n, k);
        mpz_add_ui(n, n, 1);
        mpz_set_ui(r, 1);
        for (unsigned long i = 0; i < count; ++i) {
            mpz_mul(r, r, n);
            mpz_add_ui(n, n, 1);
        }
        result = make_int(interp, r);
    }
    mpz_clears(n, k, r, nullptr);
    return result;
}

Value math_prod(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (nargs != 1) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "prod() takes exactly 1 positional argument (%zu given)", nargs);
    }
    Value bound[2];
    if (!bind_native_args(interp, "prod", args, nargs, kwnames, {"iterable", "start"}, 1, 1,
                          bound)) {
        return Value::error();
    }
    Value it = ops::get_iter(interp, bound[0]);
    if (it.is_error()) return it;
    Rooted keep_it(interp.shadow_roots(), it);
    Rooted acc(interp.shadow_roots(), bound[1].is_absent() ? Value::from_small_int(1) : bound[1]);
    for (;;) {
        Value v = ops::iter_next(interp, it);
        if (v.is_error()) return v;
        if (v.is_absent()) return acc.get();
        Value r = ops::binary_op(interp, BinaryOp::Mul, acc.get(), v);
        if (r.is_error()) return r;
        acc.set(r);
    }
}

// Shewchuk's algorithm: keep the running sum as non-overlapping partials, so the total is
// exact until the final rounding, which is corrected for half-way cases.
Value math_fsum(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "math.fsum", kwnames) ||
        !check_one_arg(interp, "math.fsum", nargs))
        return Value::error();
    Value it = ops::get_iter(interp, args[0]);
    if (it.is_error()) return it;
    Rooted keep(interp.shadow_roots(), it);
    std::vector<double> partials;
    double special_sum = 0.0, inf_sum = 0.0;
    for (;;) {
        Value v = ops::iter_next(interp, it);
        if (v.is_error()) return v;
        if (v.is_absent()) break;
        double x;
        if (!to_double(interp, v, &x)) return Value::error();
        double original = x;
        size_t kept = 0;
        for (double y : partials) {
            if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
            double high = x + y;
            double low = y - (high - x);
            if (low != 0.0) partials[kept++] = low;
            x = high;
        }
        partials.resize(kept);
        if (x == 0.0) continue;
        if (!std::isfinite(x)) {
            // An infinity or nan in the input: remember it and stop summing finite values.
            if (std::isfinite(original)) {
                return interp.raise(interp.exceptions.overflow_error,
                                    "intermediate overflow in fsum");
            }
            if (std::isinf(original)) inf_sum += original;
            special_sum += original;
            partials.clear();
        } else {
            partials.push_back(x);
        }
    }
    if (special_sum != 0.0) {
        if (std::isnan(inf_sum))
            return interp.raise(interp.exceptions.value_error, "-inf + inf in fsum");
        return Value::from_double(special_sum);
    }
    double high = 0.0;
    size_t n = partials.size();
    if (n > 0) {
        high = partials[--n];
        double low = 0.0;
        while (n > 0) {
            double x = high;
            double y = partials[--n];
            high = x + y;
            low = y - (high - x);
            if (low != 0.0) break;
        }
        // Round half-even correctly when the rest of the partials push past the half-way point.
        if (n > 0 &&
            ((low < 0.0 && partials[n - 1] < 0.0) || (low > 0.0 && partials[n - 1] > 0.0))) {
            double y = low * 2.0;
            double x = high + y;
            if (y == x - high) high = x;
        }
    }
    return Value::from_double(high);
}

bool collect_doubles(Interpreter& interp, Value sequence, std::vector<double>* out) {
    Value it = ops::get_iter(interp, sequence);
    if (it.is_error()) return false;
    Rooted keep(interp.shadow_roots(), it);
    for (;;) {
        Value v = ops::iter_next(interp, it);
        if (v.is_error()) return false;
        if (v.is_absent()) return true;
        double d;
        if (!to_double(interp, v, &d)) return false;
        out->push_back(d);
    }
}

// The Euclidean norm, scaled by the largest magnitude so squares neither overflow nor
// underflow; an infinity wins over a nan.
double vector_norm(const std::vector<double>& values) {
    double largest = 0.0;
    bool found_nan = false;
    for (double v : values) {
        double a = std::fabs(v);
        if (std::isnan(a)) found_nan = true;
        if (a > largest) largest = a;
    }
    if (std::isinf(largest)) return largest;
    if (found_nan) return NAN;
    if (largest == 0.0 || values.size() == 1) return largest;
    if (values.size() == 2) return std::hypot(values[0], values[1]);
    double sum = 0.0;
    for (double v : values) {
        double scaled = v / largest;
        sum += scaled * scaled;
    }
    return largest * std::sqrt(sum);
}

Value math_hypot(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "hypot", kwnames)) return Value::error();
    std::vector<double> values;
    for (size_t i = 0; i < nargs; ++i) {
        double d;
        if (!to_double(interp, args[i], &d)) return Value::error();
        values.push_back(d);
    }
    return Value::from_double(vector_norm(values));
}

Value math_dist(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "dist", kwnames) || !check_arity(interp, "dist", nargs, 2, 2))
        return Value::error();
    std::vector<double> p, q;
    if (!collect_doubles(interp, args[0], &p) || !collect_doubles(interp, args[1], &q))
        return Value::error();
    if (p.size() != q.size()) {
        return interp.raise(interp.exceptions.value_error,
                            "both points must have the same number of dimensions");
    }
    for (size_t i = 0; i < p.size(); ++i) p[i] = std::fabs(p[i] - q[i]);
    return Value::from_double(vector_norm(p));
}

Value math_isclose(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[4];
    if (!bind_native_args(interp, "isclose", args, nargs, kwnames, {"a", "b", "rel_tol", "abs_tol"},
                          2, 0, bound)) {
        return Value::error();
    }
    if (nargs > 2) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "isclose() takes exactly 2 positional arguments (%zu given)",
                                   nargs);
    }
    double a, b, rel_tol = 1e-09, abs_tol = 0.0;
    if (!to_double(interp, bound[0], &a) || !to_double(interp, bound[1], &b)) return Value::error();
    if (!bound[2].is_absent() && !to_double(interp, bound[2], &rel_tol)) return Value::error();
    if (!bound[3].is_absent() && !to_double(interp, bound[3], &abs_tol)) return Value::error();
    if (rel_tol < 0.0 || abs_tol < 0.0) {
        return interp.raise(interp.exceptions.value_error, "tolerances must be non-negative");
    }
    if (a == b) return Value::true_();
    if (std::isinf(a) || std::isinf(b)) return Value::false_();
    double diff = std::fabs(b - a);
    return Value::from_bool(diff <= std::fabs(rel_tol * b) || diff <= std::fabs(rel_tol * a) ||
                            diff <= abs_tol);
}

// libm wrappers with C++ linkage-safe addresses.
double sqrt_of(double x) {
    return std::sqrt(x);
}
double exp_of(double x) {
    return std::exp(x);
}
double expm1_of(double x) {
    return std::expm1(x);
}
double log1p_of(double x) {
    return std::log1p(x);
}
double sin_of(double x) {
    return std::sin(x);
}
double cos_of(double x) {
    return std::cos(x);
}
double tan_of(double x) {
    return std::tan(x);
}
double asin_of(double x) {
    return std::asin(x);
}
double acos_of(double x) {
    return std::acos(x);
}
double atan_of(double x) {
    return std::atan(x);
}
double sinh_of(double x) {
    return std::sinh(x);
}
double cosh_of(double x) {
    return std::cosh(x);
}
double tanh_of(double x) {
    return std::tanh(x);
}
double asinh_of(double x) {
    return std::asinh(x);
}
double acosh_of(double x) {
    return std::acosh(x);
}
double atanh_of(double x) {
    return std::atanh(x);
}
double erf_of(double x) {
    return std::erf(x);
}
double erfc_of(double x) {
    return std::erfc(x);
}
double cbrt_of(double x) {
    return std::cbrt(x);
}

double gamma_of(double x) {
    // Poles at zero and the negative integers are domain errors, not infinities.
    if (x == std::floor(x) && x <= 0.0) return NAN;
    return std::tgamma(x);
}
double lgamma_of(double x) {
    if (x == std::floor(x) && x <= 0.0) return NAN;
    return std::lgamma(x);
}

constexpr char n_sqrt[] = "sqrt", n_exp[] = "exp", n_exp2[] = "exp2", n_expm1[] = "expm1",
               n_log1p[] = "log1p", n_sin[] = "sin", n_cos[] = "cos", n_tan[] = "tan",
               n_asin[] = "asin", n_acos[] = "acos", n_atan[] = "atan", n_sinh[] = "sinh",
               n_cosh[] = "cosh", n_tanh[] = "tanh", n_asinh[] = "asinh", n_acosh[] = "acosh",
               n_atanh[] = "atanh", n_erf[] = "erf", n_erfc[] = "erfc", n_gamma[] = "gamma",
               n_lgamma[] = "lgamma", n_cbrt[] = "cbrt", n_degrees[] = "degrees",
               n_radians[] = "radians", n_log2[] = "log2", n_log10[] = "log10",
               n_isfinite[] = "isfinite", n_isinf[] = "isinf", n_isnan[] = "isnan",
               n_floor[] = "floor", n_ceil[] = "ceil", n_trunc[] = "trunc", d_floor[] = "__floor__",
               d_ceil[] = "__ceil__", d_trunc[] = "__trunc__";

} // namespace

Module* make_math_module(Interpreter& interp) {
    Module* m = make_module(interp, "math");
    struct {
        const char* name;
        NativeFn fn;
    } functions[] = {
        {"sqrt", unary<sqrt_of, false, n_sqrt>},
        {"exp", unary<exp_of, true, n_exp>},
        {"exp2", unary<exp2_of, true, n_exp2>},
        {"expm1", unary<expm1_of, true, n_expm1>},
        {"log1p", unary<log1p_of, false, n_log1p>},
        {"sin", unary<sin_of, false, n_sin>},
        {"cos", unary<cos_of, false, n_cos>},
        {"tan", unary<tan_of, false, n_tan>},
        {"asin", unary<asin_of, false, n_asin>},
        {"acos", unary<acos_of, false, n_acos>},
        {"atan", unary<atan_of, false, n_atan>},
        {"sinh", unary<sinh_of, true, n_sinh>},
        {"cosh", unary<cosh_of, true, n_cosh>},
        {"tanh", unary<tanh_of, false, n_tanh>},
        {"asinh", unary<asinh_of, false, n_asinh>},
        {"acosh", unary<acosh_of, false, n_acosh>},
        {"atanh", unary<atanh_of, false, n_atanh>},
        {"erf", unary<erf_of, false, n_erf>},
        {"erfc", unary<erfc_of, false, n_erfc>},
        {"gamma", unary<gamma_of, true, n_gamma>},
        {"lgamma", unary<lgamma_of, true, n_lgamma>},
        {"cbrt", unary<cbrt_of, false, n_cbrt>},
        {"degrees", unary<degrees_of, true, n_degrees>},
        {"radians", unary<radians_of, true, n_radians>},
        {"log", math_log},
        {"log2", log_variant<log_base_2, n_log2>},
        {"log10", log_variant<log_base_10, n_log10>},
        {"pow", math_pow},
        {"atan2", math_atan2},
        {"copysign", math_copysign},
        {"fmod", math_fmod},
        {"remainder", math_remainder},
        {"nextafter", math_nextafter},
        {"ulp", math_ulp},
        {"ldexp", math_ldexp},
        {"frexp", math_frexp},
        {"modf", math_modf},
        {"fabs", math_fabs},
        {"isfinite", float_test<test_finite, n_isfinite>},
        {"isinf", float_test<test_inf, n_isinf>},
        {"isnan", float_test<test_nan, n_isnan>},
        {"floor", rounding<floor_of, n_floor, d_floor>},
        {"ceil", rounding<ceil_of, n_ceil, d_ceil>},
        {"trunc", rounding<trunc_of, n_trunc, d_trunc>},
        {"gcd", gcd_or_lcm<false>},
        {"lcm", gcd_or_lcm<true>},
        {"isqrt", math_isqrt},
        {"factorial", math_factorial},
        {"comb", math_comb},
        {"perm", math_perm},
        {"prod", math_prod},
        {"fsum", math_fsum},
        {"hypot", math_hypot},
        {"dist", math_dist},
        {"isclose", math_isclose},
    };
    for (auto& f : functions) module_def(interp, m, f.name, f.fn);
    module_set(interp, m, "pi", Value::from_double(M_PI));
    module_set(interp, m, "e", Value::from_double(M_E));
    module_set(interp, m, "tau", Value::from_double(2.0 * M_PI));
    module_set(interp, m, "inf", Value::from_double(INFINITY));
    module_set(interp, m, "nan", Value::from_double(NAN));
    return m;
}

} // namespace coil::modules
