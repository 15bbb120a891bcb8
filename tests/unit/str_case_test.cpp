// Full Unicode case mappings and the final-sigma rule (vm/str_case).
#include "vm/str_case.hpp"

#include <gtest/gtest.h>

namespace coil::vm {
namespace {

TEST(StrCase, OneToManyMappings) {
    EXPECT_EQ(change_case("\xef\xac\x81", CaseChange::Upper), "FI"); // U+FB01 LIGATURE FI
    EXPECT_EQ(change_case("stra\xc3\x9f"
                          "e",
                          CaseChange::Upper),
              "STRASSE"); // sharp s
    EXPECT_EQ(change_case("\xc3\x9f", CaseChange::Fold), "ss");
    EXPECT_EQ(change_case("\xc4\xb0", CaseChange::Lower), "i\xcc\x87"); // dotted capital I
    EXPECT_EQ(change_case("\xef\xac\x81x", CaseChange::Title), "Fix");
}

TEST(StrCase, FinalSigma) {
    // "ΟΔΟΣ" lowers to "οδος" with a final sigma; a lone capital sigma stays medial.
    EXPECT_EQ(change_case("\xce\x9f\xce\x94\xce\x9f\xce\xa3", CaseChange::Lower),
              "\xce\xbf\xce\xb4\xce\xbf\xcf\x82");
    EXPECT_EQ(change_case("\xce\xa3", CaseChange::Lower), "\xcf\x83");
    // A case-ignorable apostrophe before the end keeps it final.
    EXPECT_EQ(change_case("A\xce\xa3'", CaseChange::Lower), "a\xcf\x82'");
}

TEST(StrCase, TitleCapitalizeSwap) {
    EXPECT_EQ(change_case("hello wORLD", CaseChange::Title), "Hello World");
    EXPECT_EQ(change_case("\xc7\x86"
                          "emal",
                          CaseChange::Capitalize),
              "\xc7\x85"
              "emal"); // dž
    EXPECT_EQ(change_case("aB\xc3\x9f", CaseChange::SwapCase), "AbSS");
}

TEST(StrCase, Properties) {
    EXPECT_TRUE(is_lowercase_char(0xAA)); // ª has no mapping but is Lowercase
    EXPECT_TRUE(is_titlecase_char(0x1C5));
    EXPECT_FALSE(is_cased_char('1'));
    EXPECT_TRUE(is_uppercase_char(0x3A3));
}

} // namespace
} // namespace coil::vm
