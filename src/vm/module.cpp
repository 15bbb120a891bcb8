// module: creation, attribute access through the namespace dict, repr and registration.
#include "vm/module.hpp"

#include "vm/compile_hook.hpp"
#include "vm/dict.hpp"
#include "vm/module_constructor.hpp"
#include "vm/ops.hpp"
#include "vm/str.hpp"
#include "vm/type.hpp"

#include <string>

namespace coil::vm {

Module* Module::make(Interpreter& interp, Str* name) {
    Module* m = interp.heap().make<Module>(interp.types.module);
    m->name = name;
    m->dict = Dict::make(interp);
    m->dict->set(interp, interp.names.dunder_name, name->value());
    m->dict->set(interp, interp.names.dunder_doc, Value::none());
    return m;
}

void register_module(Interpreter& interp, Module* module) {
    interp.modules->set(interp, module->name, module->value());
}

const EmbeddedModule* find_embedded_module(const Interpreter& interp, std::string_view name) {
    for (size_t i = 0; i < interp.embedded_module_count; ++i) {
        if (interp.embedded_modules[i].name == name) return &interp.embedded_modules[i];
    }
    return nullptr;
}

namespace {

void trace_module(Object* self, Tracer& tracer) {
    auto* m = static_cast<Module*>(self);
    tracer.mark(m->dict);
    tracer.mark(m->name);
}

// A module's own __getattr__ (PEP 562) answers for names its namespace lacks.
Value module_getattr(Interpreter& interp, Value self, Str* name, bool suppress_missing) {
    auto* m = static_cast<Module*>(self.as_object());
    Value v = m->dict->get(name);
    if (!v.is_absent()) return v;
    if (name == interp.names.dunder_dict) return m->dict->value();
    v = generic_getattr(interp, self, name, true);
    if (!v.is_absent()) return v;
    const Value hook = m->dict->get(interp.names.dunder_getattr);
    if (!hook.is_absent()) {
        v = ops::call1(interp, hook, name->value());
        if (v.is_error() && suppress_missing &&
            interp.pending_matches(interp.exceptions.attribute_error)) {
            interp.clear_pending();
            return Value::absent();
        }
        return v;
    }
    if (suppress_missing) return v;
    const std::string module_name(m->name->view());
    const std::string attribute(name->view());
    if (m->initializing) {
        return interp.raise_format(interp.exceptions.attribute_error,
                                   "partially initialized module '%s' has no attribute '%s' (most "
                                   "likely due to a circular import)",
                                   module_name.c_str(), attribute.c_str());
    }
    return interp.raise_format(interp.exceptions.attribute_error,
                               "module '%s' has no attribute '%s'", module_name.c_str(),
                               attribute.c_str());
}

int module_setattr(Interpreter& interp, Value self, Str* name, Value value) {
    if (name == interp.names.dunder_class) return generic_setattr(interp, self, name, value);
    auto* m = static_cast<Module*>(self.as_object());
    if (value.is_absent()) {
        if (!m->dict->remove(name)) {
            interp.raise_format(interp.exceptions.attribute_error,
                                "'module' object has no attribute '%s'",
                                std::string(name->view()).c_str());
            return -1;
        }
        return 0;
    }
    m->dict->set(interp, name, value);
    return 0;
}

// CPython's forms: "from '<file>'" for modules loaded from files, "(namespace)" for
// namespace packages, "(frozen)" for the embedded stdlib, "(built-in)" for native modules.
Value module_repr(Interpreter& interp, Value self) {
    auto* m = static_cast<Module*>(self.as_object());
    const Value file = m->dict->get(interp.intern("__file__"));
    std::string text = "<module '" + std::string(m->name->view()) + "'";
    if (is_str(file)) {
        text += " from '" + std::string(as_str(file)->view()) + "'>";
    } else if (!m->dict->get(interp.intern("__path__")).is_absent()) {
        text += " (namespace)>";
    } else if (find_embedded_module(interp, m->name->view())) {
        text += " (frozen)>";
    } else {
        text += " (built-in)>";
    }
    return Str::make(interp, text)->value();
}

} // namespace

void init_module_type(Interpreter& interp) {
    Type* t = make_builtin_type(interp, "module", interp.types.object, sizeof(Module),
                                TypeBaseType | TypeHasDict);
    t->dict_offset = field_offset(&Module::dict);
    t->slots.getattr = module_getattr;
    t->slots.setattr = module_setattr;
    t->slots.repr = module_repr;
    t->slots.trace = trace_module;
    t->slots.new_ = new_module;
    t->slots.init = nullptr;
    interp.types.module = t;
}

} // namespace coil::vm
