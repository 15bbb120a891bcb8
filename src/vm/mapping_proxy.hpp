// mappingproxy: the read-only view of a mapping that a class's __dict__ returns (and that
// types.MappingProxyType makes), so a class namespace changes only through setattr.
#pragma once
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

namespace coil::vm {

struct MappingProxy : Object {
    Value mapping = Value::none();
};

// A read-only view of `mapping` (a class's dict).
Value make_mapping_proxy(Interpreter& interp, Value mapping);

void init_mapping_proxy_type(Interpreter& interp);

} // namespace coil::vm
