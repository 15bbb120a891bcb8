// Full Unicode case mappings from the table tools/gen_case_data.py writes from python3's own
// str methods (regenerated into the build tree on every build from a clean tree).
#include "vm/str_case.hpp"

#include "vm/str.hpp"

#include <algorithm>
#include <iterator>
#include <vector>

namespace coil::vm {

namespace {

struct CodeRange {
    uint32_t first;
    uint32_t last;
};

// A character whose mapping differs from itself: up to three code points.
struct CaseMapping {
    uint32_t from;
    uint8_t count;
    uint32_t to[3];
};

#include "vm/str_case_data.inc"

template <size_t N> bool in_ranges(const CodeRange (&ranges)[N], uint32_t cp) {
    const auto* it = std::upper_bound(std::begin(ranges), std::end(ranges), cp,
                                      [](uint32_t v, const CodeRange& r) { return v < r.first; });
    return it != std::begin(ranges) && cp <= std::prev(it)->last;
}

template <size_t N>
void append_mapped(std::string& out, const CaseMapping (&table)[N], uint32_t cp) {
    const auto* it = std::lower_bound(std::begin(table), std::end(table), cp,
                                      [](const CaseMapping& m, uint32_t v) { return m.from < v; });
    if (it == std::end(table) || it->from != cp) {
        append_utf8(out, cp);
        return;
    }
    for (uint8_t i = 0; i < it->count; ++i) append_utf8(out, it->to[i]);
}

bool is_case_ignorable(uint32_t cp) {
    return in_ranges(case_ignorable_ranges, cp);
}

constexpr uint32_t capital_sigma = 0x3A3;
constexpr uint32_t final_sigma = 0x3C2;

// Unicode's Final_Sigma condition for the capital sigma at position i: a cased letter before
// it and none after it, skipping case-ignorable characters on both sides.
bool is_final_sigma(const std::vector<uint32_t>& text, size_t i) {
    size_t j = i;
    while (j > 0 && is_case_ignorable(text[j - 1])) --j;
    if (j == 0 || !is_cased_char(text[j - 1])) return false;
    size_t k = i + 1;
    while (k < text.size() && is_case_ignorable(text[k])) ++k;
    return k == text.size() || !is_cased_char(text[k]);
}

// Lowercasing in context: only the capital sigma depends on its neighbours.
void append_lower(std::string& out, const std::vector<uint32_t>& text, size_t i) {
    if (text[i] == capital_sigma && is_final_sigma(text, i)) {
        append_utf8(out, final_sigma);
        return;
    }
    append_mapped(out, lower_mappings, text[i]);
}

} // namespace

bool is_lowercase_char(uint32_t cp) {
    if (cp < 0x80) return cp >= 'a' && cp <= 'z';
    return in_ranges(lowercase_ranges, cp);
}

bool is_uppercase_char(uint32_t cp) {
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
    return in_ranges(uppercase_ranges, cp);
}

bool is_titlecase_char(uint32_t cp) {
    return cp >= 0x80 && in_ranges(titlecase_ranges, cp);
}

bool is_cased_char(uint32_t cp) {
    if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    return in_ranges(cased_ranges, cp);
}

std::string change_case(std::string_view utf8, CaseChange how) {
    std::vector<uint32_t> text;
    text.reserve(utf8.size());
    for (const char *p = utf8.data(), *end = p + utf8.size(); p < end;) {
        text.push_back(decode_utf8(p));
    }
    std::string out;
    out.reserve(utf8.size() + 8);
    bool previous_cased = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const uint32_t c = text[i];
        switch (how) {
        case CaseChange::Lower:
            append_lower(out, text, i);
            break;
        case CaseChange::Upper:
            append_mapped(out, upper_mappings, c);
            break;
        case CaseChange::Fold:
            append_mapped(out, fold_mappings, c);
            break;
        case CaseChange::Capitalize:
            if (i == 0) {
                append_mapped(out, title_mappings, c);
            } else {
                append_lower(out, text, i);
            }
            break;
        case CaseChange::Title:
            // A letter after a cased one is lowered; any other starts a word and is titled.
            if (previous_cased) {
                append_lower(out, text, i);
            } else {
                append_mapped(out, title_mappings, c);
            }
            previous_cased = is_cased_char(c);
            break;
        case CaseChange::SwapCase:
            if (is_uppercase_char(c)) {
                append_lower(out, text, i);
            } else if (is_lowercase_char(c)) {
                append_mapped(out, upper_mappings, c);
            } else {
                append_utf8(out, c);
            }
            break;
        }
    }
    return out;
}

} // namespace coil::vm
