// The slots of classes written in Python, which call their special methods (typeobject.c's
// slot_* functions and fixup_slot_dispatchers), and keeping them current when a class changes.
#include "vm/slot_dispatch.hpp"

#include "vm/dict.hpp"
#include "vm/exception.hpp"
#include "vm/function.hpp"
#include "vm/int.hpp"
#include "vm/ops.hpp"
#include "vm/recursion_guard.hpp"
#include "vm/slot_wrapper.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <array>
#include <string>
#include <utility>
#include <vector>

namespace coil::vm {

namespace {

std::string tname(Interpreter& interp, Value v) {
    return std::string(type_name(interp, v));
}

// A special method that returned NotImplemented, or was missing, defers to the other operand.
Value call_or_not_implemented(Interpreter& interp, Value self, Str* name, Value other) {
    const Value r = call_special(interp, self, name, &other, 1);
    return r.is_absent() ? interp.not_implemented : r;
}

Value slot_repr(Interpreter& interp, Value self) {
    const Value r = call_special(interp, self, interp.names.dunder_repr, nullptr, 0);
    if (r.is_error() || is_str(r)) return r;
    if (r.is_absent()) return interp.raise_type_error("__repr__ is missing");
    return interp.raise_format(interp.exceptions.type_error,
                               "__repr__ returned non-string (type %s)", tname(interp, r).c_str());
}

Value slot_str(Interpreter& interp, Value self) {
    const Value r = call_special(interp, self, interp.names.dunder_str, nullptr, 0);
    if (r.is_error() || is_str(r)) return r;
    if (r.is_absent()) return interp.raise_type_error("__str__ is missing");
    return interp.raise_format(interp.exceptions.type_error,
                               "__str__ returned non-string (type %s)", tname(interp, r).c_str());
}

int64_t slot_hash(Interpreter& interp, Value self) {
    const Value r = call_special(interp, self, interp.names.dunder_hash, nullptr, 0);
    if (r.is_error()) return -1;
    if (r.is_absent() || !is_int(r)) {
        interp.raise_type_error("__hash__ method should return an integer");
        return -1;
    }
    // An int subclass's own __hash__ is not asked again: CPython hashes the int value.
    if (r.is_small_int()) {
        const int64_t h = r.as_small_int();
        return h == -1 ? -2 : h;
    }
    return int_hash(r);
}

Value slot_richcompare(Interpreter& interp, Value self, Value other, CompareOp op) {
    return call_or_not_implemented(interp, self, interp.names.compare_dunders[static_cast<int>(op)],
                                   other);
}

// A __len__ result as a length: CPython's slot_sq_length checks.
int64_t length_from(Interpreter& interp, Value r) {
    if (r.is_error()) return -1;
    const Value i = ops::index(interp, r);
    if (i.is_error()) return -1;
    int64_t n;
    if (!i.is_small_int() && !int_to_int64(i, &n)) {
        if (int_sign(i) < 0) {
            interp.raise(interp.exceptions.value_error, "__len__() should return >= 0");
        } else {
            interp.raise_format(interp.exceptions.overflow_error,
                                "cannot fit '%s' into an index-sized integer",
                                tname(interp, r).c_str());
        }
        return -1;
    }
    n = i.is_small_int() ? i.as_small_int() : n;
    if (n < 0) {
        interp.raise(interp.exceptions.value_error, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

int64_t slot_len(Interpreter& interp, Value self) {
    const Value r = call_special(interp, self, interp.names.dunder_len, nullptr, 0);
    if (r.is_absent()) {
        interp.raise_format(interp.exceptions.type_error, "object of type '%s' has no len()",
                            tname(interp, self).c_str());
        return -1;
    }
    return length_from(interp, r);
}

int64_t slot_truth(Interpreter& interp, Value self) {
    Value r = call_special(interp, self, interp.names.dunder_bool, nullptr, 0);
    if (r.is_error()) return -1;
    if (!r.is_absent()) {
        if (r.is_bool()) return r.is_true() ? 1 : 0;
        interp.raise_format(interp.exceptions.type_error,
                            "__bool__ should return bool, returned %s", tname(interp, r).c_str());
        return -1;
    }
    r = call_special(interp, self, interp.names.dunder_len, nullptr, 0);
    if (r.is_absent()) return 1;
    const int64_t n = length_from(interp, r);
    return n < 0 ? -1 : n > 0;
}

Value slot_call(Interpreter& interp, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    // CPython counts calling an object through tp_call as a level of its own.
    RecursionGuard guard(interp, calling_python_object);
    if (!guard.ok()) return Value::error();
    const Value r = call_special(interp, self, interp.names.dunder_call, args, nargs, kwnames);
    if (!r.is_absent()) return r;
    return interp.raise_format(interp.exceptions.type_error, "'%s' object is not callable",
                               tname(interp, self).c_str());
}

bool is_attribute_error(Interpreter& interp) {
    return interp.pending_matches(interp.exceptions.attribute_error);
}

// __getattribute__ (when a Python class defines it) or the generic lookup, then __getattr__
// when that raised AttributeError.
Value slot_getattr(Interpreter& interp, Value self, Str* name, bool suppress_missing) {
    Type* t = type_of(interp, self);
    const Value getattribute = type_lookup(t, interp.names.dunder_getattribute);
    const Value getattr_hook = type_lookup(t, interp.names.dunder_getattr);
    Value r;
    if (!getattribute.is_absent() && type_of(interp, getattribute) == interp.types.function) {
        const Value arg = name->value();
        r = call_special(interp, self, interp.names.dunder_getattribute, &arg, 1);
    } else {
        r = generic_getattr(interp, self, name, suppress_missing && getattr_hook.is_absent());
    }
    if (getattr_hook.is_absent()) {
        if (r.is_error() && suppress_missing && is_attribute_error(interp)) {
            interp.clear_pending();
            return Value::absent();
        }
        return r;
    }
    if (!r.is_error() && !r.is_absent()) return r;
    if (r.is_error()) {
        if (!is_attribute_error(interp)) return r;
        interp.clear_pending();
    }
    const Value arg = name->value();
    r = call_special(interp, self, interp.names.dunder_getattr, &arg, 1);
    if (r.is_error() && suppress_missing && is_attribute_error(interp)) {
        interp.clear_pending();
        return Value::absent();
    }
    return r;
}

int slot_setattr(Interpreter& interp, Value self, Str* name, Value value) {
    Value r;
    if (value.is_absent()) {
        const Value arg = name->value();
        r = call_special(interp, self, interp.names.dunder_delattr, &arg, 1);
        if (r.is_absent()) return generic_setattr(interp, self, name, value);
    } else {
        const Value args[2] = {name->value(), value};
        r = call_special(interp, self, interp.names.dunder_setattr, args, 2);
        if (r.is_absent()) return generic_setattr(interp, self, name, value);
    }
    return r.is_error() ? -1 : 0;
}

Value slot_descr_get(Interpreter& interp, Value self, Value instance, Value owner) {
    const Value args[2] = {instance.is_absent() ? Value::none() : instance,
                           owner.is_absent() ? Value::none() : owner};
    const Value r = call_special(interp, self, interp.names.dunder_get, args, 2);
    return r.is_absent() ? self : r;
}

int slot_descr_set(Interpreter& interp, Value self, Value instance, Value value) {
    Value r;
    if (value.is_absent()) {
        r = call_special(interp, self, interp.names.dunder_delete, &instance, 1);
        if (r.is_absent()) {
            interp.raise(interp.exceptions.attribute_error, "__delete__");
            return -1;
        }
    } else {
        const Value args[2] = {instance, value};
        r = call_special(interp, self, interp.names.dunder_set, args, 2);
        if (r.is_absent()) {
            interp.raise(interp.exceptions.attribute_error, "__set__");
            return -1;
        }
    }
    return r.is_error() ? -1 : 0;
}

Value slot_iter(Interpreter& interp, Value self) {
    // `__iter__ = None` declares the class not iterable.
    if (type_lookup(type_of(interp, self), interp.names.dunder_iter).is_none()) {
        return interp.raise_format(interp.exceptions.type_error, "'%s' object is not iterable",
                                   tname(interp, self).c_str());
    }
    const Value r = call_special(interp, self, interp.names.dunder_iter, nullptr, 0);
    if (r.is_error()) return r;
    if (r.is_absent() || r.is_none()) {
        return interp.raise_format(interp.exceptions.type_error, "'%s' object is not iterable",
                                   tname(interp, self).c_str());
    }
    if (!type_of(interp, r)->slots.iternext) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "iter() returned non-iterator of type '%s'",
                                   tname(interp, r).c_str());
    }
    return r;
}

Value slot_iternext(Interpreter& interp, Value self);

} // namespace

Value next_for_yield_from(Interpreter& interp, Value iterator, bool* done) {
    *done = false;
    if (type_of(interp, iterator)->slots.iternext == slot_iternext) {
        const Value r = call_special(interp, iterator, interp.names.dunder_next, nullptr, 0);
        if (r.is_error() && interp.pending_matches(interp.exceptions.stop_iteration)) {
            *done = true;
            return stop_iteration_value(interp, as_exception(interp.take_pending()));
        }
        if (!r.is_absent()) return r;
    }
    const Value r = ops::iter_next(interp, iterator);
    if (r.is_absent()) {
        *done = true;
        return Value::none();
    }
    return r;
}

namespace {

Value slot_iternext(Interpreter& interp, Value self) {
    const Value r = call_special(interp, self, interp.names.dunder_next, nullptr, 0);
    if (r.is_error() && interp.pending_matches(interp.exceptions.stop_iteration)) {
        interp.clear_pending();
        return Value::absent();
    }
    if (r.is_absent()) {
        return interp.raise_format(interp.exceptions.type_error, "'%s' object is not an iterator",
                                   tname(interp, self).c_str());
    }
    return r;
}

Value slot_getitem(Interpreter& interp, Value self, Value key) {
    const Value r = call_special(interp, self, interp.names.dunder_getitem, &key, 1);
    if (!r.is_absent()) return r;
    return interp.raise_format(interp.exceptions.type_error, "'%s' object is not subscriptable",
                               tname(interp, self).c_str());
}

int slot_setitem(Interpreter& interp, Value self, Value key, Value value) {
    Value r;
    if (value.is_absent()) {
        r = call_special(interp, self, interp.names.dunder_delitem, &key, 1);
        if (r.is_absent()) {
            interp.raise_format(interp.exceptions.attribute_error, "__delitem__");
            return -1;
        }
    } else {
        const Value args[2] = {key, value};
        r = call_special(interp, self, interp.names.dunder_setitem, args, 2);
        if (r.is_absent()) {
            interp.raise_format(interp.exceptions.attribute_error, "__setitem__");
            return -1;
        }
    }
    return r.is_error() ? -1 : 0;
}

int slot_contains(Interpreter& interp, Value self, Value item) {
    const Value r = call_special(interp, self, interp.names.dunder_contains, &item, 1);
    if (r.is_error()) return -1;
    if (r.is_absent()) {
        // No __contains__ on the class after all: iterate, as the `in` operator does.
        const Value it = ops::get_iter(interp, self);
        if (it.is_error()) return -1;
        Rooted keep(interp.shadow_roots(), it);
        for (;;) {
            const Value v = ops::iter_next(interp, it);
            if (v.is_error()) return -1;
            if (v.is_absent()) return 0;
            const int eq = ops::equals(interp, v, item);
            if (eq != 0) return eq;
        }
    }
    return ops::truthy(interp, r);
}

Value slot_unary(Interpreter& interp, Value self, Str* name, const char* symbol) {
    const Value r = call_special(interp, self, name, nullptr, 0);
    if (!r.is_absent()) return r;
    return interp.raise_format(interp.exceptions.type_error, "bad operand type for unary %s: '%s'",
                               symbol, tname(interp, self).c_str());
}

Value slot_negative(Interpreter& interp, Value self) {
    return slot_unary(interp, self, interp.names.dunder_neg, "-");
}
Value slot_positive(Interpreter& interp, Value self) {
    return slot_unary(interp, self, interp.names.dunder_pos, "+");
}
Value slot_invert(Interpreter& interp, Value self) {
    return slot_unary(interp, self, interp.names.dunder_invert, "~");
}

Value slot_index(Interpreter& interp, Value self) {
    const Value r = call_special(interp, self, interp.names.dunder_index, nullptr, 0);
    if (r.is_error() || (!r.is_absent() && is_int(r) && !r.is_bool())) return r;
    if (r.is_absent()) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "'%s' object cannot be interpreted as an integer",
                                   tname(interp, self).c_str());
    }
    if (r.is_bool()) return Value::from_small_int(r.is_true() ? 1 : 0);
    return interp.raise_format(interp.exceptions.type_error, "__index__ returned non-int (type %s)",
                               tname(interp, r).c_str());
}

// typeobject.c's SLOT1BINFULL: `a op b` for classes written in Python. A subclass operand
// that overrides the reflected method goes first.
template <int Op> Value slot_binary(Interpreter& interp, Value a, Value b) {
    Type* ta = type_of(interp, a);
    Type* tb = type_of(interp, b);
    const BinaryFn self_fn = slot_binary<Op>;
    Str* method = interp.names.binary_dunders[Op];
    Str* reflected = interp.names.reflected_dunders[Op];
    bool do_other = ta != tb && tb->slots.binary[Op] == self_fn;
    if (ta->slots.binary[Op] == self_fn) {
        if (do_other && is_subtype(tb, ta) &&
            type_lookup(tb, reflected) != type_lookup(ta, reflected)) {
            const Value r = call_or_not_implemented(interp, b, reflected, a);
            if (r != interp.not_implemented) return r;
            do_other = false;
        }
        const Value r = call_or_not_implemented(interp, a, method, b);
        if (r != interp.not_implemented || ta == tb) return r;
    }
    if (do_other) return call_or_not_implemented(interp, b, reflected, a);
    return interp.not_implemented;
}

template <int Op> Value slot_inplace(Interpreter& interp, Value a, Value b) {
    return call_or_not_implemented(interp, a, interp.names.inplace_dunders[Op], b);
}

template <size_t... Ops>
constexpr std::array<BinaryFn, sizeof...(Ops)> make_table(std::index_sequence<Ops...>,
                                                          bool inplace) {
    return inplace ? std::array<BinaryFn, sizeof...(Ops)>{slot_inplace<Ops>...}
                   : std::array<BinaryFn, sizeof...(Ops)>{slot_binary<Ops>...};
}

constexpr auto binary_slots = make_table(std::make_index_sequence<binary_operator_count>{}, false);
constexpr auto inplace_slots = make_table(std::make_index_sequence<binary_operator_count>{}, true);

Value slot_new(Interpreter& interp, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    Value f = type_lookup(type, interp.names.dunder_new);
    if (f.is_absent()) return interp.raise_type_error("__new__ is missing");
    // __new__ is a static method: called with the class as its first argument.
    if (Type* ft = type_of(interp, f); ft->slots.descr_get) {
        f = ft->slots.descr_get(interp, f, Value::absent(), type->value());
        if (f.is_error()) return f;
    }
    Rooted keep(interp.shadow_roots(), f);
    const size_t total = nargs + (kwnames ? kwnames->size() : 0);
    std::vector<Value> with_type(total + 1);
    with_type[0] = type->value();
    for (size_t i = 0; i < total; ++i) with_type[i + 1] = args[i];
    return ops::call(interp, f, with_type.data(), total + 1, kwnames);
}

int slot_init(Interpreter& interp, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    const size_t total = nargs + (kwnames ? kwnames->size() : 0);
    const Value r = call_special(interp, self, interp.names.dunder_init, args, total, kwnames);
    if (r.is_error()) return -1;
    if (!r.is_none() && !r.is_absent()) {
        interp.raise_format(interp.exceptions.type_error, "__init__() should return None, not '%s'",
                            tname(interp, r).c_str());
        return -1;
    }
    return 0;
}

// The first class along type's MRO whose own namespace has `name`; nullptr when none has.
Type* first_definer(Type* type, Str* name) {
    for (Value c : *type->mro) {
        if (!as_type(c)->dict->get(name).is_absent()) return as_type(c);
    }
    return nullptr;
}

} // namespace

