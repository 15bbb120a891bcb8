// divmod() and three-operand pow(): abstract.c's binary_op1 for divmod by special-method
// names, ternary_op for pow with per-class power functions.
#include "vm/divmod_pow.hpp"

#include "vm/complex.hpp"
#include "vm/float.hpp"
#include "vm/int.hpp"
#include "vm/ops.hpp"
#include "vm/slot_dispatch.hpp"
#include "vm/type.hpp"

#include <string>

namespace coil::vm {

namespace {

std::string tname(Interpreter& interp, Value v) {
    return std::string(type_name(interp, v));
}

bool is_exact_number(Interpreter& interp, Type* t) {
    return t == interp.types.int_ || t == interp.types.bool_ || t == interp.types.float_;
}

// A missing method, or one that returned NotImplemented, defers to the other operand.
Value call_binary_special(Interpreter& interp, Value self, Str* name, Value other) {
    const Value r = call_special(interp, self, name, &other, 1);
    return r.is_absent() ? interp.not_implemented : r;
}

// SLOT1BINFULL and binary_op1 by name: the reflected method of a subclass operand that
// overrides it goes first; otherwise a's method, then b's reflected one.
Value binary_by_name(Interpreter& interp, Value a, Value b, Str* name, Str* reflected) {
    Type* ta = type_of(interp, a);
    Type* tb = type_of(interp, b);
    const bool a_has = !type_lookup(ta, name).is_absent();
    const Value b_reflected = ta != tb ? type_lookup(tb, reflected) : Value::absent();
    bool try_b = !b_reflected.is_absent();
    if (a_has) {
        if (try_b && is_subtype(tb, ta) && b_reflected != type_lookup(ta, reflected)) {
            const Value r = call_binary_special(interp, b, reflected, a);
            if (r != interp.not_implemented) return r;
            try_b = false;
        }
        const Value r = call_binary_special(interp, a, name, b);
        if (r != interp.not_implemented) return r;
    }
    if (try_b) return call_binary_special(interp, b, reflected, a);
    return interp.not_implemented;
}

bool is_number_for_complex(Interpreter& interp, Value v) {
    return is_int(v) || is_float_instance(v) || is_complex(interp, v);
}

using PowerModFn = Value (*)(Interpreter&, Value base, Value exp, Value mod);

Value int_power_mod(Interpreter& interp, Value base, Value exp, Value mod) {
    if (!is_int(base) || !is_int(exp) || !is_int(mod)) return interp.not_implemented;
    return int_pow_mod(interp, base, exp, mod);
}

Value float_power_mod(Interpreter& interp, Value base, Value exp, Value) {
    if (!(is_int(base) || is_float_instance(base)) || !(is_int(exp) || is_float_instance(exp))) {
        return interp.not_implemented;
    }
    return interp.raise_type_error(
        "pow() 3rd argument not allowed unless all arguments are integers");
}

Value complex_power_mod(Interpreter& interp, Value base, Value exp, Value) {
    if (!is_number_for_complex(interp, base) || !is_number_for_complex(interp, exp)) {
        return interp.not_implemented;
    }
    return interp.raise(interp.exceptions.value_error, "complex modulo");
}

// slot_nb_power with a modulus: only base's own Python-level __pow__ is asked.
Value python_power_mod(Interpreter& interp, Value base, Value exp, Value mod) {
    if (!has_python_power(type_of(interp, base))) return interp.not_implemented;
    const Value args[2] = {exp, mod};
    const Value r = call_special(
        interp, base, interp.names.binary_dunders[static_cast<int>(BinaryOp::Pow)], args, 2);
    return r.is_absent() ? interp.not_implemented : r;
}

// The three-operand power function of class t (CPython's nb_power), nullptr if it has none.
PowerModFn power_mod_of(Interpreter& interp, const Type* t) {
    const int pow = static_cast<int>(BinaryOp::Pow);
    const BinaryFn f = t->slots.binary[pow];
    if (!f) return nullptr;
    if (f == interp.types.int_->slots.binary[pow]) return int_power_mod;
    if (f == interp.types.float_->slots.binary[pow]) return float_power_mod;
    if (f == interp.types.complex->slots.binary[pow]) return complex_power_mod;
    if (has_python_power(t)) return python_power_mod;
    return nullptr;
}

} // namespace

Value divmod_values(Interpreter& interp, Value a, Value b) {
    Type* ta = type_of(interp, a);
    Type* tb = type_of(interp, b);
    if (is_exact_number(interp, ta) && is_exact_number(interp, tb)) {
        if (ta != interp.types.float_ && tb != interp.types.float_) return int_divmod(interp, a, b);
        double x, y;
        bool number;
        if (!number_to_double(interp, a, &x, &number) ||
            !number_to_double(interp, b, &y, &number)) {
            return Value::error();
        }
        return float_divmod(interp, x, y);
    }
    const Value r =
        binary_by_name(interp, a, b, interp.intern("__divmod__"), interp.intern("__rdivmod__"));
    if (r != interp.not_implemented) return r;
    return interp.raise_format(interp.exceptions.type_error,
                               "unsupported operand type(s) for divmod(): '%s' and '%s'",
                               tname(interp, a).c_str(), tname(interp, b).c_str());
}

Value power_values(Interpreter& interp, Value base, Value exp, Value mod) {
    if (mod.is_none()) return ops::binary_op(interp, BinaryOp::Pow, base, exp);
    if (base.is_small_int() && exp.is_small_int() && mod.is_small_int()) {
        return int_pow_mod(interp, base, exp, mod);
    }
    Type* tb = type_of(interp, base);
    Type* te = type_of(interp, exp);
    Type* tm = type_of(interp, mod);
    PowerModFn fb = power_mod_of(interp, tb);
    PowerModFn fe = te != tb ? power_mod_of(interp, te) : nullptr;
    if (fe == fb) fe = nullptr;
    if (fb) {
        if (fe && is_subtype(te, tb)) {
            const Value r = fe(interp, base, exp, mod);
            if (r != interp.not_implemented) return r;
            fe = nullptr;
        }
        const Value r = fb(interp, base, exp, mod);
        if (r != interp.not_implemented) return r;
    }
    if (fe) {
        const Value r = fe(interp, base, exp, mod);
        if (r != interp.not_implemented) return r;
    }
    PowerModFn fm = power_mod_of(interp, tm);
    if (fm && fm != fb && fm != fe) {
        const Value r = fm(interp, base, exp, mod);
        if (r != interp.not_implemented) return r;
    }
    return interp.raise_format(interp.exceptions.type_error,
                               "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                               tname(interp, base).c_str(), tname(interp, exp).c_str(),
                               tname(interp, mod).c_str());
}

Value builtin_power_mod(Interpreter& interp, Type* owner, Value base, Value exp, Value mod) {
    if (mod.is_none()) {
        return owner->slots.binary[static_cast<int>(BinaryOp::Pow)](interp, base, exp);
    }
    const PowerModFn f = power_mod_of(interp, owner);
    return f ? f(interp, base, exp, mod) : interp.not_implemented;
}

} // namespace coil::vm
