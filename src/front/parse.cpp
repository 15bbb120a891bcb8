// front::parse: runs the lexer and the Bison parser over a file, an expression or REPL input.
#include "front/parse.hpp"

#include "front/ast_builder.hpp"
#include "front/lexer.hpp"
#include "front/parse_state.hpp"
#include "parser.hpp"

#include <algorithm>

namespace coil::front {

namespace {

Parser::token_kind_type start_token(ParseMode mode) {
    switch (mode) {
    case ParseMode::Expression:
        return Parser::token::TOK_START_EXPR;
    case ParseMode::Interactive:
        return Parser::token::TOK_START_REPL;
    default:
        return Parser::token::TOK_START_FILE;
    }
}

// CPython compiles one interactive input as a single statement (a line of `;`-separated simple
// statements counts as one).
std::optional<SyntaxDiagnostic> check_single_statement(const ast::Module& m,
                                                       const SourceFile& file) {
    if (m.body.size < 2) return std::nullopt;
    const uint32_t end_line = file.locate(m.body[0]->span.end).line;
    for (const ast::Stmt* s : m.body) {
        if (file.locate(s->span.begin).line > end_line) {
            return SyntaxDiagnostic{SyntaxErrorKind::SyntaxError,
                                    "multiple statements found while compiling a single statement",
                                    m.body[0]->span};
        }
    }
    return std::nullopt;
}

bool is_compound(const ast::Stmt* s) {
    switch (s->kind) {
    case ast::StmtKind::FunctionDef:
    case ast::StmtKind::AsyncFunctionDef:
    case ast::StmtKind::ClassDef:
    case ast::StmtKind::For:
    case ast::StmtKind::AsyncFor:
    case ast::StmtKind::While:
    case ast::StmtKind::If:
    case ast::StmtKind::With:
    case ast::StmtKind::AsyncWith:
    case ast::StmtKind::Try:
    case ast::StmtKind::TryStar:
    case ast::StmtKind::Match:
        return true;
    default:
        return false;
    }
}

// The REPL ends a compound statement, even a one-line one, with an empty line.
bool ends_with_empty_line(std::string_view text) {
    size_t n = text.size();
    while (n > 0 && (text[n - 1] == ' ' || text[n - 1] == '\t' || text[n - 1] == '\f')) --n;
    return n > 0 && (text[n - 1] == '\n' || text[n - 1] == '\r');
}

} // namespace

ParseResult parse(const SourceFile& file, ParseMode mode, Arena& arena) {
    ParseState state{file, arena, mode};
    Lexer lexer(file.text(), 0, file.data(), start_token(mode), mode == ParseMode::Interactive,
                arena);
    AstBuilder builder(state);
    state.lexer = &lexer;
    state.builder = &builder;
    Parser parser(state);
    const int rc = parser.parse();
    ParseResult result;
    if (lexer.wants_more() || state.incomplete) {
        result.incomplete = true;
        result.error = SyntaxDiagnostic{SyntaxErrorKind::SyntaxError,
                                        "unexpected EOF while parsing",
                                        {file.size(), file.size()}};
        return result;
    }
    if (state.error && !state.from_tokenizer && state.rescan && mode != ParseMode::Interactive) {
        const uint32_t line = file.locate(lexer.last_span().begin).line;
        if (auto e = lexer.scan_rest_for_error(line)) state.error = e;
    }
    if (rc != 0 || state.error || !state.module) {
        result.error = state.error ? *state.error
                                   : SyntaxDiagnostic{SyntaxErrorKind::SyntaxError,
                                                      "invalid syntax", lexer.last_span()};
        return result;
    }
    if (mode == ParseMode::Interactive) {
        const ast::Seq<ast::Stmt*>& body = state.module->body;
        if (!body.empty() && is_compound(body[body.size - 1]) &&
            !ends_with_empty_line(file.text())) {
            result.incomplete = true;
            return result;
        }
        if (auto e = check_single_statement(*state.module, file)) {
            result.error = e;
            return result;
        }
    }
    result.module = state.module;
    return result;
}

ast::Expr* parse_fstring_field(ParseState& outer, const std::string& text, uint32_t base) {
    ParseState state{outer.file, outer.arena, ParseMode::Expression};
    Lexer lexer(text, base, outer.file.data(), Parser::token::TOK_START_FSTRING, false,
                outer.arena);
    AstBuilder builder(state);
    state.lexer = &lexer;
    state.builder = &builder;
    Parser parser(state);
    const int rc = parser.parse();
    if (rc == 0 && !state.error && builder.expression()) return builder.expression();
    SyntaxDiagnostic diag = state.error ? *state.error
                                        : SyntaxDiagnostic{SyntaxErrorKind::SyntaxError,
                                                           "invalid syntax", lexer.last_span()};
    if (diag.message.rfind("f-string", 0) != 0) diag.message = "f-string: " + diag.message;
    // CPython reports errors inside a field with columns counted from the "(expr)" copy.
    const SourceFile& file = outer.file;
    const uint32_t line = file.locate(base).line;
    const uint32_t line_begin = file.line_start(line);
    auto relocate = [&](uint32_t at) {
        const uint32_t col = at >= base ? at - base : 0;
        return std::min(line_begin + col, file.size());
    };
    diag.span = {relocate(diag.span.begin), relocate(diag.span.end)};
    if (!outer.error) outer.error = std::move(diag);
    return nullptr;
}

} // namespace coil::front
