// Source decoding before lexing: BOM, PEP 263 coding cookies, UTF-8 validation, NUL bytes.
#pragma once
#include "common/diagnostic.hpp"
#include "common/source_file.hpp"

#include <optional>

namespace coil::front {

// Converts the file's text to UTF-8 in place, or returns the SyntaxError CPython reports when
// it runs such a file.
std::optional<SyntaxDiagnostic> decode_source(SourceFile& file);

} // namespace coil::front
