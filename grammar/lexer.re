// The re2c tokenizer for Python 3.11: one DFA over a NUL-terminated UTF-8 buffer.
#include "front/lexer.hpp"

#include "front/lexer_literals.hpp"
#include "front/unicode_data.hpp"

#include <cstdio>
#include <string>

namespace coil::front {

namespace {

using Tok = Parser::token;

constexpr size_t max_bracket_depth = 200;
constexpr size_t max_indent_levels = 100;

char closer_for(char open) { return open == '(' ? ')' : open == '[' ? ']' : '}'; }

bool is_identifier_byte(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || c >= 0x80;
}

} // namespace

Lexer::Lexer(std::string_view text, uint32_t base, const char* file_text, Kind start,
             bool interactive, Arena& arena)
    : start_(text.data()), cur_(text.data()), lim_(text.data() + text.size()),
      file_text_(file_text), base_(base), arena_(arena), start_token_(start),
      interactive_(interactive) {
    indents_.push_back({0, 0});
    if (start == Tok::TOK_START_FSTRING) at_line_start_ = false;
}

uint32_t Lexer::line_of(const char* p) const {
    uint32_t line = 1;
    for (const char* q = start_; q < p && q < lim_; ++q) {
        if (*q == '\n' || (*q == '\r' && q[1] != '\n')) ++line;
    }
    return line;
}

Span Lexer::note(Kind kind, const char* b, const char* e) {
    if (kind != Tok::TOK_NEWLINE && kind != Tok::TOK_INDENT && kind != Tok::TOK_DEDENT &&
        kind != Tok::TOK_END) {
        if (!line_has_tokens_) {
            current_line_ = {kind, pos(b)};
            line_has_tokens_ = true;
        } else if (last_kind_ == Tok::TOK_ASYNC && current_line_.kind == Tok::TOK_ASYNC) {
            current_line_.kind = kind;
        } else if (last_kind_ == Tok::TOK_EXCEPT && kind == Tok::TOK_STAR &&
                   current_line_.kind == Tok::TOK_EXCEPT) {
            current_line_.star = true;
        }
    }
    last_kind_ = kind;
    last_span_ = {pos(b), pos(e)};
    comment_ = nullptr;
    return last_span_;
}

Lexer::Symbol Lexer::make(Kind kind, const char* b, const char* e) {
    return Symbol(kind, note(kind, b, e));
}

Lexer::Symbol Lexer::fail(SyntaxErrorKind kind, std::string message, uint32_t begin,
                          uint32_t end) {
    if (!error_) error_ = SyntaxDiagnostic{kind, std::move(message), {begin, end}};
    done_ = true;
    last_kind_ = Tok::TOK_ERROR;
    last_span_ = {begin, end};
    return Symbol(Tok::TOK_ERROR, last_span_);
}

Lexer::Symbol Lexer::fail_at(std::string message, const char* b, const char* e) {
    return fail(SyntaxErrorKind::SyntaxError, std::move(message), pos(b), pos(e));
}

Lexer::Symbol Lexer::incomplete() {
    wants_more_ = true;
    done_ = true;
    last_kind_ = Tok::TOK_ERROR;
    return Symbol(Tok::TOK_ERROR, Span{pos(lim_), pos(lim_)});
}

Lexer::Symbol Lexer::next() {
    if (!started_) {
        started_ = true;
        return Symbol(start_token_, Span{base_, base_});
    }
    if (pending_dedents_ > 0) {
        --pending_dedents_;
        const char* at = cur_ >= lim_ ? eof_position() : cur_;
        return make(Tok::TOK_DEDENT, at, at);
    }
    if (done_) return Symbol(Tok::TOK_END, Span{pos(eof_position()), pos(eof_position())});
    if (at_line_start_ && brackets_.empty()) {
        if (std::optional<Symbol> token = scan_indentation()) return std::move(*token);
    }
    return scan();
}

// CPython's tokenizer algorithm: columns with tabs to multiples of 8, and again with tabs as
// one column, which must agree on the nesting or the indentation is ambiguous (TabError).
std::optional<Lexer::Symbol> Lexer::scan_indentation() {
    for (;;) {
        const char* line_begin = cur_;
        int col = 0;
        int alt = 0;
        for (;; ++cur_) {
            if (*cur_ == ' ') {
                ++col;
                ++alt;
            } else if (*cur_ == '\t') {
                col = (col / 8 + 1) * 8;
                ++alt;
            } else if (*cur_ == '\f') {
                col = alt = 0;
            } else {
                break;
            }
        }
        if (*cur_ == '#') {
            while (cur_ < lim_ && *cur_ != '\n' && *cur_ != '\r') ++cur_;
        }
        if (cur_ < lim_ && (*cur_ == '\n' || *cur_ == '\r')) {
            cur_ += (*cur_ == '\r' && cur_[1] == '\n') ? 2 : 1;
            continue;
        }
        if (cur_ >= lim_) {
            col = alt = 0;
            eof_reached_ = true;
        }
        at_line_start_ = false;
        const bool opens_match_body = match_header_;
        match_header_ = false;
        const Indent top = indents_.back();
        if (col == top.col) {
            if (alt != top.alt_col) {
                return fail(SyntaxErrorKind::TabError,
                           "inconsistent use of tabs and spaces in indentation", pos(line_begin),
                           pos(line_begin));
            }
            return std::nullopt;
        }
        if (col > top.col) {
            if (alt <= top.alt_col) {
                return fail(SyntaxErrorKind::TabError,
                           "inconsistent use of tabs and spaces in indentation", pos(line_begin),
                           pos(line_begin));
            }
            if (indents_.size() >= max_indent_levels) {
                return fail(SyntaxErrorKind::IndentationError, "too many levels of indentation",
                            pos(line_begin), pos(line_begin));
            }
            indents_.push_back({col, alt});
            if (opens_match_body) match_bodies_.push_back(indents_.size());
            return make(Tok::TOK_INDENT, cur_ - 1, cur_);
        }
        if (cur_ >= lim_ && interactive_ && !ends_with_blank_line()) {
            return incomplete();
        }
        int dedents = 0;
        while (col < indents_.back().col) {
            indents_.pop_back();
            ++dedents;
        }
        while (!match_bodies_.empty() && match_bodies_.back() > indents_.size())
            match_bodies_.pop_back();
        if (col != indents_.back().col) {
            const char* eol = cur_;
            while (eol < lim_ && *eol != '\n' && *eol != '\r') ++eol;
            return fail(SyntaxErrorKind::IndentationError,
                       "unindent does not match any outer indentation level", pos(eol), pos(eol));
        }
        if (alt != indents_.back().alt_col) {
            return fail(SyntaxErrorKind::TabError,
                       "inconsistent use of tabs and spaces in indentation", pos(line_begin),
                       pos(line_begin));
        }
        pending_dedents_ = dedents - 1;
        const char* at = cur_ >= lim_ ? eof_position() : cur_;
        return make(Tok::TOK_DEDENT, at, at);
    }
}

// Tokens after the last line (DEDENTs, END) sit at the end of that line, as in CPython.
const char* Lexer::eof_position() const {
    const char* p = lim_;
    if (p > start_ && p[-1] == '\n') --p;
    if (p > start_ && p[-1] == '\r') --p;
    return p;
}

// REPL input is its lines joined by newlines; a block ends when the last line is empty.
bool Lexer::ends_with_blank_line() const {
    const char* p = lim_;
    while (p > start_ && (p[-1] == ' ' || p[-1] == '\t' || p[-1] == '\f')) --p;
    return p > start_ && (p[-1] == '\n' || p[-1] == '\r');
}

Lexer::Symbol Lexer::end_of_input(const char* b) {
    cur_ = lim_;
    if (!brackets_.empty()) {
        if (interactive_) return incomplete();
        const Bracket& open = brackets_.back();
        std::string msg = std::string("'") + open.open + "' was never closed";
        unclosed_bracket_ = true;
        return fail(SyntaxErrorKind::SyntaxError, std::move(msg), open.offset, open.offset + 1);
    }
    if (line_has_tokens_) {
        line_has_tokens_ = false;
        previous_line_ = current_line_;
        at_line_start_ = start_token_ != Tok::TOK_START_FSTRING;
        return make(Tok::TOK_NEWLINE, comment_ ? comment_ : lim_, lim_);
    }
    eof_reached_ = true;
    if (indents_.size() > 1) {
        if (interactive_ && !ends_with_blank_line()) return incomplete();
        pending_dedents_ = static_cast<int>(indents_.size()) - 2;
        indents_.erase(indents_.begin() + 1, indents_.end());
        match_bodies_.clear();
        return make(Tok::TOK_DEDENT, eof_position(), eof_position());
    }
    done_ = true;
    return make(Tok::TOK_END, eof_position(), eof_position());
}

Lexer::Symbol Lexer::open_bracket(const char* b) {
    if (brackets_.size() >= max_bracket_depth)
        return fail_at("too many nested parentheses", b, b + 1);
    Kind kind = *b == '(' ? Tok::TOK_LPAR : *b == '[' ? Tok::TOK_LSQB : Tok::TOK_LBRACE;
    if (kind == Tok::TOK_LPAR && last_kind_ == Tok::TOK_WITH && parenthesized_with_items())
        kind = Tok::TOK_WITH_LPAR;
    brackets_.push_back({*b, pos(b)});
    return make(kind, b, b + 1);
}

Lexer::Symbol Lexer::close_bracket(const char* b) {
    const char c = *b;
    if (brackets_.empty()) return fail_at(std::string("unmatched '") + c + "'", b, b + 1);
    const Bracket open = brackets_.back();
    if (closer_for(open.open) != c) {
        std::string msg = std::string("closing parenthesis '") + c +
                          "' does not match opening parenthesis '" + open.open + "'";
        const uint32_t open_line = line_of(start_ + (open.offset - base_));
        if (open_line != line_of(b)) msg += " on line " + std::to_string(open_line);
        return fail_at(std::move(msg), b, b + 1);
    }
    brackets_.pop_back();
    const Kind kind = c == ')' ? Tok::TOK_RPAR : c == ']' ? Tok::TOK_RSQB : Tok::TOK_RBRACE;
    return make(kind, b, b + 1);
}

// `with (` starts parenthesized with-items (3.9+) only when the matching `)` is followed by
// `:`; otherwise the parenthesis belongs to the first item's expression.
bool Lexer::parenthesized_with_items() const {
    Lexer probe = *this;
    probe.brackets_.push_back({'(', pos(cur_ - 1)});
    probe.last_kind_ = Tok::TOK_LPAR;
    const size_t depth = brackets_.size();
    for (;;) {
        Symbol s = probe.next();
        const auto kind = s.kind();
        if (kind == Parser::symbol_kind::S_YYEOF || kind == Parser::symbol_kind::S_ERROR)
            return false;
        if (probe.brackets_.size() == depth) break;
    }
    return probe.next().kind() == Parser::symbol_kind::S_COLON;
}

Lexer::Symbol Lexer::name(const char* b) {
    const std::string_view text(b, static_cast<size_t>(cur_ - b));
    const IdentifierCheck check = check_identifier(text);
    if (check.bad_offset != std::string_view::npos) {
        const char* at = b + check.bad_offset;
        char buf[64];
        if (is_printable(check.bad_code_point)) {
            std::string ch;
            append_utf8(ch, check.bad_code_point);
            std::snprintf(buf, sizeof buf, "' (U+%04X)", check.bad_code_point);
            return fail_at("invalid character '" + ch + buf, at, at);
        }
        std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X",
                      check.bad_code_point);
        return fail_at(buf, at, at);
    }
    const std::string normal = normalize_identifier(text);
    const Span span = note(Tok::TOK_NAME, b, cur_);
    return Symbol(Tok::TOK_NAME, arena_.copy(normal), span);
}

