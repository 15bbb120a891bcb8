// Engine behaviour worth pinning: the recursion limit, exception-table unwinding, the state
// left after errors, and garbage collection while many frames are live.
#include "coil/coil.hpp"
#include "vm/dict.hpp"
#include "vm/execution.hpp"
#include "vm/int.hpp"
#include "vm/interpreter.hpp"
#include "vm/module.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/str.hpp"
#include "vm/type.hpp"

#include <gtest/gtest.h>

#include <string>

namespace coil {
namespace {

// The value of global `name` in __main__ after the last run.
vm::Value main_global(Runtime& rt, const char* name) {
    vm::Interpreter& interp = rt.interpreter();
    vm::Value main = interp.modules->get(interp.names.main);
    if (main.is_absent()) return main;
    return static_cast<vm::Module*>(main.as_object())->dict->get(interp.intern(name));
}

int64_t main_int(Runtime& rt, const char* name) {
    vm::Value v = main_global(rt, name);
    int64_t out = -1;
    EXPECT_TRUE(vm::is_int(v)) << name;
    vm::int_to_int64(v, &out);
    return out;
}

void expect_clean(Runtime& rt) {
    const vm::ExecutionState& exec = rt.interpreter().exec;
    EXPECT_EQ(exec.current_frame, nullptr);
    EXPECT_EQ(exec.depth, 0u);
    EXPECT_EQ(exec.reentries, 0u);
    EXPECT_TRUE(exec.handled.is_none());
    EXPECT_FALSE(rt.interpreter().has_pending());
}

TEST(Interp, RecursionLimitIsARecoverableError) {
    Runtime rt({"test"});
    const int status = rt.run_string(R"(
def down(n):
    return down(n + 1)
caught = 0
for i in range(3):
    try:
        down(0)
    except RecursionError:
        caught = caught + 1
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
deep = depth(990)
)",
                                     "<test>");
    EXPECT_EQ(status, 0);
    EXPECT_EQ(main_int(rt, "caught"), 3);
    EXPECT_EQ(main_int(rt, "deep"), 990);
    expect_clean(rt);
}

TEST(Interp, ExceptionTableUnwindsThroughFramesAndBlocks) {
    Runtime rt({"test"});
    const int status = rt.run_string(R"(
log = 0
def inner(n):
    try:
        if n == 0:
            raise KeyError(n)
        return inner(n - 1)
    finally:
        global log
        log = log + 1
def outer():
    for i in range(3):
        try:
            try:
                inner(5)
            except ValueError:
                return -1
        except LookupError:
            continue
        finally:
            pass
    return 7
result = outer()
)",
                                     "<test>");
    EXPECT_EQ(status, 0);
    EXPECT_EQ(main_int(rt, "result"), 7);
    EXPECT_EQ(main_int(rt, "log"), 18); // six finally blocks per call, three calls
    expect_clean(rt);
}

TEST(Interp, UncaughtErrorLeavesNoRunningState) {
    Runtime rt({"test"});
    testing::internal::CaptureStderr();
    const int status =
        rt.run_string("def f():\n    try:\n        1/0\n    except ZeroDivisionError:"
                      "\n        [][0]\nf()\n",
                      "<test>");
    const std::string err = testing::internal::GetCapturedStderr();
    EXPECT_EQ(status, 1);
    EXPECT_NE(err.find("During handling of the above exception"), std::string::npos) << err;
    EXPECT_NE(err.find("IndexError: list index out of range"), std::string::npos) << err;
    expect_clean(rt);
}

TEST(Interp, CollectsGarbageWhileDeepFramesAreLive) {
    Runtime rt({"test"});
    const int status = rt.run_string(R"(
def build(n):
    if n == 0:
        total = 0
        for i in range(200000):
            chunk = [i, i + 1, i + 2, [i]]
            total = total + chunk[3][0]
        return total
    mine = [n] * 3
    below = build(n - 1)
    return below + mine[0] + mine[2]
result = build(300)
)",
                                     "<test>");
    EXPECT_EQ(status, 0);
    // sum(range(200000)) plus 2 * sum(1..300)
    EXPECT_EQ(main_int(rt, "result"), 19999900000 + 90300);
    EXPECT_GT(rt.interpreter().heap().collections(), 0u);
    expect_clean(rt);
}

// A native that calls its first argument with the rest: Python -> C++ -> Python recursion.
vm::Value call_it(vm::Interpreter& interp, const vm::Value* args, size_t nargs, vm::Tuple*) {
    return vm::ops::call(interp, args[0], args + 1, nargs - 1);
}

