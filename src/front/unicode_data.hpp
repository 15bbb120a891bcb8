// Unicode properties as CPython 3.11 sees them (its Unicode 14 database), for the lexer,
// the \N{...} escape and repr().
#pragma once
#include <cstdint>
#include <string_view>

namespace coil::front {

// Case-insensitive, as CPython's unicodedata.lookup; false for an unknown name.
bool lookup_unicode_name(std::string_view name, uint32_t& code_point);

// str.isprintable() of one character.
bool is_printable(uint32_t code_point);

// Characters that may start or continue an identifier (XID_Start plus '_', XID_Continue).
bool is_identifier_start(uint32_t code_point);
bool is_identifier_continue(uint32_t code_point);

} // namespace coil::front
