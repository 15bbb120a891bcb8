// Python functions, cells and bound methods: their types, attributes and call slots.
#include "vm/function.hpp"

#include "vm/call.hpp"
#include "vm/code.hpp"
#include "vm/descriptor.hpp"
#include "vm/dict.hpp"
#include "vm/heap.hpp"
#include "vm/method_constructor.hpp"
#include "vm/ops.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <cstdio>
#include <vector>

namespace coil::vm {

Function* make_function(Interpreter& interp, CodeObject* code, Dict* globals) {
    Function* f = interp.heap().make<Function>(interp.types.function);
    f->code = code;
    f->globals = globals;
    f->builtins = interp.builtins;
    f->name = code->name;
    f->qualname = code->qualname;
    if (!code->constants.empty() && is_str(code->constants[0])) f->doc = code->constants[0];
    Value module = globals->get(interp.names.dunder_name);
    if (!module.is_absent()) f->module = module;
    return f;
}

Cell* make_cell(Interpreter& interp, Value contents) {
    Cell* c = interp.heap().make<Cell>(interp.types.cell);
    c->contents = contents;
    return c;
}

Method* make_method(Interpreter& interp, Value function, Value self) {
    Method* m = interp.heap().make<Method>(interp.types.method);
    m->function = function;
    m->self = self;
    return m;
}

namespace {

Value function_call(Interpreter& interp, Value callable, const Value* args, size_t nargs,
                    Tuple* kwnames) {
    return call_function(interp, as_function(callable), args, nargs, kwnames);
}

Value function_repr(Interpreter& interp, Value self) {
    char buf[64];
    std::snprintf(buf, sizeof buf, " at %#llx>",
                  static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(self.as_object())));
    return Str::make(interp, "<function " + std::string(as_function(self)->qualname->view()) + buf)
        ->value();
}

Value function_getattr(Interpreter& interp, Value self, Str* name, bool suppress_missing) {
    Function* f = as_function(self);
    if (name->equals("__name__")) return f->name->value();
    if (name->equals("__qualname__")) return f->qualname->value();
    if (name->equals("__doc__")) return f->doc;
    if (name->equals("__module__")) return f->module;
    if (name->equals("__defaults__")) return f->defaults ? f->defaults->value() : Value::none();
    if (name->equals("__kwdefaults__")) {
        return f->kwdefaults ? f->kwdefaults->value() : Value::none();
    }
    if (name->equals("__closure__")) return f->closure ? f->closure->value() : Value::none();
    if (name->equals("__globals__")) return f->globals->value();
    if (name->equals("__code__")) return f->code->value();
    if (name->equals("__builtins__")) return f->builtins->value();
    if (name->equals("__annotations__")) {
        if (!f->annotations) f->annotations = Dict::make(interp);
        return f->annotations->value();
    }
    if (name->equals("__dict__")) {
        if (!f->dict) f->dict = Dict::make(interp);
        return f->dict->value();
    }
    if (f->dict) {
        Value v = f->dict->get(name);
        if (!v.is_absent()) return v;
    }
    return generic_getattr(interp, self, name, suppress_missing);
}

int function_setattr(Interpreter& interp, Value self, Str* name, Value value) {
    Function* f = as_function(self);
    if (name->equals("__name__") || name->equals("__qualname__")) {
        if (!is_str(value)) {
            interp.raise_format(interp.exceptions.type_error,
                                "__%s__ must be set to a string object",
                                name->equals("__name__") ? "name" : "qualname");
            return -1;
        }
        (name->equals("__name__") ? f->name : f->qualname) = as_str(value);
        return 0;
    }
    if (name->equals("__doc__")) {
        f->doc = value.is_absent() ? Value::none() : value;
        return 0;
    }
    if (name->equals("__module__")) {
        f->module = value.is_absent() ? Value::none() : value;
        return 0;
    }
    if (name->equals("__defaults__")) {
        if (value.is_absent() || value.is_none()) {
            f->defaults = nullptr;
        } else if (is_tuple(value)) {
            f->defaults = as_tuple(value);
        } else {
            interp.raise_type_error("__defaults__ must be set to a tuple object");
            return -1;
        }
        return 0;
    }
    if (name->equals("__kwdefaults__")) {
        if (value.is_absent() || value.is_none()) {
            f->kwdefaults = nullptr;
        } else if (is_dict(value)) {
            f->kwdefaults = as_dict(value);
        } else {
            interp.raise_type_error("__kwdefaults__ must be set to a dict object");
            return -1;
        }
        return 0;
    }
    if (name->equals("__code__")) {
        if (!is_code(interp, value)) {
            interp.raise_type_error("__code__ must be set to a code object");
            return -1;
        }
        f->code = static_cast<CodeObject*>(value.as_object());
        return 0;
    }
    if (name->equals("__annotations__")) {
        if (value.is_absent() || value.is_none()) {
            f->annotations = nullptr;
        } else if (is_dict(value)) {
            f->annotations = as_dict(value);
        } else {
            interp.raise_type_error("__annotations__ must be set to a dict object");
            return -1;
        }
        return 0;
    }
    if (value.is_absent()) {
        if (!f->dict || !f->dict->remove(name)) {
            interp.raise_format(interp.exceptions.attribute_error,
                                "'function' object has no attribute '%s'",
                                std::string(name->view()).c_str());
            return -1;
        }
        return 0;
    }
    if (!f->dict) f->dict = Dict::make(interp);
    f->dict->set(interp, name, value);
    return 0;
}

Value function_descr_get(Interpreter& interp, Value self, Value instance, Value owner) {
    if (instance.is_absent()) return self;
    return make_method(interp, self, instance)->value();
}

void function_trace(Object* self, Tracer& tracer) {
    auto* f = static_cast<Function*>(self);
    tracer.mark(f->code);
    tracer.mark(f->globals);
    tracer.mark(f->builtins);
    tracer.mark(f->defaults);
    tracer.mark(f->kwdefaults);
    tracer.mark(f->closure);
    tracer.mark(f->name);
    tracer.mark(f->qualname);
    tracer.mark(f->doc);
    tracer.mark(f->module);
    tracer.mark(f->dict);
    tracer.mark(f->annotations);
}

void cell_trace(Object* self, Tracer& tracer) {
    tracer.mark(static_cast<Cell*>(self)->contents);
}

Value method_call(Interpreter& interp, Value callable, const Value* args, size_t nargs,
                  Tuple* kwnames) {
    Method* m = as_method(callable);
    Value small[8];
    std::vector<Value> big;
    Value* all = small;
    if (nargs + 1 > 8) {
        big.resize(nargs + 1);
        all = big.data();
    }
    all[0] = m->self;
    for (size_t i = 0; i < nargs; ++i) all[i + 1] = args[i];
    return ops::call(interp, m->function, all, nargs + 1, kwnames);
}

Value method_repr(Interpreter& interp, Value self) {
    Method* m = as_method(self);
    Value qualname = ops::get_attr_optional(interp, m->function, interp.names.dunder_qualname);
    if (qualname.is_error()) return qualname;
    Str* self_repr = ops::repr(interp, m->self);
    if (!self_repr) return Value::error();
    std::string name = is_str(qualname) ? std::string(as_str(qualname)->view()) : "?";
    return Str::make(interp,
                     "<bound method " + name + " of " + std::string(self_repr->view()) + ">")
        ->value();
}

// __self__ and __func__, then the function's own attributes (__name__, __doc__, ...).
Value method_getattr(Interpreter& interp, Value self, Str* name, bool suppress_missing) {
    Method* m = as_method(self);
    if (name == interp.names.dunder_self) return m->self;
    if (name->equals("__func__")) return m->function;
    if (name == interp.names.dunder_class) return interp.types.method->value();
    // Everything else is the function's, errors included.
    return suppress_missing ? ops::get_attr_optional(interp, m->function, name)
                            : ops::get_attr(interp, m->function, name);
}

// Bound methods are equal when they bind the same object to equal functions.
Value method_richcompare(Interpreter& interp, Value self, Value other, CompareOp op) {
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || !is_method(interp, other)) {
        return interp.not_implemented;
    }
    Method* a = as_method(self);
    Method* b = as_method(other);
    int eq = a->self == b->self ? ops::equals(interp, a->function, b->function) : 0;
    if (eq < 0) return Value::error();
    return Value::from_bool((eq == 1) == (op == CompareOp::Eq));
}