bool has_python_init(const Type* type) {
    return type->slots.init == slot_init;
}

bool has_python_power(const Type* type) {
    return type->slots.binary[static_cast<int>(BinaryOp::Pow)] ==
           binary_slots[static_cast<int>(BinaryOp::Pow)];
}

Value call_special(Interpreter& interp, Value self, Str* name, const Value* args, size_t nargs,
                   Tuple* kwnames) {
    Type* t = type_of(interp, self);
    Value f = type_lookup(t, name);
    if (f.is_absent()) return f;
    Type* ft = type_of(interp, f);
    Value small[6];
    std::vector<Value> large;
    Value* call_args = small;
    if (nargs + 1 > 6) {
        large.resize(nargs + 1);
        call_args = large.data();
    }
    if (ft == interp.types.function || ft == interp.types.method_descriptor ||
        ft == interp.types.slot_wrapper) {
        // A plain method: call it with self first, without making a bound method.
        call_args[0] = self;
        for (size_t i = 0; i < nargs; ++i) call_args[i + 1] = args[i];
        return ops::call(interp, f, call_args, nargs + 1, kwnames);
    }
    if (ft->slots.descr_get) {
        f = ft->slots.descr_get(interp, f, self, t->value());
        if (f.is_error()) return f;
    }
    Rooted keep(interp.shadow_roots(), f);
    return ops::call(interp, f, args, nargs, kwnames);
}

