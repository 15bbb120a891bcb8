// Token streams against python3's tokenize (comments and blank-line NL tokens aside).
#include "common/arena.hpp"
#include "common/source_file.hpp"
#include "front/ast_dump.hpp"
#include "front/lexer.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace coil::front {
namespace {

const std::string data_dir = std::string(COIL_TEST_DATA_DIR) + "/parser/snippets";

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buf;
    buf << in.rdbuf();
    return buf.str();
}

std::vector<std::string> token_goldens() {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(data_dir))
        if (entry.path().extension() == ".tokens") names.push_back(entry.path().stem().string());
    std::sort(names.begin(), names.end());
    return names;
}

// The token stream in tokenize's terms: keywords are NAMEs, punctuation is OP.
std::string tokenize(const std::string& text) {
    SourceFile file("t.py", text);
    Arena arena;
    Lexer lexer(file.text(), 0, file.data(), Parser::token::TOK_START_FILE, false, arena);
    lexer.next();
    std::string out;
    for (int guard = 0; guard < 100000; ++guard) {
        const Parser::symbol_type tok = lexer.next();
        using S = Parser::symbol_kind;
        const S::symbol_kind_type kind = tok.kind();
        const char* name = nullptr;
        switch (kind) {
        case S::S_YYEOF:
            return out + "ENDMARKER\n";
        case S::S_NEWLINE:
            out += "NEWLINE\n";
            continue;
        case S::S_INDENT:
            out += "INDENT\n";
            continue;
        case S::S_DEDENT:
            out += "DEDENT\n";
            continue;
        case S::S_ERROR:
            return out + "ERROR " + (lexer.error() ? lexer.error()->message : "") + "\n";
        case S::S_NUMBER:
            name = "NUMBER";
            break;
        case S::S_STRING:
            name = "STRING";
            break;
        default:
            name = kind >= S::S_NAME && kind <= S::S_YIELD && kind != S::S_NUMBER &&
                           kind != S::S_STRING && kind != S::S_NEWLINE && kind != S::S_INDENT &&
                           kind != S::S_DEDENT
                       ? "NAME"
                       : "OP";
        }
        const Span span = tok.location;
        const LineColumn at = file.locate(span.begin);
        out += std::string(name) + " " + std::to_string(at.line) + ":" + std::to_string(at.column) +
               " " + repr_str(file.text().substr(span.begin, span.end - span.begin)) + "\n";
    }
    return out + "runaway\n";
}

class TokenGolden : public testing::TestWithParam<std::string> {};

TEST_P(TokenGolden, MatchesPythonTokenize) {
    EXPECT_EQ(tokenize(read_file(data_dir + "/" + GetParam() + ".py")),
              read_file(data_dir + "/" + GetParam() + ".tokens"));
}

INSTANTIATE_TEST_SUITE_P(Snippets, TokenGolden, testing::ValuesIn(token_goldens()),
                         [](const testing::TestParamInfo<std::string>& info) {
                             return info.param;
                         });

TEST(Lexer, NulByteInsideTheTextIsAnErrorNotTheEnd) {
    const std::string text("x = 1\0y\n", 8);
    SourceFile file("t.py", text);
    Arena arena;
    Lexer lexer(file.text(), 0, file.data(), Parser::token::TOK_START_FILE, false, arena);
    while (lexer.next().kind() != Parser::symbol_kind::S_YYEOF) {
    }
    ASSERT_TRUE(lexer.error());
    EXPECT_EQ(lexer.error()->span.begin, 5u);
}

} // namespace
} // namespace coil::front
