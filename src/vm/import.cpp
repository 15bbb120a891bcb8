// Imports of modules already in sys.modules and of the native modules made on first import.
#include "vm/import.hpp"

#include "vm/dict.hpp"
#include "vm/list.hpp"
#include "vm/module.hpp"
#include "vm/ops.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <string>

namespace coil::vm {

Value import_name(Interpreter& interp, Str* name, Value fromlist, Value level) {
    if (!level.is_small_int() || level.as_small_int() != 0) {
        return interp.raise(interp.exceptions.import_error,
                            "attempted relative import with no known parent package");
    }
    const std::string_view full = name->view();
    Value top = Value::absent();
    Value module = Value::absent();
    size_t start = 0;
    for (;;) {
        const size_t dot = full.find('.', start);
        const std::string_view prefix = full.substr(0, dot);
        Str* key = interp.intern(prefix);
        module = interp.modules->get(key);
        if (module.is_absent()) {
            const auto factory = interp.native_modules.find(std::string(prefix));
            if (factory != interp.native_modules.end()) {
                Module* made = factory->second(interp);
                if (!made) return Value::error();
                register_module(interp, made);
                module = made->value();
            }
        }
        if (module.is_absent()) {
            if (start == 0) {
                return interp.raise_format(interp.exceptions.module_not_found_error,
                                           "No module named '%s'", std::string(prefix).c_str());
            }
            // Only packages have submodules, and no module loaded natively is a package.
            const std::string parent(full.substr(0, start - 1));
            return interp.raise_format(interp.exceptions.module_not_found_error,
                                       "No module named '%s'; '%s' is not a package",
                                       std::string(prefix).c_str(), parent.c_str());
        }
        if (top.is_absent()) top = module;
        if (dot == std::string_view::npos) break;
        start = dot + 1;
    }
    const bool has_fromlist = is_tuple(fromlist) && as_tuple(fromlist)->size() > 0;
    return has_fromlist ? module : top;
}

Value import_from(Interpreter& interp, Value module, Str* name) {
    const Value v = ops::get_attr_optional(interp, module, name);
    if (!v.is_absent()) return v;
    Value module_name = ops::get_attr_optional(interp, module, interp.names.dunder_name);
    if (module_name.is_error()) return module_name;
    const std::string shown =
        is_str(module_name) ? std::string(as_str(module_name)->view()) : "<unknown module name>";
    return interp.raise_format(interp.exceptions.import_error,
                               "cannot import name '%s' from '%s' (unknown location)",
                               std::string(name->view()).c_str(), shown.c_str());
}

bool import_star(Interpreter& interp, Value module, Dict* locals) {
    const Value all = ops::get_attr_optional(interp, module, interp.intern("__all__"));
    if (all.is_error()) return false;
    if (!all.is_absent()) {
        const Value it = ops::get_iter(interp, all);
        if (it.is_error()) return false;
        Rooted keep(interp.shadow_roots(), it);
        for (;;) {
            const Value key = ops::iter_next(interp, it);
            if (key.is_error()) return false;
            if (key.is_absent()) return true;
            if (!is_str(key)) {
                interp.raise_format(interp.exceptions.type_error,
                                    "Item in %s.__all__ must be str, not %s", "module",
                                    std::string(type_name(interp, key)).c_str());
                return false;
            }
            const Value v = ops::get_attr(interp, module, as_str(key));
            if (v.is_error()) return false;
            locals->set(interp, as_str(key), v);
        }
    }
    const Value dict = ops::get_attr(interp, module, interp.names.dunder_dict);
    if (dict.is_error()) return false;
    if (!is_dict(dict)) return true;
    size_t pos = 0;
    Value k, v;
    while (as_dict(dict)->next(pos, &k, &v)) {
        if (is_str(k) && !as_str(k)->view().starts_with('_')) locals->set(interp, as_str(k), v);
    }
    return true;
}

} // namespace coil::vm