// `match` at the start of a line begins a match statement when the next token cannot continue
// an expression that starts with the name, or when the logical line ends in ':' (as in
// `match (x):` or `match -x:`, where the name could otherwise be called or subtracted from).
bool Lexer::starts_match_statement() const {
    using S = Parser::symbol_kind;
    Lexer probe = *this;
    probe.line_has_tokens_ = true;
    probe.last_kind_ = Tok::TOK_NAME;
    auto kind = probe.next().kind();
    switch (kind) {
    case S::S_NAME: case S::S_NUMBER: case S::S_STRING: case S::S_LBRACE: case S::S_TILDE:
    case S::S_NONE: case S::S_TRUE: case S::S_FALSE: case S::S_LAMBDA: case S::S_AWAIT:
    case S::S_ELLIPSIS:
        return true;
    case S::S_LPAR: case S::S_LSQB: case S::S_MINUS: case S::S_PLUS: case S::S_STAR:
    case S::S_NOT:
        break;
    default:
        return false;
    }
    auto previous = kind;
    for (;;) {
        kind = probe.next().kind();
        if (kind == S::S_NEWLINE) return previous == S::S_COLON;
        if (kind == S::S_YYEOF || kind == S::S_ERROR) return false;
        previous = kind;
    }
}

// `case` is a keyword only at the start of a line directly inside a match statement's body.
bool Lexer::in_match_block() const {
    return !match_bodies_.empty() && match_bodies_.back() == indents_.size();
}

