// Compiler tests: disassembly goldens in coil's own format (written by coil, reviewed by hand),
// plus the errors the compiler itself reports.
#include "api/compile_source.hpp"
#include "compiler/disassembler.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace coil::compiler {
namespace {

std::string dis(const std::string& source) {
    auto file = std::make_shared<SourceFile>("t.py", source);
    api::Compiled compiled = api::compile_source(file);
    if (compiled.error) return "error: " + compiled.error->message;
    std::string text = "\n";
    text += disassemble(*compiled.code);
    return text;
}

std::string error_of(const std::string& source) {
    auto file = std::make_shared<SourceFile>("t.py", source);
    api::Compiled compiled = api::compile_source(file);
    return compiled.error ? compiled.error->message : "";
}

TEST(Compiler, ModuleCallAndNames) {
    EXPECT_EQ(dis("x = 1\nprint(x + 2, sep='')\n"), R"(
   1        0 LOAD_CONST                 0 (1)
            1 STORE_NAME                 0 (x)

   2        2 PUSH_NULL
            3 LOAD_NAME                  1 (print)
            4 LOAD_NAME                  0 (x)
            5 LOAD_CONST                 1 (2)
            6 BINARY_OP                  0 (+)
            8 LOAD_CONST                 2 ('')
            9 KW_NAMES                   3 (('sep',))
           10 CALL                       2
           12 POP_TOP
           13 LOAD_CONST                 4 (None)
           14 RETURN_VALUE
)");
}

TEST(Compiler, FunctionWithClosureAndDefaults) {
    EXPECT_EQ(dis("def f(a, b=2):\n    def g():\n        return a\n    return g() < b < 3\n"),
              R"(
   1        0 LOAD_CONST                 0 (2)
            1 BUILD_TUPLE                1
            2 LOAD_CONST                 1 (<code f>)
            3 MAKE_FUNCTION              1
            4 STORE_NAME                 0 (f)
            5 LOAD_CONST                 2 (None)
            6 RETURN_VALUE

Disassembly of <code f, line 1>:
   2        0 LOAD_CLOSURE               0 (a)
            1 BUILD_TUPLE                1
            2 LOAD_CONST                 1 (<code f.<locals>.g>)
            3 MAKE_FUNCTION              8
            4 STORE_FAST                 2 (g)

   4        5 PUSH_NULL
            6 LOAD_FAST                  2 (g)
            7 CALL                       0
            9 LOAD_FAST                  1 (b)
           10 SWAP                       2
           11 COPY                       2
           12 COMPARE_OP                 0 (<)
           14 JUMP_IF_FALSE_OR_POP      19 (to 19)
           15 LOAD_CONST                 2 (3)
           16 COMPARE_OP                 0 (<)
           18 JUMP_FORWARD              21 (to 21)
     >>    19 SWAP                       2
           20 POP_TOP
     >>    21 RETURN_VALUE

Disassembly of <code f.<locals>.g, line 2>:
   3        0 LOAD_DEREF                 0 (a)
            1 RETURN_VALUE
)");
}

TEST(Compiler, LoopsAndExceptionTable) {
    EXPECT_EQ(dis("def f(xs):\n    for x in xs:\n        try:\n            g(x)\n"
                  "        except ValueError as e:\n            continue\n        finally:\n"
                  "            break\n"),
              R"(
   1        0 LOAD_CONST                 0 (<code f>)
            1 MAKE_FUNCTION              0
            2 STORE_NAME                 0 (f)
            3 LOAD_CONST                 1 (None)
            4 RETURN_VALUE

Disassembly of <code f, line 1>:
   2        0 LOAD_FAST                  0 (xs)
            1 GET_ITER
     >>     2 FOR_ITER                  53 (to 53)
            3 STORE_FAST                 1 (x)

   3        4 NOP
            5 NOP

   4        6 PUSH_NULL
            7 LOAD_GLOBAL                0 (g)
            9 LOAD_FAST                  1 (x)
           10 CALL                       1
           12 POP_TOP

   3       13 JUMP_FORWARD              40 (to 40)
     >>    14 PUSH_EXC_INFO

   5       15 LOAD_GLOBAL                1 (ValueError)
           17 CHECK_EXC_MATCH
           18 POP_JUMP_IF_FALSE         36 (to 36)
           19 STORE_FAST                 2 (e)

   6       20 POP_EXCEPT
           21 LOAD_CONST                 0 (None)
           22 STORE_FAST                 2 (e)
           23 DELETE_FAST                2 (e)

   8       24 POP_ITER
           25 JUMP_FORWARD              53 (to 53)

   6       26 JUMP_BACKWARD              2 (to 2)

   5       27 POP_EXCEPT
           28 LOAD_CONST                 0 (None)
           29 STORE_FAST                 2 (e)
           30 DELETE_FAST                2 (e)
           31 JUMP_FORWARD              40 (to 40)
           32 LOAD_CONST                 0 (None)
           33 STORE_FAST                 2 (e)
           34 DELETE_FAST                2 (e)
           35 RERAISE                    1

   3 >>    36 RERAISE                    0
     >>    37 COPY                       3
           38 POP_EXCEPT
           39 RERAISE                    1

   8 >>    40 POP_ITER
           41 JUMP_FORWARD              53 (to 53)

   3       42 JUMP_FORWARD              52 (to 52)
     >>    43 PUSH_EXC_INFO

   8       44 POP_TOP
           45 POP_EXCEPT
           46 POP_ITER
           47 JUMP_FORWARD              53 (to 53)

   3       48 RERAISE                    0
     >>    49 COPY                       3
           50 POP_EXCEPT
           51 RERAISE                    1

   2 >>    52 JUMP_BACKWARD              2 (to 2)
     >>    53 LOAD_CONST                 0 (None)
           54 RETURN_VALUE
ExceptionTable:
  4 to 4 -> 43 [1]
  5 to 12 -> 14 [1]
  13 to 13 -> 43 [1]
  14 to 19 -> 37 [2] lasti
  20 to 23 -> 43 [1]
  27 to 31 -> 43 [1]
  32 to 36 -> 37 [2] lasti
  37 to 39 -> 43 [1]
  43 to 44 -> 49 [2] lasti
  48 to 48 -> 49 [2] lasti
)");
}

// `await` is CPython 3.11's send loop; SEND links the awaited coroutine's frame.
TEST(Compiler, AwaitSendLoop) {
    EXPECT_EQ(dis("async def f(x):\n    return await x\n"), R"(
   1        0 LOAD_CONST                 0 (<code f>)
            1 MAKE_FUNCTION              0
            2 STORE_NAME                 0 (f)
            3 LOAD_CONST                 1 (None)
            4 RETURN_VALUE

Disassembly of <code f, line 1>:
   2        0 LOAD_FAST                  0 (x)
            1 GET_AWAITABLE              0
            2 LOAD_CONST                 0 (None)
     >>     3 SEND                       6 (to 6)
            4 YIELD_VALUE                1
            5 JUMP_BACKWARD              3 (to 3)
     >>     6 RETURN_VALUE
)");
}

// `with` is CPython 3.11's shape: the body's handler keeps only __exit__ below the exception
// (depth 1), so it also covers storing the __enter__ result.
TEST(Compiler, WithExceptionTable) {
    EXPECT_EQ(dis("with a as b:\n    c()\n"), R"(
   1        0 LOAD_NAME                  0 (a)
            1 BEFORE_WITH
            2 STORE_NAME                 1 (b)

   2        3 PUSH_NULL
            4 LOAD_NAME                  2 (c)
            5 CALL                       0
            7 POP_TOP

   1        8 LOAD_CONST                 0 (None)
            9 LOAD_CONST                 0 (None)
           10 LOAD_CONST                 0 (None)
           11 CALL                       2
           13 POP_TOP
           14 JUMP_FORWARD              26 (to 26)
     >>    15 PUSH_EXC_INFO
           16 WITH_EXCEPT_START
           17 POP_JUMP_IF_TRUE          22 (to 22)
           18 RERAISE                    2
     >>    19 COPY                       3
           20 POP_EXCEPT
           21 RERAISE                    1
     >>    22 POP_TOP
           23 POP_EXCEPT
           24 POP_TOP
           25 POP_TOP
     >>    26 LOAD_CONST                 0 (None)
           27 RETURN_VALUE
ExceptionTable:
  2 to 7 -> 15 [1] lasti
  15 to 18 -> 19 [3] lasti
)");
}

// `async for` awaits each __anext__() under a handler (depth 1: the async iterator) whose
// END_ASYNC_FOR ends the loop on StopAsyncIteration.
TEST(Compiler, AsyncForHandler) {
    EXPECT_EQ(
        dis("async def f():\n    async for x in y:\n        body(x)\n    else:\n        e()\n"),
        R"(
   1        0 LOAD_CONST                 0 (<code f>)
            1 MAKE_FUNCTION              0
            2 STORE_NAME                 0 (f)
            3 LOAD_CONST                 1 (None)
            4 RETURN_VALUE

Disassembly of <code f, line 1>:
   2        0 LOAD_GLOBAL                0 (y)
            2 GET_AITER
     >>     3 GET_ANEXT
            4 LOAD_CONST                 0 (None)
     >>     5 SEND                       8 (to 8)
            6 YIELD_VALUE                1
            7 JUMP_BACKWARD              5 (to 5)
     >>     8 STORE_FAST                 0 (x)

   3        9 PUSH_NULL
           10 LOAD_GLOBAL                1 (body)
           12 LOAD_FAST                  0 (x)
           13 CALL                       1
           15 POP_TOP

   2       16 JUMP_BACKWARD              3 (to 3)
     >>    17 END_ASYNC_FOR

   5       18 PUSH_NULL
           19 LOAD_GLOBAL                2 (e)
           21 CALL                       0
           23 POP_TOP

   2       24 LOAD_CONST                 0 (None)
           25 RETURN_VALUE
ExceptionTable:
  3 to 7 -> 17 [1]
)");
}

// except* is CPython 3.11's compiler_try_star_except: [prev_exc, orig, raised, rest] while the
// clauses run, each clause body under its own handler that appends what it raises.
TEST(Compiler, TryStarExceptionTable) {
    EXPECT_EQ(dis("try:\n    f()\nexcept* ValueError as e:\n    g(e)\n"), R"(
   1        0 NOP

   2        1 PUSH_NULL
            2 LOAD_NAME                  0 (f)
            3 CALL                       0
            5 POP_TOP

   1        6 JUMP_FORWARD              46 (to 46)
     >>     7 PUSH_EXC_INFO
            8 COPY                       1
            9 BUILD_LIST                 0
           10 SWAP                       2

   3       11 LOAD_NAME                  1 (ValueError)
           12 CHECK_EG_MATCH
           13 COPY                       1
           14 POP_JUMP_IF_NONE          32 (to 32)
           15 STORE_NAME                 2 (e)

   4       16 PUSH_NULL
           17 LOAD_NAME                  3 (g)
           18 LOAD_NAME                  2 (e)
           19 CALL                       1
           21 POP_TOP

   3       22 LOAD_CONST                 0 (None)
           23 STORE_NAME                 2 (e)
           24 DELETE_NAME                2 (e)
           25 JUMP_FORWARD              33 (to 33)
     >>    26 LOAD_CONST                 0 (None)
           27 STORE_NAME                 2 (e)
           28 DELETE_NAME                2 (e)
           29 LIST_APPEND                3
           30 POP_TOP
           31 JUMP_FORWARD              33 (to 33)
     >>    32 POP_TOP

   1 >>    33 LIST_APPEND                1
           34 PREP_RERAISE_STAR
           35 COPY                       1
           36 POP_JUMP_IF_NOT_NONE      40 (to 40)
           37 POP_TOP
           38 POP_EXCEPT
           39 JUMP_FORWARD              46 (to 46)
     >>    40 SWAP                       2
           41 POP_EXCEPT
           42 RERAISE                    0
     >>    43 COPY                       3
           44 POP_EXCEPT
           45 RERAISE                    1
     >>    46 LOAD_CONST                 0 (None)
           47 RETURN_VALUE
ExceptionTable:
  0 to 5 -> 7 [0]
  7 to 15 -> 43 [1] lasti
  16 to 21 -> 26 [4] lasti
  22 to 36 -> 43 [1] lasti
)");
}

// A `yield` in an async generator wraps its value first (ASYNC_GEN_WRAP).
TEST(Compiler, AsyncGeneratorYield) {
    EXPECT_EQ(dis("async def g():\n    yield 1\n"), R"(
   1        0 LOAD_CONST                 0 (<code g>)
            1 MAKE_FUNCTION              0
            2 STORE_NAME                 0 (g)
            3 LOAD_CONST                 1 (None)
            4 RETURN_VALUE

Disassembly of <code g, line 1>:
   2        0 LOAD_CONST                 1 (1)
            1 ASYNC_GEN_WRAP
            2 YIELD_VALUE                0
            3 POP_TOP
            4 LOAD_CONST                 0 (None)
            5 RETURN_VALUE
)");
}

TEST(Compiler, Errors) {
    EXPECT_EQ(error_of("break\n"), "'break' outside loop");
    EXPECT_EQ(error_of("def f():\n    continue\n"), "'continue' not properly in loop");
}

} // namespace
} // namespace coil::compiler
