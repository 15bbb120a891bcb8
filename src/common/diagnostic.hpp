// Compile-time errors (SyntaxError and its subclasses) and their CPython-format rendering.
#pragma once
#include "common/source_file.hpp"
#include "common/span.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace coil {

enum class SyntaxErrorKind { SyntaxError, IndentationError, TabError };

const char* syntax_error_kind_name(SyntaxErrorKind kind);

// Nesting too deep to compile: CPython raises RecursionError with this message, not a
// SyntaxError, so it renders without a location.
inline constexpr const char* nesting_error = "maximum recursion depth exceeded during compilation";

struct SyntaxDiagnostic {
    SyntaxErrorKind kind = SyntaxErrorKind::SyntaxError;
    std::string message;
    Span span; // where the caret goes: begin..end on one line gives '^^^'
    // Found at a dedent or the end marker, which CPython's file tokenizer gives no column: the
    // line is shown with offset 0 and no caret.
    bool no_column = false;
};

// CPython's SyntaxError attributes: 1-based line and 1-based character offsets.
struct SyntaxLocation {
    uint32_t lineno = 0;
    uint32_t offset = 0;
    uint32_t end_lineno = 0;
    uint32_t end_offset = 0;
    std::string text; // the source line, with its newline, as SyntaxError.text holds it
};

SyntaxLocation syntax_location(const SourceFile& file, const SyntaxDiagnostic& diag);

// pythonrun.c's print_error_text: the source line stripped of its indentation and, unless
// the offset points left of it, the caret line; `offset` and `end_offset` are SyntaxError's
// 1-based columns (end_offset <= offset gives one caret).
std::string render_error_text(int64_t offset, int64_t end_offset, std::string_view text);

// The lines CPython prints for an uncaught SyntaxError (just one line for nesting_error):
//   File "x.py", line 3 / the stripped source line / the caret line / "SyntaxError: msg".
std::string render_syntax_error(const SourceFile& file, const SyntaxDiagnostic& diag);

} // namespace coil
