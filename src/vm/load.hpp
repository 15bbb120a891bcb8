// The loader: turns the compiler's plain CodeUnit tree into garbage-collected CodeObjects.
#pragma once
#include "common/code_unit.hpp"
#include "vm/interpreter.hpp"

namespace coil::vm {

struct CodeObject;

// nullptr with an exception pending when a constant cannot be made (e.g. a literal of a type
// the runtime does not have yet).
CodeObject* load_code(Interpreter& interp, const CodeUnit& unit);

} // namespace coil::vm