void update_slots(Interpreter& interp, Type* type) {
    const Names& n = interp.names;
    // The builtin class the instances are laid out as supplies every slot no Python class
    // along the MRO overrides.
    Type* builtin = type;
    while (builtin->has_flag(TypeHeap)) builtin = builtin->base;
    const TypeSlots& inherited = builtin->slots;
    TypeSlots& s = type->slots;
    auto python_defined = [&](Str* name) {
        Type* definer = first_definer(type, name);
        return definer && definer->has_flag(TypeHeap);
    };
    s.repr = python_defined(n.dunder_repr) ? slot_repr : inherited.repr;
    s.str = python_defined(n.dunder_str) ? slot_str : inherited.str;
    if (python_defined(n.dunder_hash)) {
        // `__hash__ = None` makes instances unhashable.
        s.hash = first_definer(type, n.dunder_hash)->dict->get(n.dunder_hash).is_none() ? nullptr
                                                                                        : slot_hash;
    } else {
        s.hash = inherited.hash;
    }
    bool compares = false;
    for (Str* name : n.compare_dunders) compares |= python_defined(name);
    s.richcompare = compares ? slot_richcompare : inherited.richcompare;
    s.truth = python_defined(n.dunder_bool) || python_defined(n.dunder_len) ? slot_truth
                                                                            : inherited.truth;
    s.len = python_defined(n.dunder_len) ? slot_len : inherited.len;
    s.call = python_defined(n.dunder_call) ? slot_call : inherited.call;
    s.getattr = python_defined(n.dunder_getattribute) || python_defined(n.dunder_getattr)
                    ? slot_getattr
                    : inherited.getattr;
    s.setattr = python_defined(n.dunder_setattr) || python_defined(n.dunder_delattr)
                    ? slot_setattr
                    : inherited.setattr;
    s.descr_get = python_defined(n.dunder_get) ? slot_descr_get : inherited.descr_get;
    s.descr_set = python_defined(n.dunder_set) || python_defined(n.dunder_delete)
                      ? slot_descr_set
                      : inherited.descr_set;
    if (s.descr_set) {
        type->flags |= TypeDataDescriptor;
    } else {
        type->flags &= ~TypeDataDescriptor;
    }
    s.iter = python_defined(n.dunder_iter) ? slot_iter : inherited.iter;
    s.iternext = python_defined(n.dunder_next) ? slot_iternext : inherited.iternext;
    s.getitem = python_defined(n.dunder_getitem) ? slot_getitem : inherited.getitem;
    s.setitem = python_defined(n.dunder_setitem) || python_defined(n.dunder_delitem)
                    ? slot_setitem
                    : inherited.setitem;
    s.contains = python_defined(n.dunder_contains) ? slot_contains : inherited.contains;
    s.negative = python_defined(n.dunder_neg) ? slot_negative : inherited.negative;
    s.positive = python_defined(n.dunder_pos) ? slot_positive : inherited.positive;
    s.invert = python_defined(n.dunder_invert) ? slot_invert : inherited.invert;
    s.index = python_defined(n.dunder_index) ? slot_index : inherited.index;
    for (int op = 0; op < binary_operator_count; ++op) {
        s.binary[op] =
            python_defined(n.binary_dunders[op]) || python_defined(n.reflected_dunders[op])
                ? binary_slots[op]
                : inherited.binary[op];
        s.inplace[op] =
            python_defined(n.inplace_dunders[op]) ? inplace_slots[op] : inherited.inplace[op];
    }
    s.new_ = python_defined(n.dunder_new) ? slot_new : inherited.new_;
    s.init = python_defined(n.dunder_init) ? slot_init : inherited.init;
}

void class_attribute_changed(Interpreter& interp, Type* type, Str* name) {
    const bool special = is_special_name(name);
    std::vector<Type*> pending{type};
    while (!pending.empty()) {
        Type* t = pending.back();
        pending.pop_back();
        assign_type_version(interp, t);
        if (special && t->has_flag(TypeHeap)) update_slots(interp, t);
        if (t->subclasses) {
            for (Type* sub : *t->subclasses) pending.push_back(sub);
        }
    }
}

} // namespace coil::vm
