// The disassembler: a CodeUnit tree as text, close to CPython's `dis` output (`coil --dis`).
#pragma once
#include "common/code_unit.hpp"

#include <string>

namespace coil::compiler {

// Every code unit in `code`, children after their parent, each ending with its exception
// table. Deterministic: no addresses.
std::string disassemble(const CodeUnit& code);

} // namespace coil::compiler