Lexer::Symbol Lexer::ascii_name(const char* b) {
    if (!line_has_tokens_ && brackets_.empty()) {
        const std::string_view word(b, static_cast<size_t>(cur_ - b));
        if (word == "match" && starts_match_statement()) {
            match_header_ = true;
            return make(Tok::TOK_MATCH, b, cur_);
        }
        if (word == "case" && in_match_block()) return make(Tok::TOK_CASE, b, cur_);
    }
    const Span span = note(Tok::TOK_NAME, b, cur_);
    return Symbol(Tok::TOK_NAME, std::string_view(file_text_ + span.begin, cur_ - b), span);
}

Lexer::Symbol Lexer::number(const char* b, NumberKind kind) {
    const char* e = cur_;
    const char* kind_name = kind == NumberKind::Hex       ? "hexadecimal"
                            : kind == NumberKind::Octal   ? "octal"
                            : kind == NumberKind::Binary  ? "binary"
                            : kind == NumberKind::Imaginary ? "imaginary"
                                                          : "decimal";
    if (kind == NumberKind::Hex || kind == NumberKind::Octal || kind == NumberKind::Binary) {
        if (kind != NumberKind::Hex && *e >= '0' && *e <= '9') {
            return fail_at(std::string("invalid digit '") + *e + "' in " + kind_name + " literal",
                           e, e);
        }
        if (e - b < 3 || e[-1] == '_')
            return fail_at(std::string("invalid ") + kind_name + " literal", e - 1, e - 1);
    }
    const unsigned char next = static_cast<unsigned char>(*e);
    const bool decimal = kind == NumberKind::Decimal || kind == NumberKind::Float;
    if (decimal && (next == 'e' || next == 'E') && (e[1] == '+' || e[1] == '-'))
        return fail_at("invalid decimal literal", e + 1, e + 1);
    if (next == '_' && kind != NumberKind::Hex && kind != NumberKind::Octal &&
        kind != NumberKind::Binary) {
        return fail_at(std::string("invalid ") + kind_name + " literal", e, e);
    }
    if (is_identifier_byte(next) && e < lim_) {
        auto follows = [&](const char* word) {
            for (size_t i = 0; word[i]; ++i)
                if (e[i] != word[i]) return false;
            return true;
        };
        const bool keyword = follows("and") || follows("else") || follows("for") ||
                             follows("if") || follows("in") || follows("is") || follows("or") ||
                             follows("not");
        if (!keyword)
            return fail_at(std::string("invalid ") + kind_name + " literal", e - 1, e - 1);
    }
    ast::Constant* c = make_number(std::string_view(b, static_cast<size_t>(e - b)), kind, arena_);
    c->span = {pos(b), pos(e)};
    const Span span = note(Tok::TOK_NUMBER, b, e);
    return Symbol(Tok::TOK_NUMBER, static_cast<ast::Expr*>(c), span);
}

