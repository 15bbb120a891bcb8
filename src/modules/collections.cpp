// The collections module: deque, defaultdict and OrderedDict (Counter and namedtuple come
// with classes).
#include "modules/collections.hpp"
#include "modules/module_builder.hpp"

namespace coil::modules {

using namespace coil::vm;

Module* make_collections_module(Interpreter& interp) {
    Module* m = make_module(interp, "_collections");
    module_set(interp, m, "deque", make_deque_type(interp)->value());
    module_set(interp, m, "defaultdict", make_defaultdict_type(interp)->value());
    module_set(interp, m, "OrderedDict", make_ordereddict_type(interp)->value());
    return m;
}

} // namespace coil::modules
