// The parser's entry points: a whole file, one expression (eval), or one interactive input.
#pragma once
#include "common/arena.hpp"
#include "common/diagnostic.hpp"
#include "common/source_file.hpp"
#include "front/ast.hpp"

#include <optional>

namespace coil::front {

enum class ParseMode { File, Expression, Interactive };

struct ParseResult {
    ast::Module* module = nullptr;      // null when there was an error
    std::optional<SyntaxDiagnostic> error;
    // Interactive mode only: the input is a valid prefix ("if x:", "(1,", an open
    // triple-quoted string); the REPL should read another line rather than report an error.
    bool incomplete = false;
};

// Lexes and parses; the AST lives in `arena`. Does not run the validator.
ParseResult parse(const SourceFile& file, ParseMode mode, Arena& arena);

} // namespace coil::front
