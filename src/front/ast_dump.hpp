// The AST printed exactly as Python 3.11's ast.dump() prints it.
#pragma once
#include "common/source_file.hpp"
#include "front/ast.hpp"

#include <string>
#include <string_view>

namespace coil::front {

// ast.dump(tree), or ast.dump(tree, include_attributes=True) when `positions` is set (the
// positions come from `file`).
std::string dump_ast(const ast::Module& module, const SourceFile& file, bool positions = false);

// Python's repr() of the literal values a Constant can hold.
std::string repr_str(std::string_view utf8);
std::string repr_bytes(std::string_view bytes);
std::string repr_float(double value);

} // namespace coil::front
