// types.ModuleType(name, doc=None) (see module_constructor.hpp).
#include "vm/module_constructor.hpp"

#include "vm/dict.hpp"
#include "vm/module.hpp"
#include "vm/native_function.hpp"
#include "vm/str.hpp"
#include "vm/type.hpp"

#include <string>

namespace coil::vm {

Value new_module(Interpreter& interp, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    if (type != interp.types.module) {
        return interp.raise_format(interp.exceptions.type_error, "cannot create '%s' instances",
                                   std::string(type->name->view()).c_str());
    }
    Value bound[2];
    if (!bind_native_args(interp, "module", args, nargs, kwnames, {"name", "doc"}, 1, 0, bound)) {
        return Value::error();
    }
    if (!is_str(bound[0])) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "module() argument 'name' must be str, not %s",
                                   std::string(type_name(interp, bound[0])).c_str());
    }
    Module* m = Module::make(interp, interp.intern(as_str(bound[0])));
    if (!bound[1].is_absent()) m->dict->set(interp, interp.names.dunder_doc, bound[1]);
    for (const char* name : {"__package__", "__loader__", "__spec__"}) {
        m->dict->set(interp, interp.intern(name), Value::none());
    }
    return m->value();
}

} // namespace coil::vm
