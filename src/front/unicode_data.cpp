// Lookups into the tables tools/gen_unicode_data.py generates from CPython's unicodedata.
#include "front/unicode_data.hpp"

#include <algorithm>
#include <iterator>
#include <string>

namespace coil::front {

namespace {

struct CodeRange {
    uint32_t first;
    uint32_t last;
};

struct NamedCharacter {
    const char* name;
    uint32_t code_point;
};

#include "front/unicode_data.inc"

template <size_t N> bool in_ranges(const CodeRange (&ranges)[N], uint32_t cp) {
    const auto* it = std::upper_bound(std::begin(ranges), std::end(ranges), cp,
                                      [](uint32_t v, const CodeRange& r) { return v < r.first; });
    return it != std::begin(ranges) && cp <= std::prev(it)->last;
}

} // namespace

bool is_printable(uint32_t cp) {
    return in_ranges(printable_ranges, cp);
}

bool is_identifier_start(uint32_t cp) {
    if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' ? true : cp == '_';
    return in_ranges(xid_start_ranges, cp);
}

bool is_identifier_continue(uint32_t cp) {
    if (cp < 0x80) return is_identifier_start(cp) || (cp >= '0' && cp <= '9');
    return in_ranges(xid_continue_ranges, cp);
}

bool lookup_unicode_name(std::string_view name, uint32_t& code_point) {
    // CPython matches the algorithmic CJK names case-sensitively, the table case-insensitively.
    constexpr std::string_view cjk = "CJK UNIFIED IDEOGRAPH-";
    if (name.size() > cjk.size() && name.substr(0, cjk.size()) == cjk) {
        const std::string_view hex = name.substr(cjk.size());
        if (hex.size() != 4 && hex.size() != 5) return false;
        uint32_t cp = 0;
        for (char c : hex) {
            if (c >= '0' && c <= '9')
                cp = cp * 16 + static_cast<uint32_t>(c - '0');
            else if (c >= 'A' && c <= 'F')
                cp = cp * 16 + static_cast<uint32_t>(c - 'A' + 10);
            else
                return false;
        }
        if (!in_ranges(cjk_ranges, cp)) return false;
        code_point = cp;
        return true;
    }
    std::string upper(name);
    for (char& c : upper)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    const auto* end = std::end(named_characters);
    const auto* it = std::lower_bound(std::begin(named_characters), end, upper,
                                      [](const NamedCharacter& n, const std::string& key) {
                                          return std::string_view(n.name) < key;
                                      });
    if (it == end || std::string_view(it->name) != upper) return false;
    code_point = it->code_point;
    return true;
}

} // namespace coil::front
