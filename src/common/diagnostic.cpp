// SyntaxError locations and their rendering, byte for byte as CPython 3.11 prints them.
#include "common/diagnostic.hpp"

#include <algorithm>
#include <cstdint>

namespace coil {

const char* syntax_error_kind_name(SyntaxErrorKind kind) {
    switch (kind) {
    case SyntaxErrorKind::SyntaxError:
        return "SyntaxError";
    case SyntaxErrorKind::IndentationError:
        return "IndentationError";
    case SyntaxErrorKind::TabError:
        return "TabError";
    }
    return "SyntaxError";
}

// CPython reads a script without a coding cookie as bytes, so the offsets its parser, symtable
// and compiler report are byte columns plus one; we reproduce that rather than true characters.
SyntaxLocation syntax_location(const SourceFile& file, const SyntaxDiagnostic& diag) {
    SyntaxLocation loc;
    const uint32_t begin = std::min(diag.span.begin, file.size());
    const uint32_t end = std::min(std::max(diag.span.end, begin), file.size());
    const LineColumn first = file.locate(begin);
    const LineColumn last = file.locate(end);
    loc.lineno = first.line;
    loc.offset = first.column + 1;
    loc.end_lineno = last.line;
    loc.end_offset = last.column + 1;
    // At end of file CPython's tokenizer is past the last line and reports that line; tokens
    // without a column (dedents, the end marker) get offset 0.
    const bool at_end = diag.kind == SyntaxErrorKind::IndentationError && begin == file.size();
    if ((diag.no_column || at_end) && file.size() > 0) {
        loc.lineno = loc.end_lineno = file.locate(std::min(begin, file.size() - 1)).line;
        loc.offset = loc.end_offset = 0;
    }
    loc.text = std::string(file.line_text(loc.lineno));
    loc.text += '\n';
    return loc;
}

namespace {

// pythonrun.c's print_error_text: strip the indentation, then place the carets by byte.
void append_error_text(std::string& out, int64_t offset, int64_t end_offset,
                       std::string_view text) {
    const int64_t carets = end_offset > 0 && end_offset > offset ? end_offset - offset : 1;
    --offset;
    while (!text.empty() && (text[0] == ' ' || text[0] == '\t' || text[0] == '\f')) {
        text.remove_prefix(1);
        --offset;
    }
    int64_t len = static_cast<int64_t>(text.size());
    if (len > 0 && text[len - 1] == '\n') --len;
    offset = std::min(offset, len);
    for (;;) {
        const size_t nl = text.find('\n');
        if (nl == std::string_view::npos || static_cast<int64_t>(nl) >= offset) break;
        const int64_t skip = static_cast<int64_t>(nl) + 1;
        text.remove_prefix(skip);
        len -= skip;
        offset -= skip;
    }
    out += "    ";
    out += text;
    if (len >= static_cast<int64_t>(text.size()) || text[len] != '\n') out += '\n';
    if (offset < 0) return;
    out += "    ";
    out.append(static_cast<size_t>(offset), ' ');
    out.append(static_cast<size_t>(carets), '^');
    out += '\n';
}

} // namespace

std::string render_error_text(int64_t offset, int64_t end_offset, std::string_view text) {
    std::string out;
    append_error_text(out, offset, end_offset, text);
    return out;
}

std::string render_syntax_error(const SourceFile& file, const SyntaxDiagnostic& diag) {
    if (diag.message == nesting_error)
        return std::string("RecursionError: ") + nesting_error + "\n";
    const SyntaxLocation loc = syntax_location(file, diag);
    std::string out = "  File \"" + file.name() + "\", line " + std::to_string(loc.lineno) + "\n";
    int64_t offset = loc.offset;
    int64_t end_offset = loc.end_offset;
    if (diag.kind != SyntaxErrorKind::SyntaxError) end_offset = -1; // subclasses carry no end
    const int64_t line_size = static_cast<int64_t>(loc.text.size());
    if (diag.kind == SyntaxErrorKind::SyntaxError && loc.end_lineno > loc.lineno)
        end_offset = line_size;
    if (end_offset > line_size + 1) end_offset = line_size + 1;
    append_error_text(out, offset, end_offset, loc.text);
    out += syntax_error_kind_name(diag.kind);
    if (!diag.message.empty()) {
        out += ": ";
        out += diag.message;
    }
    out += '\n';
    return out;
}

} // namespace coil
