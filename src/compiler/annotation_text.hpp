// The source text CPython stores for an annotation under `from __future__ import annotations`
// (ast_unparse.c), for the expression forms annotations are written in.
#pragma once
#include "front/ast.hpp"

#include <optional>
#include <string>

namespace coil::compiler {

// ast_unparse.c's rendering of `e`: names, attributes, subscripts, `|` unions, lists, tuples
// and simple constants. std::nullopt for any other form, which coil cannot render yet.
std::optional<std::string> annotation_text(const ast::Expr* e);

} // namespace coil::compiler