Lexer::Symbol Lexer::leading_zeros(const char* b) {
    const char* z = b;
    while (z < cur_ && (*z == '0' || *z == '_')) ++z;
    return fail_at("leading zeros in decimal integer literals are not permitted; use an 0o prefix "
                   "for octal integers",
                   b, z);
}

Lexer::Symbol Lexer::unterminated_string(const char* b, bool triple) {
    if (triple) {
        if (interactive_) return incomplete();
        const uint32_t line = line_of(lim_ > start_ ? lim_ - 1 : lim_);
        return fail_at("unterminated triple-quoted string literal (detected at line " +
                           std::to_string(line) + ")",
                       b, b);
    }
    const char* p = cur_;
    while (p < lim_ && *p != '\n' && *p != '\r') {
        if (*p == '\\' && p + 1 < lim_) {
            p += (p[1] == '\r' && p[2] == '\n') ? 3 : 2;
            continue;
        }
        ++p;
    }
    if (p >= lim_) p = eof_position();
    return fail_at("unterminated string literal (detected at line " + std::to_string(line_of(p)) +
                       ")",
                   b, b);
}

Lexer::Symbol Lexer::bad_character(const char* b) {
    const unsigned char c = static_cast<unsigned char>(*b);
    if (c < 0x20 || c == 0x7f) {
        if (c == 0 && b >= lim_) return end_of_input(b);
        char buf[64];
        std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", c);
        return fail_at(buf, b, b);
    }
    return make(Tok::TOK_ERROR, b, cur_);
}

