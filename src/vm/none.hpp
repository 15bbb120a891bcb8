// The singletons None, NotImplemented and Ellipsis and their classes.
#pragma once
#include "vm/interpreter.hpp"

namespace coil::vm {

void init_none_types(Interpreter& interp);

} // namespace coil::vm
