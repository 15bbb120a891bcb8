// The compile-time errors CPython's compile.c raises while generating code: statements and
// expressions in the wrong place, `__debug__` assignments, repeated keywords, starred targets.
#pragma once
#include "common/diagnostic.hpp"
#include "common/source_file.hpp"
#include "compiler/symtable.hpp"
#include "front/ast.hpp"

#include <cstdint>
#include <optional>

namespace coil::compiler {

// Walks the module in compile.c's visiting order and returns its first error. `future_start`
// is one past the byte offset of the last leading `from __future__` import (0 when none).
std::optional<SyntaxDiagnostic> check_compile_rules(const ast::Module& module,
                                                    const SymbolTable& table,
                                                    const SourceFile& file, uint32_t future_start);

} // namespace coil::compiler
