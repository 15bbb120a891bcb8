// String literals: prefixes, escapes, implicit concatenation and f-strings, following 3.11's
// Parser/string_parser.c (f-string fields are re-parsed as "(expr)" like CPython does).
#include "front/ast_builder.hpp"
#include "front/lexer.hpp"
#include "front/lexer_literals.hpp"

#include <algorithm>
#include <string>

namespace coil::front {

using namespace ast;

namespace {

struct Piece {
    bool raw = false;
    bool bytes = false;
    bool fstring = false;
    bool u = false;
    std::string_view body;
    uint32_t body_offset = 0;
};

Piece split_piece(std::string_view tok, uint32_t offset) {
    Piece p;
    size_t i = 0;
    while (i < tok.size() && tok[i] != '\'' && tok[i] != '"') {
        switch (tok[i] | 0x20) {
        case 'r':
            p.raw = true;
            break;
        case 'b':
            p.bytes = true;
            break;
        case 'f':
            p.fstring = true;
            break;
        case 'u':
            p.u = tok[i] == 'u' && i == 0;
            break;
        default:
            break;
        }
        ++i;
    }
    const char q = tok[i];
    const bool triple = tok.size() - i >= 6 && tok[i + 1] == q && tok[i + 2] == q;
    const size_t quote_len = triple ? 3 : 1;
    p.body = tok.substr(i + quote_len, tok.size() - i - 2 * quote_len);
    p.body_offset = offset + static_cast<uint32_t>(i + quote_len);
    return p;
}

} // namespace

// The pieces of one f-string (or the whole concatenation) being assembled, as CPython's
// FstringParser: a pending literal, and the values collected so far.
struct FStringParts {
    std::string literal;
    bool has_literal = false;
    std::vector<Expr*> values;
};

class FStringParser {
public:
    FStringParser(ParseState& state, Arena& arena, Span whole, bool u_kind)
        : state_(state), arena_(arena), whole_(whole), u_kind_(u_kind) {}

    bool concat(const Piece& piece, Span token, size_t& i, int level, FStringParts& parts);
    Expr* finish(FStringParts& parts, Span span, bool fmode);
    bool fail_here(std::string message) {
        state_.fail(std::move(message), lookahead());
        return false;
    }
    void add_literal(FStringParts& parts, std::string_view text) {
        if (text.empty()) return;
        parts.literal.append(text);
        parts.has_literal = true;
    }

private:
    Span lookahead() const;
    bool find_literal(const Piece& piece, size_t& i, int level, FStringParts& parts, bool& more);
    bool find_expr(const Piece& piece, Span token, size_t& i, int level, FStringParts& parts);
    Expr* flush_literal(FStringParts& parts);

