// Decoding literal tokens: numbers, identifiers and string bodies (escapes, bytes, raw).
#pragma once
#include "common/arena.hpp"
#include "front/ast.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace coil::front {

enum class NumberKind : uint8_t { Decimal, Hex, Octal, Binary, Float, Imaginary };

// `text` is the whole literal including any 0x prefix and underscores.
ast::Constant* make_number(std::string_view text, NumberKind kind, Arena& arena);

// A non-ASCII identifier: where the first character that cannot appear in an identifier starts
// (npos when all are fine), and the code point found there.
struct IdentifierCheck {
    size_t bad_offset = std::string_view::npos;
    uint32_t bad_code_point = 0;
};
IdentifierCheck check_identifier(std::string_view text);
// NFKC normalisation, as CPython applies to every non-ASCII identifier.
std::string normalize_identifier(std::string_view text);

// Appends the UTF-8 (WTF-8 for lone surrogates) encoding of a code point.
void append_utf8(std::string& out, uint32_t code_point);
// Decodes one UTF-8 sequence at `s` (length `n` left); returns its length, 0 when malformed.
size_t decode_utf8(const char* s, size_t n, uint32_t& code_point);

// The error of a failed escape decoding, in the words of CPython's unicodeescape codec.
struct EscapeError {
    std::string message;
    bool failed = false;
};

// Decodes backslash escapes of a str literal body into UTF-8.
EscapeError decode_str_escapes(std::string_view body, std::string& out);
// Decodes a bytes literal body (ASCII only is checked by the caller).
EscapeError decode_bytes_escapes(std::string_view body, std::string& out);

} // namespace coil::front