uint32_t Lexer::peek_end() const {
    Lexer probe = *this;
    const Symbol s = probe.next();
    return s.location.end;
}

std::optional<SyntaxDiagnostic> Lexer::scan_rest_for_error(uint32_t error_line) {
    while (!error_ && !wants_more_) {
        if (next().kind() == Parser::symbol_kind::S_YYEOF) break;
    }
    if (!error_) return std::nullopt;
    if (unclosed_bracket_ && line_of(start_ + (error_->span.begin - base_)) >= error_line)
        return std::nullopt;
    return error_;
}

/*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:define:YYCURSOR = cur_;
    re2c:define:YYMARKER = mar_;
    re2c:define:YYLIMIT = lim_;
    re2c:yyfill:enable = 0;
    re2c:eof = 0;

    nl = "\r\n" | "\n" | "\r";
    esc = "\\" ("\r\n" | [^\x00]);
    sq = "'" ([^'\\\r\n\x00] | esc)* "'";
    dq = "\"" ([^"\\\r\n\x00] | esc)* "\"";
    sq3 = "'''" ([^'\\\x00] | esc | "'" [^'\\\x00] | "'" esc | "''" [^'\\\x00] | "''" esc)* "'''";
    dq3 = "\"\"\"" ([^"\\\x00] | esc | "\"" [^"\\\x00] | "\"" esc | "\"\"" [^"\\\x00]
        | "\"\"" esc)* "\"\"\"";
    sprefix = [uUrRbBfF] | [bB][rR] | [rR][bB] | [fF][rR] | [rR][fF];

    digitpart = [0-9] ("_"? [0-9])*;
    decint = [1-9] ("_"? [0-9])* | "0" ("_"? "0")*;
    exponent = [eE] [+-]? digitpart;
    pointfloat = digitpart? "." digitpart | digitpart ".";
    floatnum = pointfloat exponent? | digitpart exponent;
    hexint = "0" [xX] ("_"? [0-9a-fA-F])* "_"?;
    octint = "0" [oO] ("_"? [0-7])* "_"?;
    binint = "0" [bB] ("_"? [01])* "_"?;
*/

