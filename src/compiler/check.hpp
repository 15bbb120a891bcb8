// Every check CPython's compile() makes, without generating code: `coil --check`.
#pragma once
#include "common/diagnostic.hpp"
#include "common/source_file.hpp"

#include <optional>

namespace coil::compiler {

// Lexing, parsing, validation, the symbol-table pass and __future__ rules, in CPython's order.
std::optional<SyntaxDiagnostic> check_source(const SourceFile& file);

} // namespace coil::compiler
