// types.GenericAlias (list[int]) and types.UnionType (int | None), which annotations create.
#pragma once
#include "vm/interpreter.hpp"

namespace coil::vm {

void init_generic_alias_types(Interpreter& interp);

} // namespace coil::vm