    ParseState& state_;
    Arena& arena_;
    Span whole_;
    bool u_kind_;
};

Span FStringParser::lookahead() const {
    return state_.lexer->last_span();
}

Expr* FStringParser::flush_literal(FStringParts& parts) {
    auto* c = arena_.make<Constant>();
    c->span = whole_;
    c->value_kind = ConstantKind::Str;
    c->text = arena_.copy(parts.literal);
    c->u_prefix = u_kind_;
    parts.literal.clear();
    parts.has_literal = false;
    return c;
}

Expr* FStringParser::finish(FStringParts& parts, Span span, bool fmode) {
    if (!fmode) {
        Expr* c = flush_literal(parts);
        c->span = span;
        return c;
    }
    if (parts.has_literal) parts.values.push_back(flush_literal(parts));
    auto* j = arena_.make<JoinedStr>();
    j->span = span;
    j->values.size = static_cast<uint32_t>(parts.values.size());
    j->values.data = arena_.make_array<Expr*>(parts.values.size());
    for (size_t k = 0; k < parts.values.size(); ++k) {
        j->values.data[k] = parts.values[k];
        j->depth = std::max<uint16_t>(j->depth, static_cast<uint16_t>(parts.values[k]->depth + 1));
    }
    return j;
}

bool FStringParser::find_literal(const Piece& piece, size_t& i, int level, FStringParts& parts,
                                 bool& more) {
    const std::string_view s = piece.body;
    const size_t start = i;
    more = false;
    size_t literal_end = s.size();
    size_t resume = s.size();
    while (i < s.size()) {
        char ch = s[i++];
        if (!piece.raw && ch == '\\' && i < s.size()) {
            ch = s[i++];
            if (ch == 'N') {
                if (i < s.size() && s[i++] == '{') {
                    while (i < s.size() && s[i++] != '}') {
                    }
                }
                continue;
            }
        }
        if (ch == '{' || ch == '}') {
            if (level == 0) {
                if (i < s.size() && s[i] == ch) {
                    literal_end = i;
                    resume = i + 1;
                    more = true;
                    break;
                }
                if (ch == '}') return fail_here("f-string: single '}' is not allowed");
            }
            --i;
            literal_end = i;
            resume = i;
            break;
        }
    }
    if (!more && i >= s.size()) literal_end = resume = s.size();
    const std::string_view chunk = s.substr(start, literal_end - start);
    i = resume;
    if (chunk.empty()) return true;
    if (piece.raw) {
        add_literal(parts, chunk);
        return true;
    }
    std::string decoded;
    const EscapeError err = decode_str_escapes(chunk, decoded);
    if (err.failed) return fail_here("(unicode error) " + err.message);
    add_literal(parts, decoded);
    return true;
}

bool FStringParser::find_expr(const Piece& piece, Span token, size_t& i, int level,
                              FStringParts& parts) {
    const std::string_view s = piece.body;
    if (level >= 2) return fail_here("f-string: expressions nested too deeply");
    const size_t brace = i;
    ++i;
    const size_t expr_start = i;
    char quote = 0;
    int string_type = 0;
    std::string parens;
    for (; i < s.size(); ++i) {
        const char ch = s[i];
        if (ch == '\\') return fail_here("f-string expression part cannot include a backslash");
        if (quote) {
            if (ch == quote) {
                if (string_type == 3) {
                    if (i + 2 < s.size() && s[i + 1] == ch && s[i + 2] == ch) {
                        i += 2;
                        quote = 0;
                        string_type = 0;
                    }
                } else {
                    quote = 0;
                    string_type = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (i + 2 < s.size() && s[i + 1] == ch && s[i + 2] == ch) {
                string_type = 3;
                i += 2;
            } else {
                string_type = 1;
            }
            quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (parens.size() >= 200) return fail_here("f-string: too many nested parenthesis");
            parens += ch;
        } else if (ch == '#') {
            return fail_here("f-string expression part cannot include '#'");
        } else if (parens.empty() &&
                   (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
            if (i + 1 < s.size()) {
                const char next = s[i + 1];
                if ((ch == '!' && next == '=') || (ch == '=' && next == '=') ||
                    (ch == '<' && next == '=') || (ch == '>' && next == '=')) {
                    ++i;
                    continue;
                }
            }
            if (ch == '>' || ch == '<') continue;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (parens.empty()) return fail_here(std::string("f-string: unmatched '") + ch + "'");
            const char open = parens.back();
            parens.pop_back();
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') ||
                  (open == '{' && ch == '}'))) {
                return fail_here(std::string("f-string: closing parenthesis '") + ch +
                                 "' does not match opening parenthesis '" + open + "'");
            }
        }
    }
    const size_t expr_end = i;
    if (quote) return fail_here("f-string: unterminated string");
    if (!parens.empty())
        return fail_here(std::string("f-string: unmatched '") + parens.back() + "'");
    if (i >= s.size()) return fail_here("f-string: expecting '}'");

    const std::string_view expr_text = s.substr(expr_start, expr_end - expr_start);
    bool blank = true;
    for (char c : expr_text)
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') blank = false;
    if (blank) {
        const char end = s[expr_end];
        if (end == '!' || end == ':' || end == '=')
            return fail_here(std::string("f-string: expression required before '") + end + "'");
        return fail_here("f-string: empty expression not allowed");
    }

    std::string buffer;
    buffer.reserve(expr_text.size() + 3);
    buffer += '(';
    buffer.append(expr_text);
    buffer += ')';
    Expr* value =
        parse_fstring_field(state_, buffer, piece.body_offset + static_cast<uint32_t>(brace));
    if (!value) return false;

    bool debug = false;
    std::string_view debug_text;
    if (s[i] == '=') {
        ++i;
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ||
                                s[i] == '\f' || s[i] == '\v'))
            ++i;
        if (i >= s.size()) return fail_here("f-string: expecting '}'");
        debug = true;
        debug_text = s.substr(expr_start, i - expr_start);
    }
    int conversion = -1;
    if (s[i] == '!') {
        ++i;
        if (i >= s.size()) return fail_here("f-string: expecting '}'");
        conversion = static_cast<unsigned char>(s[i]);
        ++i;
        if (conversion != 's' && conversion != 'r' && conversion != 'a')
            return fail_here("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
    Expr* spec = nullptr;
    if (i >= s.size()) return fail_here("f-string: expecting '}'");
    if (s[i] == ':') {
        ++i;
        if (i >= s.size()) return fail_here("f-string: expecting '}'");
        // Inside a format spec CPython positions every node at the f-string's own token.
        FStringParts spec_parts;
        const Span outer = whole_;
        const bool outer_u = u_kind_;
        whole_ = token;
        u_kind_ = false;
        const bool ok = concat(piece, token, i, level + 1, spec_parts);
        if (ok) spec = finish(spec_parts, token, true);
        whole_ = outer;
        u_kind_ = outer_u;
        if (!ok) return false;
    }
    if (i >= s.size() || s[i] != '}') return fail_here("f-string: expecting '}'");
    ++i;
    if (debug) {
        add_literal(parts, debug_text);
        if (!spec && conversion == -1) conversion = 'r';
    }
    if (parts.has_literal) parts.values.push_back(flush_literal(parts));
    auto* fv = arena_.make<FormattedValue>();
    fv->span = whole_;
    fv->value = value;
    fv->conversion = conversion;
    fv->format_spec = spec;
    fv->depth = static_cast<uint16_t>(1 + std::max(value->depth, spec ? spec->depth : uint16_t{0}));
    parts.values.push_back(fv);
    return true;
}

bool FStringParser::concat(const Piece& piece, Span token, size_t& i, int level,
                           FStringParts& parts) {
    for (;;) {
        bool more = false;
        if (!find_literal(piece, i, level, parts, more)) return false;
        if (more) continue;
        if (i >= piece.body.size() || piece.body[i] != '{') break;
        if (!find_expr(piece, token, i, level, parts)) return false;
    }
    if (level != 0 && (i >= piece.body.size() || piece.body[i] != '}'))
        return fail_here("f-string: expecting '}'");
    return true;
}

Expr* AstBuilder::strings(const std::vector<Span>& pieces, Span span) {
    const std::string_view text = state_.file.text();
    bool bytes_mode = false;
    bool fmode = false;
    std::string bytes;
    FStringParts parts;
    const Piece first =
        split_piece(text.substr(pieces[0].begin, pieces[0].end - pieces[0].begin), pieces[0].begin);
    FStringParser fparser(state_, arena_, span, first.u);
    for (size_t k = 0; k < pieces.size(); ++k) {
        const Span t = pieces[k];
        const Piece p = split_piece(text.substr(t.begin, t.end - t.begin), t.begin);
        if (p.bytes) {
            for (char c : p.body) {
                if (static_cast<unsigned char>(c) >= 0x80) {
                    fail("bytes can only contain ASCII literal characters", t);
                    return nullptr;
                }
            }
        }
        std::string decoded;
        if (!p.fstring) {
            if (p.raw) {
                decoded.assign(p.body);
            } else {
                const EscapeError err = p.bytes ? decode_bytes_escapes(p.body, decoded)
                                                : decode_str_escapes(p.body, decoded);
                if (err.failed) {
                    fparser.fail_here((p.bytes ? "(value error) " : "(unicode error) ") +
                                      err.message);
                    return nullptr;
                }
            }
        }
        if (k != 0 && bytes_mode != p.bytes) {
            fparser.fail_here("cannot mix bytes and nonbytes literals");
            return nullptr;
        }
        bytes_mode = p.bytes;
        if (p.fstring) {
            fmode = true;
            size_t i = 0;
            if (!fparser.concat(p, t, i, 0, parts)) return nullptr;
        } else if (bytes_mode) {
            bytes += decoded;
        } else {
            fparser.add_literal(parts, decoded);
        }
    }
    if (bytes_mode) {
        auto* c = node<Constant>(span);
        c->value_kind = ConstantKind::Bytes;
        c->text = arena_.copy(bytes);
        return c;
    }
    return fparser.finish(parts, span, fmode);
}

} // namespace coil::front