Lexer::Symbol Lexer::scan() {
    for (;;) {
        const char* b = cur_;
        /*!re2c
            $ { return end_of_input(b); }

            nl {
                if (!brackets_.empty() || !line_has_tokens_) continue;
                at_line_start_ = start_token_ != Tok::TOK_START_FSTRING;
                line_has_tokens_ = false;
                previous_line_ = current_line_;
                // CPython's NEWLINE token starts at a comment that precedes it.
                return make(Tok::TOK_NEWLINE, comment_ ? comment_ : b, b);
            }
            "\\" nl { continue; }
            "\\" {
                if (cur_ >= lim_) {
                    if (interactive_) return incomplete();
                    return fail_at("unexpected EOF while parsing", cur_, cur_);
                }
                return fail_at("unexpected character after line continuation character", cur_,
                               cur_);
            }
            [ \t\f]+ { continue; }
            "#" [^\r\n\x00]* {
                comment_ = b;
                continue;
            }

            "False" { return make(Tok::TOK_FALSE, b, cur_); }
            "None" { return make(Tok::TOK_NONE, b, cur_); }
            "True" { return make(Tok::TOK_TRUE, b, cur_); }
            "and" { return make(Tok::TOK_AND, b, cur_); }
            "as" { return make(Tok::TOK_AS, b, cur_); }
            "assert" { return make(Tok::TOK_ASSERT, b, cur_); }
            "async" { return make(Tok::TOK_ASYNC, b, cur_); }
            "await" { return make(Tok::TOK_AWAIT, b, cur_); }
            "break" { return make(Tok::TOK_BREAK, b, cur_); }
            "class" { return make(Tok::TOK_CLASS, b, cur_); }
            "continue" { return make(Tok::TOK_CONTINUE, b, cur_); }
            "def" { return make(Tok::TOK_DEF, b, cur_); }
            "del" { return make(Tok::TOK_DEL, b, cur_); }
            "elif" { return make(Tok::TOK_ELIF, b, cur_); }
            "else" { return make(Tok::TOK_ELSE, b, cur_); }
            "except" { return make(Tok::TOK_EXCEPT, b, cur_); }
            "finally" { return make(Tok::TOK_FINALLY, b, cur_); }
            "for" { return make(Tok::TOK_FOR, b, cur_); }
            "from" { return make(Tok::TOK_FROM, b, cur_); }
            "global" { return make(Tok::TOK_GLOBAL, b, cur_); }
            "if" { return make(Tok::TOK_IF, b, cur_); }
            "import" { return make(Tok::TOK_IMPORT, b, cur_); }
            "in" { return make(Tok::TOK_IN, b, cur_); }
            "is" { return make(Tok::TOK_IS, b, cur_); }
            "lambda" { return make(Tok::TOK_LAMBDA, b, cur_); }
            "nonlocal" { return make(Tok::TOK_NONLOCAL, b, cur_); }
            "not" { return make(Tok::TOK_NOT, b, cur_); }
            "or" { return make(Tok::TOK_OR, b, cur_); }
            "pass" { return make(Tok::TOK_PASS, b, cur_); }
            "raise" { return make(Tok::TOK_RAISE, b, cur_); }
            "return" { return make(Tok::TOK_RETURN, b, cur_); }
            "try" { return make(Tok::TOK_TRY, b, cur_); }
            "while" { return make(Tok::TOK_WHILE, b, cur_); }
            "with" { return make(Tok::TOK_WITH, b, cur_); }
            "yield" { return make(Tok::TOK_YIELD, b, cur_); }

            [a-zA-Z_][a-zA-Z0-9_]* { return ascii_name(b); }
            [a-zA-Z_\x80-\xff][a-zA-Z0-9_\x80-\xff]* { return name(b); }

            sprefix? (sq | dq | sq3 | dq3) { return make(Tok::TOK_STRING, b, cur_); }
            sprefix? ("'''" | "\"\"\"") { return unterminated_string(b, true); }
            sprefix? ['"] { return unterminated_string(b, false); }

            (floatnum | digitpart) [jJ] { return number(b, NumberKind::Imaginary); }
            floatnum { return number(b, NumberKind::Float); }
            decint { return number(b, NumberKind::Decimal); }
            digitpart { return leading_zeros(b); }
            hexint { return number(b, NumberKind::Hex); }
            octint { return number(b, NumberKind::Octal); }
            binint { return number(b, NumberKind::Binary); }

            [([{] { return open_bracket(b); }
            [)\]}] { return close_bracket(b); }

            "+" { return make(Tok::TOK_PLUS, b, cur_); }
            "-" { return make(Tok::TOK_MINUS, b, cur_); }
            "*" { return make(Tok::TOK_STAR, b, cur_); }
            "/" { return make(Tok::TOK_SLASH, b, cur_); }
            "|" { return make(Tok::TOK_VBAR, b, cur_); }
            "&" { return make(Tok::TOK_AMPER, b, cur_); }
            "<" { return make(Tok::TOK_LESS, b, cur_); }
            ">" { return make(Tok::TOK_GREATER, b, cur_); }
            "=" { return make(Tok::TOK_EQUAL, b, cur_); }
            "." { return make(Tok::TOK_DOT, b, cur_); }
            "%" { return make(Tok::TOK_PERCENT, b, cur_); }
            ":" { return make(Tok::TOK_COLON, b, cur_); }
            "," { return make(Tok::TOK_COMMA, b, cur_); }
            ";" { return make(Tok::TOK_SEMI, b, cur_); }
            "~" { return make(Tok::TOK_TILDE, b, cur_); }
            "^" { return make(Tok::TOK_CIRCUMFLEX, b, cur_); }
            "@" { return make(Tok::TOK_AT, b, cur_); }
            "==" { return make(Tok::TOK_EQEQUAL, b, cur_); }
            "!=" { return make(Tok::TOK_NOTEQUAL, b, cur_); }
            "<=" { return make(Tok::TOK_LESSEQUAL, b, cur_); }
            ">=" { return make(Tok::TOK_GREATEREQUAL, b, cur_); }
            "<<" { return make(Tok::TOK_LEFTSHIFT, b, cur_); }
            ">>" { return make(Tok::TOK_RIGHTSHIFT, b, cur_); }
            "**" { return make(Tok::TOK_DOUBLESTAR, b, cur_); }
            "//" { return make(Tok::TOK_DOUBLESLASH, b, cur_); }
            "->" { return make(Tok::TOK_RARROW, b, cur_); }
            ":=" { return make(Tok::TOK_COLONEQUAL, b, cur_); }
            "..." { return make(Tok::TOK_ELLIPSIS, b, cur_); }
            "+=" { return make(Tok::TOK_PLUSEQUAL, b, cur_); }
            "-=" { return make(Tok::TOK_MINEQUAL, b, cur_); }
            "*=" { return make(Tok::TOK_STAREQUAL, b, cur_); }
            "/=" { return make(Tok::TOK_SLASHEQUAL, b, cur_); }
            "%=" { return make(Tok::TOK_PERCENTEQUAL, b, cur_); }
            "&=" { return make(Tok::TOK_AMPEREQUAL, b, cur_); }
            "|=" { return make(Tok::TOK_VBAREQUAL, b, cur_); }
            "^=" { return make(Tok::TOK_CIRCUMFLEXEQUAL, b, cur_); }
            "@=" { return make(Tok::TOK_ATEQUAL, b, cur_); }
            "<<=" { return make(Tok::TOK_LEFTSHIFTEQUAL, b, cur_); }
            ">>=" { return make(Tok::TOK_RIGHTSHIFTEQUAL, b, cur_); }
            "**=" { return make(Tok::TOK_DOUBLESTAREQUAL, b, cur_); }
            "//=" { return make(Tok::TOK_DOUBLESLASHEQUAL, b, cur_); }
            "<>" { return make(Tok::TOK_ERROR, b, cur_); }

            * { return bad_character(b); }
        */
    }
}

} // namespace coil::front