TEST(Interp, RecursionThroughNativesNeverOverflowsTheCStack) {
    Runtime rt({"test"});
    vm::Interpreter& interp = rt.interpreter();
    interp.builtins->set(interp, interp.intern("call_it"),
                         vm::make_native_function(interp, "call_it", call_it)->value());
    const char* program = R"(
def f(n):
    return call_it(f, n + 1)
try:
    f(0)
except RecursionError:
    caught = 1
)";
    EXPECT_EQ(rt.run_string(program, "<test>"), 0);
    EXPECT_EQ(main_int(rt, "caught"), 1);
    expect_clean(rt);
    // Even with a limit no C stack could honour, the nested loops stop in time.
    interp.exec.recursion_limit = 10000000;
    EXPECT_EQ(rt.run_string(program, "<test>"), 0);
    EXPECT_EQ(main_int(rt, "caught"), 1);
    expect_clean(rt);
}

TEST(Interp, AwaitChainsRunInOneLoop) {
#ifdef COIL_GC_STRESS
    // Collecting at every safepoint marks every live frame each time: quadratic in the depth.
    // The normal build proves the depth; this build proves the GC is right along the chain.
    const int depth = 3000;
#else
    // Far deeper than any C stack allows for nested loops: SEND links the frames instead.
    const int depth = 100000;
#endif
    Runtime rt({"test"});
    rt.interpreter().exec.recursion_limit = depth + 20000;
    const std::string program = R"(
async def deep(n):
    if n == 0:
        return 0
    return 1 + await deep(n - 1)
c = deep()" + std::to_string(depth) + R"()
try:
    c.send(None)
except StopIteration as e:
    result = e.value
)";
    const int status = rt.run_string(program, "<test>");
    EXPECT_EQ(status, 0);
    EXPECT_EQ(main_int(rt, "result"), depth);
    expect_clean(rt);
}

TEST(Interp, SystemExitStatus) {
    Runtime rt({"test"});
    EXPECT_EQ(rt.run_string("raise SystemExit(7)\n", "<test>"), 7);
    Runtime rt2({"test"});
    EXPECT_EQ(rt2.run_string("raise SystemExit\n", "<test>"), 0);
}

// `with` and `async for` need objects with special methods and coil compiles no classes yet:
// build a class natively whose
// methods are the Python functions `setup` leaves in builtins under `methods` (a dict), and
// publish its one instance as the builtin `instance`. The expected logs are CPython 3.11's for
// the same programs with an equivalent class.
std::string run_with_native_manager(Runtime& rt, const char* setup, const char* program) {
    EXPECT_EQ(rt.run_string(setup, "<setup>"), 0);
    vm::Interpreter& interp = rt.interpreter();
    vm::Dict* builtins = interp.builtins_module->dict;
    vm::Type* type =
        vm::make_builtin_type(interp, "CM", interp.types.object, sizeof(vm::Object), 0);
    vm::Dict* methods = vm::as_dict(builtins->get(interp.intern("methods")));
    for (const char* name :
         {"__enter__", "__exit__", "__aenter__", "__aexit__", "__aiter__", "__anext__"}) {
        const vm::Value method = methods->get(interp.intern(name));
        if (!method.is_absent()) vm::type_set_attr(interp, type, name, method);
    }
    builtins->set(interp, interp.intern("CM"), type->value());
    builtins->set(interp, interp.intern("instance"), interp.heap().make<vm::Object>(type)->value());
    EXPECT_EQ(rt.run_string(program, "<test>"), 0);
    const vm::Value result = main_global(rt, "result");
    if (!vm::is_str(result)) return "<no result>";
    return std::string(vm::as_str(result)->view());
}

