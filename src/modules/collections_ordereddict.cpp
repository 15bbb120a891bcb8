// collections.OrderedDict: a dict subclass with move_to_end, popitem(last=) and equality that
// respects order between two OrderedDicts. Dicts keep insertion order already, so only the
// reordering operations need work of their own.
#include "modules/collections.hpp"
#include "modules/module_builder.hpp"

#include "vm/exception.hpp"
#include "vm/ops.hpp"
#include "vm/tuple.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace coil::modules {

using namespace coil::vm;

namespace {

bool is_ordered_dict(Interpreter& interp, Value v, Type* ordered) {
    return v.is_object() && is_subtype(v.as_object()->type, ordered);
}

Type* ordered_type(Interpreter& interp, Value self) {
    Type* t = type_of(interp, self);
    while (t->base && t->base != interp.types.dict) t = t->base;
    return t;
}

Value raise_key_error(Interpreter& interp, Value key) {
    interp.set_pending(
        make_exception(interp, interp.exceptions.key_error, Tuple::make(interp, {key}))->value());
    return Value::error();
}

Value ordered_dict_move_to_end(Interpreter& interp, const Value* args, size_t nargs,
                               Tuple* kwnames) {
    Value bound[2];
    if (!bind_native_args(interp, "move_to_end", args + 1, nargs - 1, kwnames, {"key", "last"}, 1,
                          0, bound)) {
        return Value::error();
    }
    int last = 1;
    if (!bound[1].is_absent()) {
        last = ops::truthy(interp, bound[1]);
        if (last < 0) return Value::error();
    }
    Dict* d = as_dict(args[0]);
    Value value;
    int found = d->pop(interp, bound[0], &value);
    if (found < 0) return Value::error();
    if (!found) return raise_key_error(interp, bound[0]);
    Rooted keep(interp.shadow_roots(), value);
    if (last) return d->set(interp, bound[0], value) < 0 ? Value::error() : Value::none();
    // To the front: rebuild with the key first.
    Dict* rest = d->copy(interp);
    Rooted keep_rest(interp.shadow_roots(), rest->value());
    d->clear();
    if (d->set(interp, bound[0], value) < 0 || d->update(interp, rest) < 0) return Value::error();
    return Value::none();
}

Value ordered_dict_popitem(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[1];
    if (!bind_native_args(interp, "popitem", args + 1, nargs - 1, kwnames, {"last"}, 0, 0, bound)) {
        return Value::error();
    }
    int last = 1;
    if (!bound[0].is_absent()) {
        last = ops::truthy(interp, bound[0]);
        if (last < 0) return Value::error();
    }
    Dict* d = as_dict(args[0]);
    if (d->size() == 0) return interp.raise(interp.exceptions.key_error, "dictionary is empty");
    size_t pos = 0;
    Value key, value;
    while (d->next(pos, &key, &value)) {
        if (!last) break;
    }
    Rooted keep_key(interp.shadow_roots(), key);
    Rooted keep_value(interp.shadow_roots(), value);
    if (d->remove(interp, key) < 0) return Value::error();
    return Tuple::make(interp, {key, value})->value();
}

Value ordered_dict_richcompare(Interpreter& interp, Value self, Value other, CompareOp op) {
    Type* ordered = ordered_type(interp, self);
    Value equal = interp.types.dict->slots.richcompare(interp, self, other, CompareOp::Eq);
    if (equal.is_error() || equal == interp.not_implemented || !equal.is_true() ||
        !is_ordered_dict(interp, other, ordered) || (op != CompareOp::Eq && op != CompareOp::Ne)) {
        if (equal.is_error() || equal == interp.not_implemented) return equal;
        if (op != CompareOp::Eq && op != CompareOp::Ne) return interp.not_implemented;
        return Value::from_bool((op == CompareOp::Eq) == equal.is_true());
    }
    // Both ordered and equal as dicts: the keys must also come in the same order.
    Dict* a = as_dict(self);
    Dict* b = as_dict(other);
    size_t pa = 0, pb = 0;
    Value ka, va, kb, vb;
    bool same = true;
    while (same && a->next(pa, &ka, &va) && b->next(pb, &kb, &vb)) {
        int eq = ops::equals(interp, ka, kb);
        if (eq < 0) return Value::error();
        same = eq;
    }
    return Value::from_bool((op == CompareOp::Eq) == same);
}

Value ordered_dict_repr(Interpreter& interp, Value self) {
    Dict* d = as_dict(self);
    std::string name(type_of(interp, self)->name->view());
    if (d->size() == 0) return Str::make(interp, name + "()")->value();
    auto& active = interp.repr_active;
    if (std::find(active.begin(), active.end(), d) != active.end()) {
        return Str::make(interp, "...")->value();
    }
    Value items = ops::call_method(interp, self, interp.intern("items"), nullptr, 0);
    if (items.is_error()) return items;
    Rooted keep(interp.shadow_roots(), items);
    Value list = ops::call1(interp, interp.types.list->value(), items);
    if (list.is_error()) return list;
    Rooted keep_list(interp.shadow_roots(), list);
    active.push_back(d);
    Str* inner = ops::repr(interp, list);
    active.pop_back();
    if (!inner) return Value::error();
    return Str::make(interp, name + "(" + std::string(inner->view()) + ")")->value();
}

Value ordered_dict_copy(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "copy", nargs - 1)) return Value::error();
    Dict* c = as_dict(args[0])->copy(interp);
    c->type = type_of(interp, args[0]);
    return c->value();
}

Value ordered_dict_reversed(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "__reversed__", nargs - 1)) return Value::error();
    Dict* d = as_dict(args[0]);
    std::vector<Value> keys;
    size_t pos = 0;
    Value k, v;
    while (d->next(pos, &k, &v)) keys.push_back(k);
    std::reverse(keys.begin(), keys.end());
    Tuple* t = Tuple::make(interp, keys.data(), keys.size());
    Rooted keep(interp.shadow_roots(), t->value());
    return ops::get_iter(interp, t->value());
}

} // namespace

Type* make_ordereddict_type(Interpreter& interp) {
    Type* t = make_builtin_type(interp, "OrderedDict", interp.types.dict,
                                interp.types.dict->instance_size, TypeBaseType);
    set_native_type_module(interp, t, "collections");
    t->slots.repr = ordered_dict_repr;
    t->slots.richcompare = ordered_dict_richcompare;
    add_method(interp, t, "move_to_end", ordered_dict_move_to_end);
    add_method(interp, t, "popitem", ordered_dict_popitem);
    add_method(interp, t, "copy", ordered_dict_copy);
    add_method(interp, t, "__copy__", ordered_dict_copy);
    add_method(interp, t, "__reversed__", ordered_dict_reversed);
    return t;
}

} // namespace coil::modules