int64_t method_hash(Interpreter& interp, Value self) {
    Method* m = as_method(self);
    const int64_t f = ops::hash(interp, m->function);
    if (f == -1) return -1;
    const int64_t s = m->self.is_object() ? static_cast<int64_t>(
                                                reinterpret_cast<uintptr_t>(m->self.as_object()) >> 4)
                                          : ops::hash(interp, m->self);
    const int64_t h = f ^ s;
    return h == -1 ? -2 : h;
}

void method_trace(Object* self, Tracer& tracer) {
    auto* m = static_cast<Method*>(self);
    tracer.mark(m->function);
    tracer.mark(m->self);
}

Value cell_getattr(Interpreter& interp, Value self, Str* name, bool suppress_missing) {
    if (name->equals("cell_contents")) {
        const Value contents = static_cast<Cell*>(self.as_object())->contents;
        if (!contents.is_absent()) return contents;
        return interp.raise(interp.exceptions.value_error, "Cell is empty");
    }
    return generic_getattr(interp, self, name, suppress_missing);
}

} // namespace

// Entries in the function class's namespace, so that dir() and vars(type(f)) show the
// attributes function_getattr computes.
#define COIL_FUNCTION_GETTER(attr)                                                                 \
    [](Interpreter& interp, Value self) {                                                          \
        return function_getattr(interp, self, interp.intern(attr), false);                         \
    }

