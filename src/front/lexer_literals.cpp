// Literal decoding: numbers (GMP beyond int64), identifiers (utf8proc) and string escapes.
#include "front/lexer_literals.hpp"

#include "front/unicode_data.hpp"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <gmp.h>
#include <utf8proc.h>

namespace coil::front {

namespace {

std::string strip_underscores(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text)
        if (c != '_') out += c;
    return out;
}

// Integer literal digits (no prefix, no underscores) in `base`, into `c`.
void set_integer(ast::Constant* c, const std::string& digits, int base, Arena& arena) {
    unsigned __int128 value = 0;
    bool overflow = false;
    for (char ch : digits) {
        const int d = ch <= '9' ? ch - '0' : (ch | 0x20) - 'a' + 10;
        value = value * static_cast<unsigned>(base) + static_cast<unsigned>(d);
        if (value > static_cast<unsigned __int128>(INT64_MAX)) {
            overflow = true;
            break;
        }
    }
    if (!overflow) {
        c->small = static_cast<int64_t>(value);
        return;
    }
    mpz_t z;
    mpz_init(z);
    mpz_set_str(z, digits.c_str(), base);
    std::string text(mpz_sizeinbase(z, 10) + 2, '\0');
    mpz_get_str(text.data(), 10, z);
    text.resize(std::char_traits<char>::length(text.c_str()));
    mpz_clear(z);
    c->big = true;
    c->text = arena.copy(text);
}

} // namespace

ast::Constant* make_number(std::string_view text, NumberKind kind, Arena& arena) {
    ast::Constant* c = arena.make<ast::Constant>();
    std::string digits = strip_underscores(text);
    switch (kind) {
    case NumberKind::Float:
    case NumberKind::Imaginary: {
        if (kind == NumberKind::Imaginary) digits.pop_back();
        c->value_kind =
            kind == NumberKind::Float ? ast::ConstantKind::Float : ast::ConstantKind::Complex;
        c->number = std::strtod(digits.c_str(), nullptr);
        return c;
    }
    case NumberKind::Decimal:
        c->value_kind = ast::ConstantKind::Int;
        break;
    default:
        c->value_kind = ast::ConstantKind::Int;
        digits.erase(0, 2);
        break;
    }
    const int base = kind == NumberKind::Hex      ? 16
                     : kind == NumberKind::Octal  ? 8
                     : kind == NumberKind::Binary ? 2
                                                  : 10;
    set_integer(c, digits, base, arena);
    return c;
}

size_t decode_utf8(const char* s, size_t n, uint32_t& code_point) {
    const auto* u = reinterpret_cast<const unsigned char*>(s);
    if (n == 0) return 0;
    if (u[0] < 0x80) {
        code_point = u[0];
        return 1;
    }
    size_t len;
    uint32_t cp;
    if ((u[0] & 0xe0) == 0xc0) {
        len = 2;
        cp = u[0] & 0x1f;
    } else if ((u[0] & 0xf0) == 0xe0) {
        len = 3;
        cp = u[0] & 0x0f;
    } else if ((u[0] & 0xf8) == 0xf0) {
        len = 4;
        cp = u[0] & 0x07;
    } else {
        return 0;
    }
    if (n < len) return 0;
    for (size_t i = 1; i < len; ++i) {
        if ((u[i] & 0xc0) != 0x80) return 0;
        cp = (cp << 6) | (u[i] & 0x3f);
    }
    code_point = cp;
    return len;
}

void append_utf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xc0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xe0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (cp & 0x3f));
    } else {
        out += static_cast<char>(0xf0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (cp & 0x3f));
    }
}

IdentifierCheck check_identifier(std::string_view text) {
    size_t i = 0;
    bool first = true;
    while (i < text.size()) {
        uint32_t cp = 0xfffd;
        size_t len = decode_utf8(text.data() + i, text.size() - i, cp);
        if (len == 0) return {i, 0xfffd};
        if (first ? !is_identifier_start(cp) : !is_identifier_continue(cp)) return {i, cp};
        first = false;
        i += len;
    }
    return {};
}

std::string normalize_identifier(std::string_view text) {
    bool ascii = true;
    for (char c : text)
        if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
    if (ascii) return std::string(text);
    const std::string copy(text);
    utf8proc_uint8_t* normal =
        utf8proc_NFKC(reinterpret_cast<const utf8proc_uint8_t*>(copy.c_str()));
    if (!normal) return copy;
    std::string out(reinterpret_cast<char*>(normal));
    std::free(normal);
    return out;
}

namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// CPython decodes str escapes after spelling every non-ASCII character as \UXXXXXXXX, so the
// positions in its messages count those characters as ten bytes; `mapped` tracks that.
EscapeError escape_error(size_t start, size_t end, const char* reason) {
    char buf[160];
    if (end - start == 1) {
        std::snprintf(buf, sizeof buf,
                      "'unicodeescape' codec can't decode byte 0x5c in position %zu: %s", start,
                      reason);
    } else {
        std::snprintf(buf, sizeof buf,
                      "'unicodeescape' codec can't decode bytes in position %zu-%zu: %s", start,
                      end - 1, reason);
    }
    return {buf, true};
}

