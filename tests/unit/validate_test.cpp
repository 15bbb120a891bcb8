// Validator tests: CPython's post-parse target and argument errors, message and span.
#include "common/arena.hpp"
#include "front/parse.hpp"
#include "front/validate.hpp"

#include <gtest/gtest.h>

#include <string>

namespace coil::front {
namespace {

struct Case {
    const char* source;
    const char* message;
    uint32_t begin, end; // byte span: CPython's offset - 1 and end_offset - 1
};

// Messages and spans were produced by python3.11's compile() on the same sources.
const Case cases[] = {
    {"f() = 1\n", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 0,
     3},
    {"a, f() = 1\n", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 3,
     6},
    {"f(), a = 1\n", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 5, 10},
    {"x = f() = 1\n", "cannot assign to function call", 4, 7},
    {"[f()] = 1\n", "cannot assign to function call", 1, 4},
    {"a if b else c = 1\n", "cannot assign to conditional expression", 0, 13},
    {"del a, f()\n", "cannot delete function call", 7, 10},
    {"for f() in x:\n    pass\n", "cannot assign to function call", 4, 7},
    {"(a.b := 1)\n", "cannot use assignment expressions with attribute", 1, 4},
    {"a, b: int\n", "only single target (not tuple) can be annotated", 0, 1},
    {"[a]: int\n", "only single target (not list) can be annotated", 0, 3},
    {"f(): int\n", "illegal target for annotation", 0, 3},
    {"f(x=1, y)\n", "positional argument follows keyword argument", 8, 9},
    {"f(**x, y)\n", "positional argument follows keyword argument unpacking", 8, 9},
    {"f(**x, *y)\n", "iterable argument unpacking follows keyword argument unpacking", 7, 8},
    {"f(x for x in y, 1)\n", "Generator expression must be parenthesized", 2, 14},
    {"1 += 1\n", "'literal' is an illegal expression for augmented assignment", 0, 1},
    {"x = yield = 1\n", "assignment to yield expression not possible", 4, 9},
    {"True = 1\n", "cannot assign to True", 0, 4},
};

TEST(Validate, ReportsCPythonMessagesAndSpans) {
    for (const Case& c : cases) {
        SourceFile file("t.py", c.source);
        Arena arena;
        ParseResult parsed = parse(file, ParseMode::File, arena);
        std::optional<SyntaxDiagnostic> err = parsed.error;
        if (!err && parsed.module) err = validate(*parsed.module);
        ASSERT_TRUE(err.has_value()) << c.source;
        EXPECT_EQ(err->message, c.message) << c.source;
        EXPECT_EQ(err->span.begin, c.begin) << c.source;
        EXPECT_EQ(err->span.end, c.end) << c.source;
    }
}

TEST(Validate, AcceptsValidTargets) {
    const char* valid[] = {
        "a, *b = c\n",           "(a) = 1\n",         "a.b[c] = d\n", "[a, (b, c)] = d\n",
        "f(*a, b=1, *c, **d)\n", "f(x for x in y)\n", "(x := 1)\n",   "x: int = 1\n",
        "del a, b.c, d[0]\n",    "a += 1\n"};
    for (const char* src : valid) {
        SourceFile file("t.py", src);
        Arena arena;
        ParseResult parsed = parse(file, ParseMode::File, arena);
        ASSERT_FALSE(parsed.error) << src;
        EXPECT_FALSE(validate(*parsed.module)) << src;
    }
}

} // namespace
} // namespace coil::front
