// Builtin functions and method descriptors: calling, binding and the argument checks.
#include "vm/native_function.hpp"

#include "vm/dict.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <cstdio>
#include <string>
#include <vector>

namespace coil::vm {

namespace {

void trace_native(Object* self, Tracer& tracer) {
    auto* f = static_cast<NativeFunction*>(self);
    tracer.mark(f->name);
    tracer.mark(f->owner);
    tracer.mark(f->self);
    tracer.mark(f->module);
}

size_t positional_count(size_t nargs, Tuple* kwnames) {
    return kwnames ? nargs - kwnames->size() : nargs;
}

Value builtin_function_call(Interpreter& interp, Value callable, const Value* args, size_t nargs,
                            Tuple* kwnames) {
    return call_native(interp, static_cast<NativeFunction*>(callable.as_object()), args,
                       positional_count(nargs, kwnames), kwnames);
}

Value method_descriptor_call(Interpreter& interp, Value callable, const Value* args, size_t nargs,
                             Tuple* kwnames) {
    auto* f = static_cast<NativeFunction*>(callable.as_object());
    nargs = positional_count(nargs, kwnames);
    if (f->flags & NativeMethod) {
        std::string name(f->name->view());
        std::string owner(f->owner->name->view());
        if (nargs == 0) {
            return interp.raise_format(interp.exceptions.type_error,
                                       "unbound method %s.%s() needs an argument", owner.c_str(),
                                       name.c_str());
        }
        if (!is_instance(interp, args[0], f->owner)) {
            return interp.raise_format(
                interp.exceptions.type_error,
                "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name.c_str(),
                owner.c_str(), std::string(type_name(interp, args[0])).c_str());
        }
    }
    return f->fn(interp, args, nargs, kwnames);
}

NativeFunction* bind(Interpreter& interp, NativeFunction* f, Value self) {
    NativeFunction* bound = interp.heap().make<NativeFunction>(interp.types.builtin_function);
    bound->fn = f->fn;
    bound->name = f->name;
    bound->owner = f->owner;
    bound->self = self;
    bound->flags = f->flags;
    return bound;
}

Value method_descriptor_get(Interpreter& interp, Value self, Value instance, Value owner) {
    auto* f = static_cast<NativeFunction*>(self.as_object());
    if (f->flags & NativeClassMethod) {
        Value cls = instance.is_absent() ? owner : type_of(interp, instance)->value();
        return bind(interp, f, cls)->value();
    }
    if ((f->flags & NativeStaticMethod) || instance.is_absent()) return self;
    return bind(interp, f, instance)->value();
}

std::string address_of(Value v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%p", static_cast<void*>(v.as_object()));
    return buffer;
}

Value builtin_function_repr(Interpreter& interp, Value self) {
    auto* f = static_cast<NativeFunction*>(self.as_object());
    std::string text;
    if (f->self.is_absent()) {
        text = "<built-in function " + std::string(f->name->view()) + ">";
    } else if (f->self.is_object()) {
        text = "<built-in method " + std::string(f->name->view()) + " of " +
               std::string(type_name(interp, f->self)) + " object at " + address_of(f->self) + ">";
    } else {
        // Immediates (ints, floats, None) have no address of their own.
        text = "<built-in method " + std::string(f->name->view()) + " of " +
               std::string(type_name(interp, f->self)) + " object>";
    }
    return Str::make(interp, text)->value();
}

Value method_descriptor_repr(Interpreter& interp, Value self) {
    auto* f = static_cast<NativeFunction*>(self.as_object());
    std::string text = "<method '" + std::string(f->name->view()) + "' of '" +
                       std::string(f->owner->name->view()) + "' objects>";
    return Str::make(interp, text)->value();
}

Value builtin_function_getattr(Interpreter& interp, Value self, Str* name, bool suppress) {
    auto* f = static_cast<NativeFunction*>(self.as_object());
    if (name == interp.names.dunder_name) return f->name->value();
    if (name == interp.names.dunder_qualname) {
        if (!f->owner) return f->name->value();
        std::string q = std::string(f->owner->name->view()) + "." + std::string(f->name->view());
        return Str::make(interp, q)->value();
    }
    if (name == interp.names.dunder_module) return f->module;
    if (name == interp.intern("__self__")) {
        return f->self.is_absent() ? (f->owner ? f->owner->value() : Value::none()) : f->self;
    }
    return generic_getattr(interp, self, name, suppress);
}

std::string plural(size_t n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

} // namespace

NativeFunction* make_native_function(Interpreter& interp, std::string_view name, NativeFn fn,
                                     Value module) {
    NativeFunction* f = interp.heap().make<NativeFunction>(interp.types.builtin_function);
    f->fn = fn;
    f->name = interp.intern(name);
    f->module = module;
    return f;
}

void add_method(Interpreter& interp, Type* type, std::string_view name, NativeFn fn,
                uint32_t flags) {
    NativeFunction* f = interp.heap().make<NativeFunction>(interp.types.method_descriptor);
    f->fn = fn;
    f->name = interp.intern(name);
    f->owner = type;
    f->flags = flags;
    type->dict->set(interp, f->name, f->value());
}

Value call_native(Interpreter& interp, NativeFunction* f, const Value* args, size_t nargs,
                  Tuple* kwnames) {
    if (f->self.is_absent()) return f->fn(interp, args, nargs, kwnames);
    size_t total = nargs + (kwnames ? kwnames->size() : 0);
    Value small[8];
    std::vector<Value> large;
    Value* with_self = small;
    if (total + 1 > 8) {
        large.resize(total + 1);
        with_self = large.data();
    }
    with_self[0] = f->self;
    for (size_t i = 0; i < total; ++i) with_self[i + 1] = args[i];
    return f->fn(interp, with_self, nargs + 1, kwnames);
}

bool reject_keywords(Interpreter& interp, std::string_view fname, Tuple* kwnames) {
    if (!kwnames || kwnames->size() == 0) return true;
    interp.raise_format(interp.exceptions.type_error, "%s() takes no keyword arguments",
                        std::string(fname).c_str());
    return false;
}

bool check_arity(Interpreter& interp, std::string_view fname, size_t nargs, size_t min,
                 size_t max) {
    if (nargs >= min && nargs <= max) return true;
    std::string name(fname);
    if (min == max) {
        interp.raise_format(interp.exceptions.type_error, "%s expected %s, got %zu", name.c_str(),
                            plural(min, "argument").c_str(), nargs);
    } else if (nargs < min) {
        interp.raise_format(interp.exceptions.type_error, "%s expected at least %s, got %zu",
                            name.c_str(), plural(min, "argument").c_str(), nargs);
    } else {
        interp.raise_format(interp.exceptions.type_error, "%s expected at most %s, got %zu",
                            name.c_str(), plural(max, "argument").c_str(), nargs);
    }
    return false;
}

bool check_one_arg(Interpreter& interp, std::string_view fname, size_t nargs) {
    if (nargs == 1) return true;
    interp.raise_format(interp.exceptions.type_error, "%s() takes exactly one argument (%zu given)",
                        std::string(fname).c_str(), nargs);
    return false;
}

bool check_no_args(Interpreter& interp, std::string_view fname, size_t nargs) {
    if (nargs == 0) return true;
    interp.raise_format(interp.exceptions.type_error, "%s() takes no arguments (%zu given)",
                        std::string(fname).c_str(), nargs);
    return false;
}

bool bind_native_args(Interpreter& interp, std::string_view fname, const Value* args, size_t nargs,
                      Tuple* kwnames, std::initializer_list<std::string_view> names,
                      size_t required, size_t positional_only, Value* out) {
    std::string name(fname);
    size_t count = names.size();
    if (nargs > count) {
        interp.raise_format(interp.exceptions.type_error, "%s() takes at most %s (%zu given)",
                            name.c_str(), plural(count, "argument").c_str(), nargs);
        return false;
    }
    for (size_t i = 0; i < count; ++i) out[i] = i < nargs ? args[i] : Value::absent();
    if (kwnames) {
        for (size_t k = 0; k < kwnames->size(); ++k) {
            Str* key = as_str((*kwnames)[k]);
            size_t i = 0;
            for (std::string_view n : names) {
                if (i >= positional_only && key->equals(n)) break;
                ++i;
            }
            if (i == count) {
                interp.raise_format(interp.exceptions.type_error,
                                    "%s() got an unexpected keyword argument '%s'", name.c_str(),
                                    std::string(key->view()).c_str());
                return false;
            }
            if (!out[i].is_absent()) {
                interp.raise_format(interp.exceptions.type_error,
                                    "argument for %s() given by name ('%s') and position (%zu)",
                                    name.c_str(), std::string(key->view()).c_str(), i + 1);
                return false;
            }
            out[i] = args[nargs + k];
        }
    }
    size_t i = 0;
    for (std::string_view n : names) {
        if (i < required && out[i].is_absent()) {
            interp.raise_format(interp.exceptions.type_error,
                                "%s() missing required argument '%s' (pos %zu)", name.c_str(),
                                std::string(n).c_str(), i + 1);
            return false;
        }
        ++i;
    }
    return true;
}

void init_native_function_types(Interpreter& interp) {
    Type* object = interp.types.object;
    Type* f =
        make_builtin_type(interp, "builtin_function_or_method", object, sizeof(NativeFunction), 0);
    f->slots.call = builtin_function_call;
    f->slots.repr = builtin_function_repr;
    f->slots.getattr = builtin_function_getattr;
    f->slots.trace = trace_native;
    f->slots.new_ = nullptr;
    interp.types.builtin_function = f;

    Type* d = make_builtin_type(interp, "method_descriptor", object, sizeof(NativeFunction), 0);
    d->slots.call = method_descriptor_call;
    d->slots.repr = method_descriptor_repr;
    d->slots.descr_get = method_descriptor_get;
    d->slots.getattr = builtin_function_getattr;
    d->slots.trace = trace_native;
    d->slots.new_ = nullptr;
    interp.types.method_descriptor = d;
}

} // namespace coil::vm
