// Parser goldens from python3: ast.dump of every snippet, syntax errors, REPL completeness.
#include "common/arena.hpp"
#include "common/source_file.hpp"
#include "front/ast_dump.hpp"
#include "front/parse.hpp"
#include "front/source_encoding.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace coil::front {
namespace {

const std::string data_dir = std::string(COIL_TEST_DATA_DIR) + "/parser";

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buf;
    buf << in.rdbuf();
    return buf.str();
}

std::string from_hex(std::string_view hex) {
    std::string out;
    for (size_t i = 0; i + 1 < hex.size(); i += 2)
        out += static_cast<char>(std::stoi(std::string(hex.substr(i, 2)), nullptr, 16));
    return out;
}

struct Case {
    std::string source;
    std::string expected;
    bool post_parse = false; // CPython rejects it after parsing (validator, symtable)
};

// Each golden line is hex(source) TAB expected [TAB post].
std::vector<Case> read_cases(const std::string& name) {
    std::vector<Case> cases;
    std::istringstream in(read_file(data_dir + "/" + name));
    for (std::string line; std::getline(in, line);) {
        const size_t tab = line.find('\t');
        if (tab == std::string::npos) continue;
        const size_t tab2 = line.find('\t', tab + 1);
        Case c{from_hex(line.substr(0, tab)), line.substr(tab + 1, tab2 - tab - 1)};
        c.post_parse = tab2 != std::string::npos;
        cases.push_back(std::move(c));
    }
    return cases;
}

std::vector<std::string> snippet_names() {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(data_dir + "/snippets"))
        if (entry.path().extension() == ".py") names.push_back(entry.path().stem().string());
    std::sort(names.begin(), names.end());
    return names;
}

std::string dump_file(const std::string& name, bool positions) {
    std::optional<SourceFile> file = SourceFile::read(data_dir + "/snippets/" + name + ".py");
    if (!file) return "unreadable";
    if (auto err = decode_source(*file)) return "decode error: " + err->message;
    Arena arena;
    const ParseResult result = parse(*file, ParseMode::File, arena);
    if (!result.module) return "parse error: " + (result.error ? result.error->message : "");
    return dump_ast(*result.module, *file, positions) + "\n";
}

class AstGolden : public testing::TestWithParam<std::string> {};

TEST_P(AstGolden, DumpMatchesPython) {
    EXPECT_EQ(dump_file(GetParam(), false),
              read_file(data_dir + "/snippets/" + GetParam() + ".ast"));
}

TEST_P(AstGolden, PositionsMatchPython) {
    EXPECT_EQ(dump_file(GetParam(), true),
              read_file(data_dir + "/snippets/" + GetParam() + ".pos"));
}

INSTANTIATE_TEST_SUITE_P(Snippets, AstGolden, testing::ValuesIn(snippet_names()),
                         [](const testing::TestParamInfo<std::string>& info) {
                             return info.param;
                         });

// What compile(source, 'x.py', 'exec') reports: kind|msg|lineno|offset, or OK.
std::string describe_error(const std::string& source) {
    SourceFile file("x.py", source);
    std::optional<SyntaxDiagnostic> err = decode_source(file);
    Arena arena;
    if (!err) {
        const ParseResult result = parse(file, ParseMode::File, arena);
        if (result.module) return "OK";
        err = result.error;
    }
    if (!err) return "no diagnostic";
    // A diagnostic at the very end of the file is where compile() puts its end-of-input
    // token: the end of the last line.
    uint32_t begin = std::min(err->span.begin, file.size());
    if (begin == file.size() && begin > 0 && file.text()[begin - 1] == '\n') --begin;
    const LineColumn at = file.locate(begin);
    return std::string(syntax_error_kind_name(err->kind)) + "|" + err->message + "|" +
           std::to_string(at.line) + "|" + std::to_string(at.column + 1);
}

TEST(SyntaxErrors, MatchPython) {
    const auto cases = read_cases("errors.golden");
    ASSERT_GT(cases.size(), 100u);
    for (const Case& c : cases) {
        SCOPED_TRACE(c.source);
        EXPECT_EQ(describe_error(c.source), c.post_parse ? "OK" : c.expected);
    }
}

TEST(Interactive, IncompleteVersusError) {
    for (const Case& c : read_cases("interactive.golden")) {
        SCOPED_TRACE(c.source);
        SourceFile file("<stdin>", c.source);
        Arena arena;
        const ParseResult result = parse(file, ParseMode::Interactive, arena);
        const std::string got = result.incomplete ? "incomplete"
                                : result.module   ? "complete"
                                                  : "error";
        EXPECT_EQ(got, c.expected);
    }
}

TEST(ExpressionMode, MatchesPythonEval) {
    for (const Case& c : read_cases("eval.golden")) {
        SCOPED_TRACE(c.source);
        SourceFile file("<eval>", c.source);
        Arena arena;
        const ParseResult result = parse(file, ParseMode::Expression, arena);
        const std::string got = result.module
                                    ? dump_ast(*result.module, file)
                                    : std::string(syntax_error_kind_name(result.error->kind)) +
                                          "|" + result.error->message;
        EXPECT_EQ(got, c.expected);
    }
}

// CPython gives up on these with RecursionError or MemoryError; coil must fail cleanly too
// rather than overflow the C++ stack in a later recursive pass.
TEST(Limits, TooDeepNestingIsAnErrorNotACrash) {
    const std::vector<std::string> sources = {
        std::string(100000, '-') + "1",
        std::string(1, '1') + std::string(50000, '+') + "1",
        [] {
            std::string s = "a";
            for (int i = 0; i < 50000; ++i) s += ".b";
            return s;
        }(),
        [] {
            std::string s;
            for (int i = 0; i < 5000; ++i) s += "lambda:";
            return s + "1";
        }(),
    };
    for (const std::string& source : sources) {
        SourceFile file("deep.py", source);
        Arena arena;
        const ParseResult result = parse(file, ParseMode::File, arena);
        EXPECT_FALSE(result.module);
    }
}

} // namespace
} // namespace coil::front
