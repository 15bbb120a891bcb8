// The bytecode compiler: a validated AST plus its symbol table become a tree of CodeUnits.
#pragma once
#include "common/code_unit.hpp"
#include "common/diagnostic.hpp"
#include "common/source_file.hpp"
#include "compiler/symtable.hpp"
#include "front/ast.hpp"

#include <memory>
#include <optional>

namespace coil::compiler {

struct CompileResult {
    std::unique_ptr<CodeUnit> code; // null when there was an error
    std::optional<SyntaxDiagnostic> error;
};

// Compiles module code (`<module>`). `source` is kept by every code unit for tracebacks.
// Reports what CPython's compiler reports ("'break' outside loop", ...) as a SyntaxError.
CompileResult compile_module(const ast::Module& module, const SymbolTable& symtable,
                             std::shared_ptr<const SourceFile> source);

} // namespace coil::compiler