TEST(Interp, WithStatementsCallExitOnEveryWayOut) {
    Runtime rt({"test"});
    const std::string log = run_with_native_manager(rt, R"(
import builtins
builtins.log = []
def enter(self):
    log.append("enter")
    return "value"
def exit_(self, t, v, tb):
    log.append(("exit", t, str(v), tb is None))
    return t is KeyError
builtins.methods = {"__enter__": enter, "__exit__": exit_}
)",
                                                    R"(
cm = instance
with cm as v:
    log.append(("body", v))
with cm as (a, b, *c):
    log.append((a, b, c))
with cm:
    raise KeyError("k")
try:
    with cm:
        raise ValueError("v")
except ValueError as e:
    log.append(("caught", str(e)))
def ret():
    with cm as v:
        return v + "!"
log.append(ret())
for i in range(3):
    with cm, cm as w:
        if i == 0:
            continue
        if i == 1:
            break
log.append(i)
def inner_handler():
    with cm:
        try:
            {}[1]
        except KeyError:
            log.append("handled")
    return "done"
log.append(inner_handler())
def exit_raises():
    with cm:
        raise IndexError
try:
    exit_raises()
except IndexError:
    log.append("index")
def g():
    with cm as v:
        yield v
it = g()
log.append(next(it))
it.close()
def tf():
    for i in range(2):
        try:
            with cm:
                break
        finally:
            log.append("finally")
    return i
log.append(tf())
def in_handler():
    try:
        raise OSError("outer")
    except OSError:
        with cm:
            raise KeyError("suppressed")
        return "kept"
log.append(in_handler())
result = repr(log)
)");
    EXPECT_EQ(
        log,
        R"(['enter', ('body', 'value'), ('exit', None, 'None', True), 'enter', ('v', 'a', ['l', 'u', 'e']), ('exit', None, 'None', True), 'enter', ('exit', <class 'KeyError'>, "'k'", False), 'enter', ('exit', <class 'ValueError'>, 'v', False), ('caught', 'v'), 'enter', ('exit', None, 'None', True), 'value!', 'enter', 'enter', ('exit', None, 'None', True), ('exit', None, 'None', True), 'enter', 'enter', ('exit', None, 'None', True), ('exit', None, 'None', True), 1, 'enter', 'handled', ('exit', None, 'None', True), 'done', 'enter', ('exit', <class 'IndexError'>, '', False), 'index', 'enter', 'value', ('exit', <class 'GeneratorExit'>, '', False), 'enter', ('exit', None, 'None', True), 'finally', 0, 'enter', ('exit', <class 'KeyError'>, "'suppressed'", False), 'kept'])");
    expect_clean(rt);
}

TEST(Interp, AsyncWithAwaitsEnterAndExit) {
    Runtime rt({"test"});
    const std::string log = run_with_native_manager(rt, R"(
import builtins
builtins.log = []
async def aenter(self):
    log.append("aenter")
    return "avalue"
async def aexit(self, t, v, tb):
    log.append(("aexit", t, str(v)))
    return t is KeyError
builtins.methods = {"__aenter__": aenter, "__aexit__": aexit}
)",
                                                    R"(
acm = instance
async def main():
    async with acm as v:
        log.append(("body", v))
    async with acm:
        raise KeyError("k")
    try:
        async with acm:
            raise ValueError("v")
    except ValueError as e:
        log.append(("caught", str(e)))
    for i in range(2):
        async with acm, acm as w:
            if i == 0:
                continue
            return w
    return "unreached"
co = main()
try:
    co.send(None)
except StopIteration as e:
    log.append(("returned", e.value))
async def bad():
    async with 1:
        pass
try:
    bad().send(None)
except TypeError as e:
    log.append(str(e))
result = repr(log)
)");
    EXPECT_EQ(
        log,
        R"(['aenter', ('body', 'avalue'), ('aexit', None, 'None'), 'aenter', ('aexit', <class 'KeyError'>, "'k'"), 'aenter', ('aexit', <class 'ValueError'>, 'v'), ('caught', 'v'), 'aenter', 'aenter', ('aexit', None, 'None'), ('aexit', None, 'None'), 'aenter', 'aenter', ('aexit', None, 'None'), ('aexit', None, 'None'), ('returned', 'avalue'), "'int' object does not support the asynchronous context manager protocol"])");
    expect_clean(rt);
}

TEST(Interp, AsyncForAwaitsEachNextUntilStopAsyncIteration) {
    Runtime rt({"test"});
    const std::string log = run_with_native_manager(rt, R"(
import builtins
builtins.state = [0]
def aiter(self):
    state[0] = 0
    return self
async def anext(self):
    state[0] += 1
    if state[0] > 3:
        raise StopAsyncIteration
    return state[0]
builtins.methods = {"__aiter__": aiter, "__anext__": anext}
)",
                                                    R"(
async def main():
    out = []
    async for x in instance:
        out.append(x)
    else:
        out.append("else")
    async for x in instance:
        if x == 1:
            continue
        if x == 2:
            break
        out.append(x)
    else:
        out.append("no")
    try:
        async for x in instance:
            raise ValueError(x)
    except ValueError as e:
        out.append(repr(e))
    try:
        async for x in 1:
            pass
    except TypeError as e:
        out.append(str(e))
    out.append([x async for x in instance])
    out.append({x: -x async for x in instance if x > 1})
    out.append([(x, y) for x in "ab" async for y in instance if y != 2])
    async def double(v):
        return v * 2
    out.append([await double(x) for x in range(3)])
    out.append({await double(x) async for x in instance})
    return out
try:
    main().send(None)
except StopIteration as e:
    result = repr(e.value)
)");
    EXPECT_EQ(
        log,
        R"([1, 2, 3, 'else', 'ValueError(1)', "'async for' requires an object with __aiter__ method, got int", [1, 2, 3], {2: -2, 3: -3}, [('a', 1), ('a', 3), ('b', 1), ('b', 3)], [0, 2, 4], {2, 4, 6}])");
    expect_clean(rt);
}

} // namespace
} // namespace coil
