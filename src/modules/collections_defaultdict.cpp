// collections.defaultdict: a dict subclass whose __missing__ calls default_factory.
#include "modules/collections.hpp"
#include "modules/module_builder.hpp"

#include "vm/class_creation.hpp"
#include "vm/exception.hpp"
#include "vm/ops.hpp"
#include "vm/tuple.hpp"

#include <algorithm>
#include <string>

namespace coil::modules {

using namespace coil::vm;

namespace {

// Shares dict's layout, so every dict slot and method works on it unchanged.
struct DefaultDict : Dict {
    Value default_factory = Value::none();
};

DefaultDict* as_default_dict(Value v) {
    return static_cast<DefaultDict*>(v.as_object());
}

void trace_default_dict(Object* self, Tracer& tracer) {
    auto* d = static_cast<DefaultDict*>(self);
    d->trace(tracer);
    tracer.mark(d->default_factory);
}

Value default_dict_new(Interpreter& interp, Type* type, const Value*, size_t, Tuple*) {
    return make_instance<DefaultDict>(interp, type)->value();
}

int default_dict_init(Interpreter& interp, Value self, const Value* args, size_t nargs,
                      Tuple* kwnames) {
    Value factory = nargs ? args[0] : Value::none();
    if (!factory.is_none() && !type_of(interp, factory)->slots.call) {
        interp.raise_type_error("first argument must be callable or None");
        return -1;
    }
    as_default_dict(self)->default_factory = factory;
    size_t rest = nargs ? nargs - 1 : 0;
    return interp.types.dict->slots.init(interp, self, args + (nargs ? 1 : 0), rest, kwnames);
}

Value default_dict_missing(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "__missing__", nargs - 1)) return Value::error();
    DefaultDict* d = as_default_dict(args[0]);
    if (d->default_factory.is_none()) {
        interp.set_pending(
            make_exception(interp, interp.exceptions.key_error, Tuple::make(interp, {args[1]}))
                ->value());
        return Value::error();
    }
    Value v = ops::call0(interp, d->default_factory);
    if (v.is_error()) return v;
    Rooted keep(interp.shadow_roots(), v);
    if (ops::set_item(interp, args[0], args[1], v) < 0) return Value::error();
    return v;
}

Value default_dict_repr(Interpreter& interp, Value self) {
    DefaultDict* d = as_default_dict(self);
    std::string factory;
    auto& active = interp.repr_active;
    if (d->default_factory.is_none()) {
        factory = "None";
    } else if (std::find(active.begin(), active.end(), d->default_factory.as_object()) !=
               active.end()) {
        factory = "...";
    } else {
        active.push_back(d);
        Str* r = ops::repr(interp, d->default_factory);
        active.pop_back();
        if (!r) return Value::error();
        factory = r->view();
    }
    Value inner = interp.types.dict->slots.repr(interp, self);
    if (inner.is_error()) return inner;
    std::string out = std::string(type_of(interp, self)->name->view()) + "(" + factory + ", " +
                      std::string(as_str(inner)->view()) + ")";
    return Str::make(interp, out)->value();
}

Value default_dict_copy(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "copy", nargs - 1)) return Value::error();
    DefaultDict* d = as_default_dict(args[0]);
    DefaultDict* c = interp.heap().make<DefaultDict>(d->type);
    c->default_factory = d->default_factory;
    Rooted keep(interp.shadow_roots(), c->value());
    if (c->update(interp, d) < 0) return Value::error();
    return c->value();
}

Value default_dict_getattr(Interpreter& interp, Value self, Str* name, bool suppress) {
    if (name->equals("default_factory")) return as_default_dict(self)->default_factory;
    return generic_getattr(interp, self, name, suppress);
}

int default_dict_setattr(Interpreter& interp, Value self, Str* name, Value value) {
    if (name->equals("default_factory")) {
        as_default_dict(self)->default_factory = value.is_absent() ? Value::none() : value;
        return 0;
    }
    return generic_setattr(interp, self, name, value);
}

} // namespace

Type* make_defaultdict_type(Interpreter& interp) {
    Type* t = make_builtin_type(interp, "defaultdict", interp.types.dict, sizeof(DefaultDict),
                                TypeBaseType);
    set_native_type_module(interp, t, "collections");
    t->slots.new_ = default_dict_new;
    t->slots.init = default_dict_init;
    t->slots.repr = default_dict_repr;
    t->slots.getattr = default_dict_getattr;
    t->slots.setattr = default_dict_setattr;
    t->slots.trace = trace_default_dict;
    add_method(interp, t, "__missing__", default_dict_missing);
    add_method(interp, t, "copy", default_dict_copy);
    add_method(interp, t, "__copy__", default_dict_copy);
    return t;
}

} // namespace coil::modules
