// types.GenericAlias (list[int]) and types.UnionType (int | None): annotations evaluate them
// at definition time, so they must exist and print as CPython's do.
#include "vm/generic_alias.hpp"

#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <string>
#include <vector>

namespace coil::vm {

namespace {

struct GenericAlias : Object {
    Value origin;
    Tuple* args;
};

void trace_alias(Object* self, Tracer& tracer) {
    auto* g = static_cast<GenericAlias*>(self);
    tracer.mark(g->origin);
    tracer.mark(g->args);
}

GenericAlias* make_alias(Interpreter& interp, Type* type, Value origin, Value args) {
    Tuple* items = is_tuple(args) ? as_tuple(args) : Tuple::make(interp, {args});
    auto* g = interp.heap().make<GenericAlias>(type);
    g->origin = origin;
    g->args = items;
    return g;
}

// How typing prints an argument: classes by qualified name, ... as "...", others by repr.
bool append_arg(Interpreter& interp, std::string& out, Value v) {
    if (v == interp.ellipsis) {
        out += "...";
        return true;
    }
    if (v.is_none() || v == interp.types.none->value()) {
        out += "None";
        return true;
    }
    if (is_type(v)) {
        Type* t = as_type(v);
        Str* r = ops::repr(interp, v);
        if (!r) return false;
        std::string_view text = r->view();
        // "<class 'module.Name'>" -> "module.Name", builtins without the module.
        if (text.size() > 10 && text.substr(0, 8) == "<class '") {
            text = text.substr(8, text.size() - 10);
            out += text;
        } else {
            out += t->qualname->view();
        }
        return true;
    }
    Str* r = ops::repr(interp, v);
    if (!r) return false;
    out += r->view();
    return true;
}

Value alias_repr(Interpreter& interp, Value self) {
    auto* g = static_cast<GenericAlias*>(self.as_object());
    std::string out;
    if (g->type->name->equals("UnionType")) {
        for (size_t i = 0; i < g->args->size(); ++i) {
            if (i) out += " | ";
            if (!append_arg(interp, out, (*g->args)[i])) return Value::error();
        }
        return Str::make(interp, out)->value();
    }
    if (!append_arg(interp, out, g->origin)) return Value::error();
    out += "[";
    if (g->args->size() == 0) out += "()";
    for (size_t i = 0; i < g->args->size(); ++i) {
        if (i) out += ", ";
        if (!append_arg(interp, out, (*g->args)[i])) return Value::error();
    }
    out += "]";
    return Str::make(interp, out)->value();
}

Value alias_call(Interpreter& interp, Value callable, const Value* args, size_t nargs,
                 Tuple* kwnames) {
    auto* g = static_cast<GenericAlias*>(callable.as_object());
    return ops::call(interp, g->origin, args, nargs, kwnames);
}

Value alias_getattr(Interpreter& interp, Value self, Str* name, bool suppress) {
    auto* g = static_cast<GenericAlias*>(self.as_object());
    if (name->equals("__origin__")) return g->origin;
    if (name->equals("__args__")) return g->args->value();
    return generic_getattr(interp, self, name, suppress);
}

Value alias_richcompare(Interpreter& interp, Value self, Value other, CompareOp op) {
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || !other.is_object() ||
        other.as_object()->type != self.as_object()->type) {
        return interp.not_implemented;
    }
    auto* a = static_cast<GenericAlias*>(self.as_object());
    auto* b = static_cast<GenericAlias*>(other.as_object());
    int eq = ops::equals(interp, a->origin, b->origin);
    if (eq < 0) return Value::error();
    if (eq) {
        eq = ops::equals(interp, a->args->value(), b->args->value());
        if (eq < 0) return Value::error();
    }
    return Value::from_bool(op == CompareOp::Eq ? eq : !eq);
}

int64_t alias_hash(Interpreter& interp, Value self) {
    auto* g = static_cast<GenericAlias*>(self.as_object());
    int64_t a = ops::hash(interp, g->origin);
    if (a == -1) return -1;
    int64_t b = ops::hash(interp, g->args->value());
    if (b == -1) return -1;
    int64_t h = a ^ b;
    return h == -1 ? -2 : h;
}

Value class_getitem(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "__class_getitem__", nargs - 1)) return Value::error();
    return make_alias(interp, interp.types.generic_alias, args[0], args[1])->value();
}

// X | Y for classes, None and unions: a flattened union without duplicates.
bool union_member(Interpreter& interp, Value v) {
    return v.is_none() || is_type(v) ||
           (v.is_object() && v.as_object()->type == interp.types.union_type) ||
           (v.is_object() && v.as_object()->type == interp.types.generic_alias);
}

Value type_or(Interpreter& interp, Value a, Value b) {
    if (!union_member(interp, a) || !union_member(interp, b)) return interp.not_implemented;
    Tuple* parts = Tuple::make(interp, 0);
    Rooted keep(interp.shadow_roots(), parts->value());
    std::vector<Value> items;
    for (Value v : {a, b}) {
        if (v.is_object() && v.as_object()->type == interp.types.union_type) {
            for (Value x : *static_cast<GenericAlias*>(v.as_object())->args) items.push_back(x);
        } else {
            items.push_back(v.is_none() ? interp.types.none->value() : v);
        }
    }
    std::vector<Value> unique;
    for (Value x : items) {
        bool seen = false;
        for (Value y : unique) seen |= x == y;
        if (!seen) unique.push_back(x);
    }
    if (unique.size() == 1) return unique[0];
    parts = Tuple::make(interp, unique.data(), unique.size());
    keep.set(parts->value());
    return make_alias(interp, interp.types.union_type, Value::none(), parts->value())->value();
}

} // namespace

void init_generic_alias_types(Interpreter& interp) {
    Type* alias =
        make_builtin_type(interp, "GenericAlias", interp.types.object, sizeof(GenericAlias), 0);
    alias->slots.repr = alias_repr;
    alias->slots.call = alias_call;
    alias->slots.getattr = alias_getattr;
    alias->slots.richcompare = alias_richcompare;
    alias->slots.hash = alias_hash;
    alias->slots.trace = trace_alias;
    alias->slots.new_ = nullptr;
    alias->slots.binary[static_cast<int>(BinaryOp::Or)] = type_or;
    interp.types.generic_alias = alias;

    Type* union_type =
        make_builtin_type(interp, "UnionType", interp.types.object, sizeof(GenericAlias), 0);
    union_type->slots.repr = alias_repr;
    union_type->slots.getattr = alias_getattr;
    union_type->slots.richcompare = alias_richcompare;
    union_type->slots.hash = alias_hash;
    union_type->slots.trace = trace_alias;
    union_type->slots.new_ = nullptr;
    union_type->slots.binary[static_cast<int>(BinaryOp::Or)] = type_or;
    interp.types.union_type = union_type;

    interp.types.type->slots.binary[static_cast<int>(BinaryOp::Or)] = type_or;
    interp.types.none->slots.binary[static_cast<int>(BinaryOp::Or)] = type_or;
    for (Type* t : {interp.types.list, interp.types.dict, interp.types.tuple, interp.types.set,
                    interp.types.frozenset, interp.types.type}) {
        add_method(interp, t, "__class_getitem__", class_getitem, NativeClassMethod);
    }
}

} // namespace coil::vm
