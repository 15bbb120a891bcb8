// Unicode case conversion of str with the full mappings (SpecialCasing.txt: 'ß'.upper() is
// 'SS', 'ﬁ'.upper() is 'FI') and the final-sigma rule, as CPython's str methods do it.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace coil::vm {

enum class CaseChange : uint8_t { Lower, Upper, Title, Capitalize, SwapCase, Fold };

// The UTF-8 text `utf8` converted as str.lower(), upper(), title(), capitalize(), swapcase()
// or casefold() convert it.
std::string change_case(std::string_view utf8, CaseChange how);

// The Unicode character properties behind str.islower()/isupper()/istitle().
bool is_lowercase_char(uint32_t cp);
bool is_uppercase_char(uint32_t cp);
bool is_titlecase_char(uint32_t cp);
bool is_cased_char(uint32_t cp);

} // namespace coil::vm
