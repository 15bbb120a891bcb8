// The validator: what CPython's grammar and ast.c reject after a successful parse
// (assignment targets, argument order, misplaced starred expressions, ...).
#pragma once
#include "common/diagnostic.hpp"
#include "front/ast.hpp"

#include <optional>

namespace coil::front {

// Returns the first error in source order, with CPython's message and location.
std::optional<SyntaxDiagnostic> validate(const ast::Module& module);

} // namespace coil::front
