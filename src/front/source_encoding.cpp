// decode_source: CPython's tokenizer prologue (BOM, coding cookie on line 1 or 2, iconv).
#include "front/source_encoding.hpp"

#include "front/lexer_literals.hpp"

#include <cstdio>
#include <iconv.h>
#include <string>
#include <string_view>

namespace coil::front {

namespace {

SyntaxDiagnostic error(std::string message, uint32_t at = 0) {
    return {SyntaxErrorKind::SyntaxError, std::move(message), {at, at}};
}

// The cookie of one line, as CPython's get_coding_spec finds it: a comment containing
// "coding[:=]" followed by the name.
std::optional<std::string> coding_spec(std::string_view line) {
    size_t i = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) ++i;
    if (i >= line.size() || line[i] != '#') return std::nullopt;
    for (size_t at = line.find("coding", i); at != std::string_view::npos;
         at = line.find("coding", at + 1)) {
        size_t j = at + 6;
        if (j >= line.size() || (line[j] != ':' && line[j] != '=')) continue;
        ++j;
        while (j < line.size() && (line[j] == ' ' || line[j] == '\t')) ++j;
        const size_t begin = j;
        while (j < line.size() && (std::isalnum(static_cast<unsigned char>(line[j])) ||
                                   line[j] == '-' || line[j] == '_' || line[j] == '.'))
            ++j;
        if (j > begin) return std::string(line.substr(begin, j - begin));
    }
    return std::nullopt;
}

// CPython's get_normal_name.
std::string normal_name(const std::string& spec) {
    std::string lower;
    for (size_t i = 0; i < spec.size() && i < 12; ++i) {
        const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(spec[i])));
        lower += c == '_' ? '-' : c;
    }
    auto is = [&](const char* name) {
        const std::string n(name);
        return lower == n || lower.rfind(n + "-", 0) == 0;
    };
    if (is("utf-8")) return "utf-8";
    if (is("latin-1") || is("iso-8859-1") || is("iso-latin-1")) return "iso-8859-1";
    return spec;
}

std::string_view line_at(std::string_view text, size_t start, size_t& next) {
    size_t end = start;
    while (end < text.size() && text[end] != '\n' && text[end] != '\r') ++end;
    next = end;
    if (next < text.size())
        next += (text[next] == '\r' && next + 1 < text.size() && text[next + 1] == '\n') ? 2 : 1;
    return text.substr(start, end - start);
}

bool blank_or_comment(std::string_view line) {
    for (char c : line) {
        if (c == '#') return true;
        if (c != ' ' && c != '\t' && c != '\f') return false;
    }
    return true;
}

std::optional<std::string> convert(std::string_view text, const std::string& encoding,
                                   bool& known) {
    iconv_t cd = iconv_open("UTF-8", encoding.c_str());
    known = cd != reinterpret_cast<iconv_t>(-1);
    if (!known) return std::nullopt;
    std::string out(text.size() * 4 + 16, '\0');
    char* in = const_cast<char*>(text.data());
    size_t in_left = text.size();
    char* dst = out.data();
    size_t out_left = out.size();
    const size_t rc = iconv(cd, &in, &in_left, &dst, &out_left);
    iconv_close(cd);
    if (rc == static_cast<size_t>(-1)) return std::nullopt;
    out.resize(out.size() - out_left);
    return out;
}

} // namespace

std::optional<SyntaxDiagnostic> decode_source(SourceFile& file) {
    std::string_view text = file.text();
    const size_t nul = text.find('\0');
    if (nul != std::string_view::npos)
        return error("source code cannot contain null bytes", static_cast<uint32_t>(nul));
    bool bom = false;
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") {
        bom = true;
        text.remove_prefix(3);
    }
    size_t next = 0;
    const std::string_view line1 = line_at(text, 0, next);
    std::optional<std::string> spec = coding_spec(line1);
    if (!spec && blank_or_comment(line1) && next < text.size()) {
        size_t after = 0;
        spec = coding_spec(line_at(text, next, after));
    }
    std::string encoding = spec ? normal_name(*spec) : "utf-8";
    if (bom && encoding != "utf-8") return error("encoding problem: " + encoding + " with BOM");
    if (encoding != "utf-8") {
        bool known = false;
        std::optional<std::string> utf8 = convert(text, encoding, known);
        if (!known) return error("encoding problem: " + *spec);
        if (!utf8) return error("encoding problem: " + *spec);
        file.replace_text(std::move(*utf8));
        return std::nullopt;
    }
    // Validate UTF-8; the first bad byte is reported with its line, as CPython does for files.
    size_t i = 0;
    uint32_t line = 1;
    while (i < text.size()) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\n') ++line;
        if (c < 0x80) {
            ++i;
            continue;
        }
        uint32_t cp = 0;
        const size_t len = decode_utf8(text.data() + i, text.size() - i, cp);
        const bool overlong =
            (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
        if (len == 0 || overlong || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
            char buf[16];
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            return error(std::string("Non-UTF-8 code starting with '") + buf + "' in file " +
                         file.name() + " on line " + std::to_string(line) +
                         ", but no encoding declared; see https://peps.python.org/pep-0263/ for "
                         "details");
        }
        i += len;
    }
    if (bom) file.replace_text(std::string(text));
    return std::nullopt;
}

} // namespace coil::front