// The one-character escapes str and bytes literals share (\n, \t, \\ ...); 0 for any other.
char simple_escape(char e) {
    switch (e) {
    case '\\':
        return '\\';
    case '\'':
        return '\'';
    case '"':
        return '"';
    case 'a':
        return '\a';
    case 'b':
        return '\b';
    case 'f':
        return '\f';
    case 'n':
        return '\n';
    case 'r':
        return '\r';
    case 't':
        return '\t';
    case 'v':
        return '\v';
    default:
        return 0;
    }
}

} // namespace

EscapeError decode_str_escapes(std::string_view body, std::string& out) {
    size_t mapped = 0;
    size_t i = 0;
    const size_t n = body.size();
    while (i < n) {
        const char c = body[i];
        if (c != '\\') {
            const unsigned char u = static_cast<unsigned char>(c);
            if (u < 0x80) {
                out += c;
                ++i;
                ++mapped;
                continue;
            }
            uint32_t cp = 0;
            size_t len = decode_utf8(body.data() + i, n - i, cp);
            if (len == 0) len = 1;
            out.append(body.data() + i, len);
            i += len;
            mapped += 10;
            continue;
        }
        const size_t start = mapped;
        if (i + 1 >= n) {
            out += '\\';
            ++i;
            break;
        }
        const char e = body[i + 1];
        if (static_cast<unsigned char>(e) >= 0x80) {
            out += '\\';
            i += 1;
            mapped += 6;
            continue;
        }
        i += 2;
        mapped += 2;
        if (const char simple = simple_escape(e)) {
            out += simple;
            continue;
        }
        switch (e) {
        case '\n':
            break;
        case '\r':
            if (i < n && body[i] == '\n') {
                ++i;
                ++mapped;
            }
            break;
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7': {
            uint32_t v = static_cast<uint32_t>(e - '0');
            for (int k = 0; k < 2 && i < n && body[i] >= '0' && body[i] <= '7'; ++k) {
                v = v * 8 + static_cast<uint32_t>(body[i] - '0');
                ++i;
                ++mapped;
            }
            append_utf8(out, v);
            break;
        }
        case 'x':
        case 'u':
        case 'U': {
            const int count = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            const char* reason = e == 'x'   ? "truncated \\xXX escape"
                                 : e == 'u' ? "truncated \\uXXXX escape"
                                            : "truncated \\UXXXXXXXX escape";
            uint32_t v = 0;
            for (int k = 0; k < count; ++k) {
                if (i >= n || hex_value(body[i]) < 0) return escape_error(start, mapped, reason);
                v = v * 16 + static_cast<uint32_t>(hex_value(body[i]));
                ++i;
                ++mapped;
            }
            if (v > 0x10ffff) return escape_error(start, mapped, "illegal Unicode character");
            append_utf8(out, v);
            break;
        }
        case 'N': {
            if (i >= n || body[i] != '{')
                return escape_error(start, mapped, "malformed \\N character escape");
            const size_t close = body.find('}', i);
            if (close == std::string_view::npos || close == i + 1) {
                return escape_error(start, mapped + (close == i + 1 ? 1 : 0),
                                    "malformed \\N character escape");
            }
            const std::string_view name = body.substr(i + 1, close - i - 1);
            mapped += close + 1 - i;
            i = close + 1;
            uint32_t cp = 0;
            if (!lookup_unicode_name(name, cp))
                return escape_error(start, mapped, "unknown Unicode character name");
            append_utf8(out, cp);
            break;
        }
        default:
            out += '\\';
            out += e;
            break;
        }
    }
    return {};
}

EscapeError decode_bytes_escapes(std::string_view body, std::string& out) {
    size_t i = 0;
    const size_t n = body.size();
    while (i < n) {
        const char c = body[i];
        if (c != '\\' || i + 1 >= n) {
            out += c;
            ++i;
            continue;
        }
        const size_t start = i;
        const char e = body[i + 1];
        i += 2;
        if (const char simple = simple_escape(e)) {
            out += simple;
            continue;
        }
        switch (e) {
        case '\n':
            break;
        case '\r':
            if (i < n && body[i] == '\n') ++i;
            break;
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7': {
            uint32_t v = static_cast<uint32_t>(e - '0');
            for (int k = 0; k < 2 && i < n && body[i] >= '0' && body[i] <= '7'; ++k) {
                v = v * 8 + static_cast<uint32_t>(body[i] - '0');
                ++i;
            }
            out += static_cast<char>(v & 0xff);
            break;
        }
        case 'x': {
            if (i + 1 < n + 0 && hex_value(body[i]) >= 0 && i + 1 < n &&
                hex_value(body[i + 1]) >= 0) {
                out += static_cast<char>(hex_value(body[i]) * 16 + hex_value(body[i + 1]));
                i += 2;
                break;
            }
            char buf[80];
            std::snprintf(buf, sizeof buf, "invalid \\x escape at position %zu", start);
            return {buf, true};
        }
        default:
            out += '\\';
            out += e;
            break;
        }
    }
    return {};
}

} // namespace coil::front
