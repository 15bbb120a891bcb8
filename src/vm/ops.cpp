// The abstract operations: operator dispatch with the reflected-operand protocol, rich
// comparison, truth, repr/str/hash, attributes, items, iteration, calls and containment.
#include "vm/ops.hpp"

#include "vm/dict.hpp"
#include "vm/exception.hpp"
#include "vm/float.hpp"
#include "vm/int.hpp"
#include "vm/iterator.hpp"
#include "vm/list.hpp"
#include "vm/native_function.hpp"
#include "vm/recursion_guard.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <string>
#include <vector>

namespace coil::vm::ops {

namespace {

std::string tname(Interpreter& interp, Value v) {
    return std::string(type_name(interp, v));
}

CompareOp swapped(CompareOp op) {
    switch (op) {
    case CompareOp::Lt:
        return CompareOp::Gt;
    case CompareOp::Le:
        return CompareOp::Ge;
    case CompareOp::Gt:
        return CompareOp::Lt;
    case CompareOp::Ge:
        return CompareOp::Le;
    default:
        return op;
    }
}

const char* compare_symbol(CompareOp op) {
    static const char* const symbols[] = {"<", "<=", "==", "!=", ">", ">="};
    return symbols[static_cast<int>(op)];
}

bool is_sequence_for_repeat(Value v) {
    return is_str(v) || is_list(v) || is_tuple(v);
}

Value binary_error(Interpreter& interp, BinaryOp op, Value a, Value b, bool inplace) {
    if (op == BinaryOp::Add) {
        const char* seq = is_str(a) ? "str" : is_list(a) ? "list" : is_tuple(a) ? "tuple" : nullptr;
        if (seq && !(is_list(a) && inplace)) {
            return interp.raise_format(interp.exceptions.type_error,
                                       "can only concatenate %s (not \"%s\") to %s", seq,
                                       tname(interp, b).c_str(), seq);
        }
    }
    if (op == BinaryOp::Mul) {
        if (is_sequence_for_repeat(a) || is_sequence_for_repeat(b)) {
            Value other = is_sequence_for_repeat(a) ? b : a;
            return interp.raise_format(interp.exceptions.type_error,
                                       "can't multiply sequence by non-int of type '%s'",
                                       tname(interp, other).c_str());
        }
    }
    const char* symbol = inplace ? inplace_op_symbol(op) : binary_op_symbol(op);
    return interp.raise_format(interp.exceptions.type_error,
                               "unsupported operand type(s) for %s: '%s' and '%s'", symbol,
                               tname(interp, a).c_str(), tname(interp, b).c_str());
}

Value binary_dispatch(Interpreter& interp, BinaryOp op, Value a, Value b) {
    Type* ta = type_of(interp, a);
    Type* tb = type_of(interp, b);
    int index = static_cast<int>(op);
    BinaryFn fa = ta->slots.binary[index];
    BinaryFn fb = ta != tb ? tb->slots.binary[index] : nullptr;
    if (fb == fa) fb = nullptr;
    if (fa) {
        if (fb && is_subtype(tb, ta)) {
            Value r = fb(interp, a, b);
            if (r != interp.not_implemented) return r;
            fb = nullptr;
        }
        Value r = fa(interp, a, b);
        if (r != interp.not_implemented) return r;
    }
    if (fb) return fb(interp, a, b);
    return interp.not_implemented;
}

} // namespace

const char* binary_op_symbol(BinaryOp op) {
    static const char* const symbols[] = {"+",  "-",  "*", "@", "/", "%", "** or pow()",
                                          "<<", ">>", "|", "^", "&", "//"};
    return symbols[static_cast<int>(op)];
}

const char* inplace_op_symbol(BinaryOp op) {
    static const char* const symbols[] = {
        "+=", "-=", "*=", "@=", "/=", "%=", "**=", "<<=", ">>=", "|=", "^=", "&=", "//="};
    return symbols[static_cast<int>(op)];
}

Value binary_op(Interpreter& interp, BinaryOp op, Value a, Value b) {
    if (a.is_small_int() && b.is_small_int()) return int_binary_op(interp, op, a, b);
    if (a.is_float() && b.is_float()) {
        Value r = float_binary_op(interp, op, a.as_float(), b.as_float());
        if (r != interp.not_implemented) return r;
    }
    Value r = binary_dispatch(interp, op, a, b);
    if (r != interp.not_implemented) return r;
    return binary_error(interp, op, a, b, false);
}

Value inplace_op(Interpreter& interp, BinaryOp op, Value a, Value b) {
    if (a.is_small_int() && b.is_small_int()) return int_binary_op(interp, op, a, b);
    if (BinaryFn f = type_of(interp, a)->slots.inplace[static_cast<int>(op)]) {
        Value r = f(interp, a, b);
        if (r != interp.not_implemented) return r;
    }
    Value r = binary_dispatch(interp, op, a, b);
    if (r != interp.not_implemented) return r;
    return binary_error(interp, op, a, b, true);
}

Value compare(Interpreter& interp, CompareOp op, Value a, Value b) {
    if (a.is_small_int() && b.is_small_int()) {
        int64_t x = a.as_small_int(), y = b.as_small_int();
        switch (op) {
        case CompareOp::Lt:
            return Value::from_bool(x < y);
        case CompareOp::Le:
            return Value::from_bool(x <= y);
        case CompareOp::Eq:
            return Value::from_bool(x == y);
        case CompareOp::Ne:
            return Value::from_bool(x != y);
        case CompareOp::Gt:
            return Value::from_bool(x > y);
        default:
            return Value::from_bool(x >= y);
        }
    }
    Type* ta = type_of(interp, a);
    Type* tb = type_of(interp, b);
    RecursionGuard guard(interp, " in comparison");
    if (!guard.ok()) return Value::error();
    bool checked_reverse = false;
    if (ta != tb && tb->slots.richcompare && is_subtype(tb, ta)) {
        checked_reverse = true;
        Value r = tb->slots.richcompare(interp, b, a, swapped(op));
        if (r != interp.not_implemented) return r;
    }
    if (ta->slots.richcompare) {
        Value r = ta->slots.richcompare(interp, a, b, op);
        if (r != interp.not_implemented) return r;
    }
    if (!checked_reverse && tb->slots.richcompare) {
        Value r = tb->slots.richcompare(interp, b, a, swapped(op));
        if (r != interp.not_implemented) return r;
    }
    if (op == CompareOp::Eq) return Value::from_bool(a == b);
    if (op == CompareOp::Ne) return Value::from_bool(a != b);
    return interp.raise_format(
        interp.exceptions.type_error, "'%s' not supported between instances of '%s' and '%s'",
        compare_symbol(op), tname(interp, a).c_str(), tname(interp, b).c_str());
}

int compare_bool(Interpreter& interp, CompareOp op, Value a, Value b) {
    Value r = compare(interp, op, a, b);
    if (r.is_error()) return -1;
    if (r.is_bool()) return r.is_true();
    return truthy(interp, r);
}

int equals(Interpreter& interp, Value a, Value b) {
    if (a == b) return 1;
    if (a.is_small_int() && b.is_small_int()) return 0;
    if (is_str(a) && is_str(b)) return as_str(a)->equals(as_str(b));
    return compare_bool(interp, CompareOp::Eq, a, b);
}

Value negative(Interpreter& interp, Value v) {
    if (v.is_small_int()) return make_int(interp, -v.as_small_int());
    if (v.is_float()) return Value::from_double(-v.as_float());
    if (UnaryFn f = type_of(interp, v)->slots.negative) return f(interp, v);
    return interp.raise_format(interp.exceptions.type_error, "bad operand type for unary -: '%s'",
                               tname(interp, v).c_str());
}

Value positive(Interpreter& interp, Value v) {
    if (v.is_small_int() || v.is_float()) return v;
    if (UnaryFn f = type_of(interp, v)->slots.positive) return f(interp, v);
    return interp.raise_format(interp.exceptions.type_error, "bad operand type for unary +: '%s'",
                               tname(interp, v).c_str());
}

Value invert(Interpreter& interp, Value v) {
    if (v.is_small_int()) return Value::from_small_int(~v.as_small_int());
    if (UnaryFn f = type_of(interp, v)->slots.invert) return f(interp, v);
    return interp.raise_format(interp.exceptions.type_error, "bad operand type for unary ~: '%s'",
                               tname(interp, v).c_str());
}

int truthy(Interpreter& interp, Value v) {
    if (v.is_bool()) return v.is_true();
    if (v.is_none()) return 0;
    if (v.is_small_int()) return v.as_small_int() != 0;
    if (v.is_float()) return v.as_float() != 0.0;
    Type* t = v.as_object()->type;
    if (t->slots.truth) return static_cast<int>(t->slots.truth(interp, v));
    if (t->slots.len) {
        int64_t n = t->slots.len(interp, v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

Str* repr(Interpreter& interp, Value v) {
    Type* t = type_of(interp, v);
    if (!t->slots.repr) return nullptr;
    RecursionGuard guard(interp, " while getting the repr of an object");
    if (!guard.ok()) return nullptr;
    Value r = t->slots.repr(interp, v);
    if (r.is_error()) return nullptr;
    if (!is_str(r)) {
        interp.raise_format(interp.exceptions.type_error, "__repr__ returned non-string (type %s)",
                            tname(interp, r).c_str());
        return nullptr;
    }
    return as_str(r);
}

Str* str(Interpreter& interp, Value v) {
    if (is_str(v) && as_str(v)->type == interp.types.str) return as_str(v);
    // int's repr cannot recurse: no guard.
    if (v.is_small_int()) return as_str(interp.types.int_->slots.repr(interp, v));
    Type* t = type_of(interp, v);
    UnaryFn f = t->slots.str ? t->slots.str : t->slots.repr;
    RecursionGuard guard(interp, " while getting the str of an object");
    if (!guard.ok()) return nullptr;
    Value r = f(interp, v);
    if (r.is_error()) return nullptr;
    if (!is_str(r)) {
        interp.raise_format(interp.exceptions.type_error, "__str__ returned non-string (type %s)",
                            tname(interp, r).c_str());
        return nullptr;
    }
    return as_str(r);
}

int64_t hash(Interpreter& interp, Value v) {
    if (v.is_small_int()) {
        int64_t i = v.as_small_int();
        return i == -1 ? -2 : i;
    }
    if (v.is_float()) return float_hash(v.as_float());
    if (is_str(v)) return as_str(v)->hash();
    Type* t = type_of(interp, v);
    if (!t->slots.hash) {
        interp.raise_format(interp.exceptions.type_error, "unhashable type: '%s'",
                            tname(interp, v).c_str());
        return -1;
    }
    return t->slots.hash(interp, v);
}

Value get_attr(Interpreter& interp, Value obj, Str* name) {
    const Value v = type_of(interp, obj)->slots.getattr(interp, obj, name, false);
    if (v.is_error()) add_attribute_error_context(interp, obj, name);
    return v;
}

Value get_attr_optional(Interpreter& interp, Value obj, Str* name) {
    Value v = type_of(interp, obj)->slots.getattr(interp, obj, name, true);
    if (v.is_error() && interp.pending_matches(interp.exceptions.attribute_error)) {
        interp.clear_pending();
        return Value::absent();
    }
    return v;
}

int set_attr(Interpreter& interp, Value obj, Str* name, Value value) {
    Type* t = type_of(interp, obj);
    if (!t->slots.setattr) {
        interp.raise_format(interp.exceptions.attribute_error, "'%s' object has no attribute '%s'",
                            tname(interp, obj).c_str(), std::string(name->view()).c_str());
        return -1;
    }
    return t->slots.setattr(interp, obj, name, value);
}

int del_attr(Interpreter& interp, Value obj, Str* name) {
    return set_attr(interp, obj, name, Value::absent());
}

bool binds_as_method(Interpreter& interp, Value descr) {
    Type* dt = type_of(interp, descr);
    return (dt == interp.types.method_descriptor &&
            (static_cast<NativeFunction*>(descr.as_object())->flags & NativeMethod)) ||
           dt == interp.types.function || dt == interp.types.slot_wrapper;
}

bool get_method(Interpreter& interp, Value obj, Str* name, Value* method) {
    Type* t = type_of(interp, obj);
    if (t->slots.getattr == generic_getattr) {
        Value descr = type_lookup(t, name);
        if (!descr.is_absent()) {
            if (binds_as_method(interp, descr)) {
                // An instance attribute of the same name shadows the method.
                if (obj.is_object()) {
                    if (Dict** slot = instance_dict_slot(obj.as_object()); slot && *slot) {
                        Value v = (*slot)->get(name);
                        if (!v.is_absent()) {
                            *method = v;
                            return false;
                        }
                    }
                }
                *method = descr;
                return true;
            }
        }
    }
    *method = get_attr(interp, obj, name);
    return false;
}

Value get_item(Interpreter& interp, Value container, Value key) {
    Type* t = type_of(interp, container);
    if (t->slots.getitem) return t->slots.getitem(interp, container, key);
    if (is_type(container)) {
        Value hook = type_lookup(as_type(container), interp.names.dunder_class_getitem);
        if (!hook.is_absent()) {
            // Usually an implicit classmethod: bind it to the class.
            if (Type* ht = type_of(interp, hook); ht->slots.descr_get) {
                hook = ht->slots.descr_get(interp, hook, Value::absent(), container);
                if (hook.is_error()) return hook;
            }
            Rooted keep(interp.shadow_roots(), hook);
            return call1(interp, hook, key);
        }
        return interp.raise_format(interp.exceptions.type_error, "type '%s' is not subscriptable",
                                   std::string(as_type(container)->name->view()).c_str());
    }
    return interp.raise_format(interp.exceptions.type_error, "'%s' object is not subscriptable",
                               tname(interp, container).c_str());
}

int set_item(Interpreter& interp, Value container, Value key, Value value) {
    Type* t = type_of(interp, container);
    if (t->slots.setitem) return t->slots.setitem(interp, container, key, value);
    interp.raise_format(interp.exceptions.type_error,
                        "'%s' object does not support item assignment",
                        tname(interp, container).c_str());
    return -1;
}

int del_item(Interpreter& interp, Value container, Value key) {
    Type* t = type_of(interp, container);
    if (t->slots.setitem) return t->slots.setitem(interp, container, key, Value::absent());
    interp.raise_format(interp.exceptions.type_error, "'%s' object doesn't support item deletion",
                        tname(interp, container).c_str());
    return -1;
}

Value get_iter(Interpreter& interp, Value v) {
    Type* t = type_of(interp, v);
    if (t->slots.iter) {
        Value it = t->slots.iter(interp, v);
        if (it.is_error()) return it;
        if (!type_of(interp, it)->slots.iternext) {
            return interp.raise_format(interp.exceptions.type_error,
                                       "iter() returned non-iterator of type '%s'",
                                       tname(interp, it).c_str());
        }
        return it;
    }
    if (t->slots.getitem && !is_dict(v)) return make_seq_iterator(interp, v);
    return interp.raise_format(interp.exceptions.type_error, "'%s' object is not iterable",
                               tname(interp, v).c_str());
}

Value iter_next(Interpreter& interp, Value iterator) {
    Type* t = type_of(interp, iterator);
    if (!t->slots.iternext) {
        return interp.raise_format(interp.exceptions.type_error, "'%s' object is not an iterator",
                                   tname(interp, iterator).c_str());
    }
    return t->slots.iternext(interp, iterator);
}

Value call(Interpreter& interp, Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
    Type* t = type_of(interp, callable);
    if (t->slots.call) return t->slots.call(interp, callable, args, nargs, kwnames);
    return interp.raise_format(interp.exceptions.type_error, "'%s' object is not callable",
                               tname(interp, callable).c_str());
}

Value call_method(Interpreter& interp, Value obj, Str* name, const Value* args, size_t nargs) {
    Value method;
    bool unbound = get_method(interp, obj, name, &method);
    if (method.is_error()) return method;
    if (!unbound) return call(interp, method, args, nargs);
    Value small[8];
    std::vector<Value> large;
    Value* with_self = small;
    if (nargs + 1 > 8) {
        large.resize(nargs + 1);
        with_self = large.data();
    }
    with_self[0] = obj;
    for (size_t i = 0; i < nargs; ++i) with_self[i + 1] = args[i];
    return call(interp, method, with_self, nargs + 1);
}

int64_t len(Interpreter& interp, Value v) {
    Type* t = type_of(interp, v);
    if (t->slots.len) return t->slots.len(interp, v);
    interp.raise_format(interp.exceptions.type_error, "object of type '%s' has no len()",
                        tname(interp, v).c_str());
    return -1;
}

int contains(Interpreter& interp, Value container, Value item) {
    Type* t = type_of(interp, container);
    if (t->slots.contains) return t->slots.contains(interp, container, item);
    if (!t->slots.iter && !t->slots.getitem) {
        interp.raise_format(interp.exceptions.type_error, "argument of type '%s' is not iterable",
                            tname(interp, container).c_str());
        return -1;
    }
    Value it = get_iter(interp, container);
    if (it.is_error()) return -1;
    Rooted keep(interp.shadow_roots(), it);
    for (;;) {
        Value v = iter_next(interp, it);
        if (v.is_error()) return -1;
        if (v.is_absent()) return 0;
        int eq = equals(interp, v, item);
        if (eq != 0) return eq;
    }
}

Value index(Interpreter& interp, Value v) {
    if (v.is_small_int()) return v;
    if (v.is_bool()) return Value::from_small_int(v.is_true());
    Type* t = type_of(interp, v);
    if (t->slots.index) {
        Value r = t->slots.index(interp, v);
        if (r.is_error() || is_int(r)) return r;
        return interp.raise_format(interp.exceptions.type_error,
                                   "__index__ returned non-int (type %s)",
                                   tname(interp, r).c_str());
    }
    return interp.raise_format(interp.exceptions.type_error,
                               "'%s' object cannot be interpreted as an integer",
                               tname(interp, v).c_str());
}

namespace {

// The classes of a union (int | str), which isinstance and issubclass accept like tuples.
Tuple* union_args(Interpreter& interp, Value cls) {
    if (!cls.is_object() || cls.as_object()->type != interp.types.union_type) return nullptr;
    Value args = get_attr(interp, cls, interp.intern("__args__"));
    return args.is_error() ? nullptr : as_tuple(args);
}

} // namespace

// A metaclass's (or any object's) __instancecheck__ / __subclasscheck__, as PEP 3119 asks;
// absent() when `cls` has none of its own (type's behaviour is the builtin check).
Value call_check_hook(Interpreter& interp, Value cls, Str* hook, Value arg) {
    Type* meta = type_of(interp, cls);
    if (meta == interp.types.type) return Value::absent();
    const Value f = type_lookup(meta, hook);
    if (f.is_absent() || type_of(interp, f) != interp.types.function) return Value::absent();
    const Value args[2] = {cls, arg};
    return call(interp, f, args, 2);
}

int isinstance(Interpreter& interp, Value obj, Value cls) {
    if (cls.is_object() && type_of(interp, obj) == cls.as_object()) return 1;
    const Value hooked = call_check_hook(interp, cls, interp.names.dunder_instancecheck, obj);
    if (hooked.is_error()) return -1;
    if (!hooked.is_absent()) return truthy(interp, hooked);
    if (is_type(cls)) return is_instance(interp, obj, as_type(cls));
    Tuple* classes = is_tuple(cls) ? as_tuple(cls) : union_args(interp, cls);
    if (classes) {
        for (Value c : *classes) {
            int r = isinstance(interp, obj, c);
            if (r != 0) return r;
        }
        return 0;
    }
    interp.raise_type_error("isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
}

int issubclass(Interpreter& interp, Value cls, Value base) {
    const Value hooked = call_check_hook(interp, base, interp.names.dunder_subclasscheck, cls);
    if (hooked.is_error()) return -1;
    if (!hooked.is_absent()) return truthy(interp, hooked);
    if (!is_type(cls)) {
        interp.raise_type_error("issubclass() arg 1 must be a class");
        return -1;
    }
    if (is_type(base)) return is_subtype(as_type(cls), as_type(base));
    Tuple* classes = is_tuple(base) ? as_tuple(base) : union_args(interp, base);
    if (classes) {
        for (Value c : *classes) {
            int r = issubclass(interp, cls, c);
            if (r != 0) return r;
        }
        return 0;
    }
    interp.raise_type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
}

} // namespace coil::vm::ops
