// The tokenizer: Python 3.11 tokens, INDENT/DEDENT and bracket tracking over a NUL-ended buffer.
#pragma once
#include "common/arena.hpp"
#include "common/diagnostic.hpp"
#include "front/lexer_literals.hpp"
#include "parser.hpp"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace coil::front {

// The first token of a logical line, for "expected an indented block after 'if' statement".
struct LineOpener {
    Parser::token_kind_type kind = Parser::token::TOK_END;
    uint32_t offset = 0;
    bool star = false; // `except*`
};

class Lexer {
public:
    // `text` must be followed by a NUL byte. Spans are `base` plus the offset into `text`;
    // `file_text` is the whole file, which holds the same bytes at those spans (names point
    // into it).
    Lexer(std::string_view text, uint32_t base, const char* file_text,
          Parser::token_kind_type start, bool interactive, Arena& arena);

    Parser::symbol_type next();

    // The first error the tokenizer found; the parser then receives an ERROR token.
    const std::optional<SyntaxDiagnostic>& error() const { return error_; }
    // Interactive input stopped inside a bracket, a block, a triple-quoted string or after a
    // backslash: the REPL should read another line.
    bool wants_more() const { return wants_more_; }
    // Every line has been tokenized: only DEDENTs and END remain.
    bool eof_reached() const { return eof_reached_; }
    size_t bracket_depth() const { return brackets_.size(); }
    const LineOpener& previous_line() const { return previous_line_; }
    const LineOpener& current_line() const { return current_line_; }
    Span last_span() const { return last_span_; }
    // Where the token after the current one ends, without consuming it (for messages).
    uint32_t peek_end() const;
    // Tokenizes the rest of the input looking for a tokenizer error that should replace a
    // parser error on line `error_line` (an unclosed bracket only counts if opened before it).
    std::optional<SyntaxDiagnostic> scan_rest_for_error(uint32_t error_line);

private:
    struct Bracket {
        char open;
        uint32_t offset;
    };
    struct Indent {
        int col;
        int alt_col;
    };

    using Symbol = Parser::symbol_type;
    using Kind = Parser::token_kind_type;

    Symbol scan();
    Span note(Kind kind, const char* b, const char* e);
    Symbol make(Kind kind, const char* b, const char* e);
    Symbol fail(SyntaxErrorKind kind, std::string message, uint32_t begin, uint32_t end);
    Symbol fail_at(std::string message, const char* b, const char* e);
    Symbol incomplete();
    std::optional<Symbol> scan_indentation();
    Symbol end_of_input(const char* b);
    Symbol open_bracket(const char* b);
    Symbol close_bracket(const char* b);
    Symbol number(const char* b, NumberKind kind);
    Symbol leading_zeros(const char* b);
    Symbol ascii_name(const char* b);
    Symbol name(const char* b);
    Symbol bad_character(const char* b);
    Symbol unterminated_string(const char* b, bool triple);
    bool parenthesized_with_items() const;
    bool starts_match_statement() const;
    bool in_match_block() const;
    bool ends_with_blank_line() const;
    const char* eof_position() const;
    uint32_t pos(const char* p) const { return base_ + static_cast<uint32_t>(p - start_); }
    uint32_t line_of(const char* p) const;

    const char* start_;
    const char* cur_;
    const char* lim_;
    const char* mar_ = nullptr;
    const char* comment_ = nullptr; // a comment scanned since the last token
    const char* file_text_;
    uint32_t base_;
    Arena& arena_;
    Kind start_token_;
    bool interactive_;
    bool started_ = false;
    bool at_line_start_ = true;
    bool line_has_tokens_ = false;
    bool done_ = false;
    bool wants_more_ = false;
    bool unclosed_bracket_ = false;
    bool eof_reached_ = false;
    int pending_dedents_ = 0;
    Kind last_kind_ = Parser::token::TOK_END;
    Span last_span_;
    std::vector<Bracket> brackets_;
    std::vector<Indent> indents_;
    // The indentation levels (sizes of indents_) of the open match statements' bodies, where
    // `case` at the start of a line is a keyword; `match_header_` is set from a `match` keyword
    // until the indented body it opens.
    std::vector<size_t> match_bodies_;
    bool match_header_ = false;
    LineOpener current_line_;
    LineOpener previous_line_;
    std::optional<SyntaxDiagnostic> error_;
};

} // namespace coil::front