void add_function_getters(Interpreter& interp, Type* f) {
    add_getter(interp, f, "__code__", COIL_FUNCTION_GETTER("__code__"));
    add_getter(interp, f, "__defaults__", COIL_FUNCTION_GETTER("__defaults__"));
    add_getter(interp, f, "__kwdefaults__", COIL_FUNCTION_GETTER("__kwdefaults__"));
    add_getter(interp, f, "__globals__", COIL_FUNCTION_GETTER("__globals__"));
    add_getter(interp, f, "__builtins__", COIL_FUNCTION_GETTER("__builtins__"));
    add_getter(interp, f, "__closure__", COIL_FUNCTION_GETTER("__closure__"));
    add_getter(interp, f, "__name__", COIL_FUNCTION_GETTER("__name__"));
    add_getter(interp, f, "__qualname__", COIL_FUNCTION_GETTER("__qualname__"));
    add_getter(interp, f, "__annotations__", COIL_FUNCTION_GETTER("__annotations__"));
    add_getter(interp, f, "__dict__", COIL_FUNCTION_GETTER("__dict__"));
    add_getter(interp, f, "__module__", COIL_FUNCTION_GETTER("__module__"));
    add_getter(interp, f, "__doc__", COIL_FUNCTION_GETTER("__doc__"));
}

#undef COIL_FUNCTION_GETTER

void init_function_types(Interpreter& interp) {
    Type* f = make_builtin_type(interp, "function", interp.types.object, sizeof(Function), 0);
    f->slots.call = function_call;
    f->slots.repr = function_repr;
    f->slots.getattr = function_getattr;
    f->slots.setattr = function_setattr;
    f->slots.descr_get = function_descr_get;
    f->slots.trace = function_trace;
    interp.types.function = f;

    Type* c = make_builtin_type(interp, "cell", interp.types.object, sizeof(Cell), 0);
    c->slots.trace = cell_trace;
    c->slots.getattr = cell_getattr;
    interp.types.cell = c;

    Type* m = make_builtin_type(interp, "method", interp.types.object, sizeof(Method), 0);
    m->slots.call = method_call;
    m->slots.new_ = new_method;
    m->slots.repr = method_repr;
    m->slots.getattr = method_getattr;
    m->slots.richcompare = method_richcompare;
    m->slots.hash = method_hash;
    m->slots.trace = method_trace;
    interp.types.method = m;
}

} // namespace coil::vm
