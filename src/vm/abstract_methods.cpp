// The abstract-class check of object.__new__ (see abstract_methods.hpp).
#include "vm/abstract_methods.hpp"

#include "vm/dict.hpp"
#include "vm/heap.hpp"
#include "vm/ops.hpp"
#include "vm/str.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace coil::vm {

bool refuse_abstract_class(Interpreter& interp, Type* type) {
    if (!type->has_flag(TypeHeap)) return false;
    const Value abstract = type->dict->get(interp.intern("__abstractmethods__"));
    if (abstract.is_absent()) return false;
    Rooted keep_abstract(interp.shadow_roots(), abstract);
    const int any = ops::truthy(interp, abstract);
    if (any <= 0) return any < 0;
    const Value iterator = ops::get_iter(interp, abstract);
    if (iterator.is_error()) return true;
    Rooted keep_iterator(interp.shadow_roots(), iterator);
    std::vector<std::string> names;
    for (;;) {
        const Value name = ops::iter_next(interp, iterator);
        if (name.is_error()) return true;
        if (name.is_absent()) break;
        Str* text = ops::str(interp, name);
        if (!text) return true;
        names.emplace_back(text->view());
    }
    std::sort(names.begin(), names.end());
    std::string joined;
    for (const std::string& name : names) {
        if (!joined.empty()) joined += ", ";
        joined += name;
    }
    interp.raise_format(interp.exceptions.type_error,
                        "Can't instantiate abstract class %s with abstract method%s %s",
                        std::string(type->name->view()).c_str(), names.size() > 1 ? "s" : "",
                        joined.c_str());
    return true;
}

} // namespace coil::vm
