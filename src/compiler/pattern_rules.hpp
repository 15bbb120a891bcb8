// The errors compile.c raises while compiling a `case` pattern: unreachable patterns, names
// bound twice or differently by alternatives, keys and values that are not literals.
#pragma once
#include "common/diagnostic.hpp"
#include "front/ast.hpp"

#include <optional>

namespace coil::compiler {

// A pattern that matches anything without binding a name: the `case _:` that needs no test.
bool is_wildcard(const ast::Pattern* pattern);

// The first error in `pattern`; `allow_irrefutable` is false for a case that is neither the
// last one nor guarded, where a capture or wildcard would make the later cases unreachable.
std::optional<SyntaxDiagnostic> check_pattern(const ast::Pattern* pattern, bool allow_irrefutable);

} // namespace coil::compiler
