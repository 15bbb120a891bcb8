// What one run of the parser shares between the lexer, the grammar actions and error reporting.
#pragma once
#include "common/arena.hpp"
#include "common/diagnostic.hpp"
#include "common/source_file.hpp"
#include "front/ast.hpp"
#include "front/parse.hpp"

#include <optional>
#include <string>

namespace coil::front {

class Lexer;
class AstBuilder;

struct ParseState {
    ParseState(const SourceFile& f, Arena& a, ParseMode m) : file(f), arena(a), mode(m) {}

    const SourceFile& file;
    Arena& arena;
    ParseMode mode;
    Lexer* lexer = nullptr;
    AstBuilder* builder = nullptr;
    std::optional<SyntaxDiagnostic> error;
    bool incomplete = false;
    ast::Module* module = nullptr;
    // The error came from the tokenizer itself (it already saw everything it needs).
    bool from_tokenizer = false;
    // CPython tokenizes the rest of the input after a parser error, and a tokenizer error
    // found there wins; "unexpected indent" is exempt.
    bool rescan = true;

    void fail(SyntaxErrorKind kind, std::string message, Span span) {
        if (!error) error = SyntaxDiagnostic{kind, std::move(message), span};
    }
    void fail(std::string message, Span span) {
        fail(SyntaxErrorKind::SyntaxError, std::move(message), span);
    }
    // A syntax error at a token without a column (see SyntaxDiagnostic::no_column).
    void fail_without_column(std::string message, Span span) {
        if (error) return;
        fail(std::move(message), span);
        error->no_column = true;
    }
};

// Parses the expression of an f-string field; `text` is "(expr)" and its first byte sits at
// file offset `base` (where the field's '{' is), as CPython re-parses fields.
ast::Expr* parse_fstring_field(ParseState& outer, const std::string& text, uint32_t base);

} // namespace coil::front
