// The event loop's rules (ASYNCIO-ORDER.md R1-R14) on the virtual clock: from C++ with native
// callbacks, and from Python programs whose order of events is checked through a global log.
#include "aio/event_loop.hpp"
#include "aio/ring.hpp"
#include "aio/runtime.hpp"
#include "coil/coil.hpp"
#include "vm/dict.hpp"
#include "vm/heap.hpp"
#include "vm/int.hpp"
#include "vm/list.hpp"
#include "vm/module.hpp"
#include "vm/str.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

namespace coil {
namespace {

using vm::Value;

// A native callback: appends b to the list a (and, when b is an int below 3, schedules
// itself again with b + 10, to see where new callbacks land).
bool record(vm::Interpreter& interp, Value log, Value item) {
    vm::as_list(log)->append(interp, item);
    return true;
}

std::vector<int64_t> ints(Value list) {
    std::vector<int64_t> out;
    for (Value v : *vm::as_list(list)) out.push_back(v.as_small_int());
    return out;
}

struct LoopFixture : ::testing::Test {
    LoopFixture() : rt({"test"}), interp(rt.interpreter()) {
        aio::runtime(interp).virtual_time = true;
        loop = aio::make_event_loop(interp);
        log = vm::List::make(interp);
        // Both stay reachable through __main__, like values a host keeps in its globals.
        vm::Module* main = vm::Module::make(interp, interp.names.main);
        vm::register_module(interp, main);
        main->dict->set(interp, interp.intern("loop"), loop->value());
        main->dict->set(interp, interp.intern("log"), log->value());
    }

    Runtime rt;
    vm::Interpreter& interp;
    aio::EventLoop* loop;
    vm::List* log;
};

TEST_F(LoopFixture, R1ReadyQueueIsFifoWithASnapshot) {
    for (int i = 1; i <= 3; ++i)
        aio::call_soon(loop, record, log->value(), Value::from_small_int(i));
    ASSERT_TRUE(aio::run_once(interp, loop));
    EXPECT_EQ(ints(log->value()), (std::vector<int64_t>{1, 2, 3}));
    // What a callback schedules waits for the next iteration.
    aio::call_soon(
        loop,
        [](vm::Interpreter& in, Value l, Value) {
            vm::as_list(l)->append(in, Value::from_small_int(4));
            aio::EventLoop* lp = static_cast<aio::EventLoop*>(aio::runtime(in).current_loop);
            aio::call_soon(lp, record, l, Value::from_small_int(5));
            return true;
        },
        log->value());
    aio::runtime(interp).current_loop = loop;
    ASSERT_TRUE(aio::run_once(interp, loop));
    EXPECT_EQ(ints(log->value()), (std::vector<int64_t>{1, 2, 3, 4}));
    ASSERT_TRUE(aio::run_once(interp, loop));
    EXPECT_EQ(ints(log->value()), (std::vector<int64_t>{1, 2, 3, 4, 5}));
    aio::runtime(interp).current_loop = nullptr;
}

TEST_F(LoopFixture, R2TimersRunInDeadlineThenInsertionOrderAfterReadyCallbacks) {
    const double now = loop->time();
    aio::call_at(interp, loop, now + 2, record, log->value(), Value::from_small_int(20));
    aio::call_at(interp, loop, now + 1, record, log->value(), Value::from_small_int(10));
    aio::call_at(interp, loop, now + 1, record, log->value(), Value::from_small_int(11));
    aio::call_soon(loop, record, log->value(), Value::from_small_int(0));
    EXPECT_DOUBLE_EQ(aio::next_deadline(loop), now + 1);
    ASSERT_TRUE(aio::run_once(interp, loop)); // ready callbacks: no waiting
    EXPECT_EQ(ints(log->value()), (std::vector<int64_t>{0}));
    EXPECT_DOUBLE_EQ(loop->time(), now);
    ASSERT_TRUE(aio::run_once(interp, loop)); // the clock jumps to the first deadline
    EXPECT_EQ(ints(log->value()), (std::vector<int64_t>{0, 10, 11}));
    EXPECT_DOUBLE_EQ(loop->time(), now + 1);
    ASSERT_TRUE(aio::run_once(interp, loop));
    EXPECT_EQ(ints(log->value()), (std::vector<int64_t>{0, 10, 11, 20}));
    EXPECT_LT(aio::next_deadline(loop), 0);
}

TEST_F(LoopFixture, CancelledTimersNeverRunAndAreDropped) {
    const double now = loop->time();
    std::vector<aio::Handle*> handles;
    for (int i = 0; i < 300; ++i) {
        handles.push_back(aio::call_at(interp, loop, now + 1 + i, record, log->value(),
                                       Value::from_small_int(i)));
    }
    for (int i = 0; i < 300; ++i) {
        if (i != 7) aio::cancel_handle(handles[static_cast<size_t>(i)]);
    }
    ASSERT_TRUE(aio::run_once(interp, loop));
    EXPECT_LT(loop->timers.size(), 300u); // most cancelled handles were removed
    while (aio::next_deadline(loop) >= 0) ASSERT_TRUE(aio::run_once(interp, loop));
    EXPECT_EQ(ints(log->value()), (std::vector<int64_t>{7}));
}

TEST_F(LoopFixture, VirtualClockTakesNoWallTime) {
    const double now = loop->time();
    aio::call_at(interp, loop, now + 3600, record, log->value(), Value::from_small_int(1));
    const auto start = std::chrono::steady_clock::now();
    ASSERT_TRUE(aio::run_once(interp, loop));
    const auto elapsed = std::chrono::steady_clock::now() - start;
    EXPECT_EQ(ints(log->value()), (std::vector<int64_t>{1}));
    EXPECT_NEAR(loop->time(), now + 3600, 1e-6);
    EXPECT_LT(elapsed, std::chrono::seconds(1));
}

// --- Python programs on the virtual clock: each appends to `log`, checked afterwards.

std::vector<std::string> run_and_log(const char* program) {
    Runtime rt({"test"});
    aio::runtime(rt.interpreter()).virtual_time = true;
    EXPECT_EQ(rt.run_string(program, "<test>"), 0);
    vm::Interpreter& interp = rt.interpreter();
    Value main = interp.modules->get(interp.names.main);
    Value log = static_cast<vm::Module*>(main.as_object())->dict->get(interp.intern("log"));
    std::vector<std::string> out;
    if (!vm::is_list(log)) return out;
    for (Value v : *vm::as_list(log)) {
        out.push_back(vm::is_str(v) ? std::string(vm::as_str(v)->view()) : "?");
    }
    return out;
}

TEST(LoopRules, R3TasksStartLazilyInCreationOrder) {
    const auto log = run_and_log(R"(
import asyncio
log = []
async def w(n):
    log.append("start " + n)
async def main():
    asyncio.create_task(w("a"))
    asyncio.create_task(w("b"))
    log.append("created")
    await asyncio.sleep(0)
asyncio.run(main())
)");
    EXPECT_EQ(log, (std::vector<std::string>{"created", "start a", "start b"}));
}

TEST(LoopRules, R4BareYieldRequeuesAndBadYieldFailsTheTask) {
    const auto log = run_and_log(R"(
import asyncio
log = []
class Hop:
    def __await__(self):
        yield
class Bad:
    def __await__(self):
        yield 42
async def ticker():
    for i in range(2):
        log.append("tick " + str(i))
        await asyncio.sleep(0)
async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    await Hop()
    log.append("hopped")
    try:
        await Bad()
    except RuntimeError as e:
        log.append(str(e))
    await t
asyncio.run(main())
)");
    EXPECT_EQ(log,
              (std::vector<std::string>{"tick 0", "tick 1", "hopped", "Task got bad yield: 42"}));
}

TEST(LoopRules, R5WakeupStepsTheTaskWithoutAnExtraIteration) {
    const auto log = run_and_log(R"(
import asyncio
log = []
async def waiter(fut):
    log.append("woke " + await fut)
async def ticker():
    for i in range(3):
        log.append("tick " + str(i))
        await asyncio.sleep(0)
async def main():
    fut = asyncio.get_running_loop().create_future()
    w = asyncio.create_task(waiter(fut))
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    fut.set_result("x")
    await asyncio.gather(w, t)
asyncio.run(main())
)");
    // set_result schedules the wakeup, which steps the waiter at once: it runs in the same
    // iteration as tick 1, with no hop in between.
    EXPECT_EQ(log, (std::vector<std::string>{"tick 0", "tick 1", "woke x", "tick 2"}));
}

TEST(LoopRules, R6DoneCallbacksAreScheduledInRegistrationOrder) {
    const auto log = run_and_log(R"(
import asyncio
log = []
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: log.append("cb a"))
    fut.add_done_callback(lambda f: log.append("cb b"))
    loop.call_soon(log.append, "queued before")
    fut.set_result(1)
    log.append("set_result returned")
    fut.add_done_callback(lambda f: log.append("cb late"))
    await asyncio.sleep(0)
asyncio.run(main())
)");
    EXPECT_EQ(log, (std::vector<std::string>{"set_result returned", "queued before", "cb a", "cb b",
                                             "cb late"}));
}

TEST(LoopRules, R7AwaitingSomethingFinishedDoesNotSuspend) {
    const auto log = run_and_log(R"(
import asyncio
log = []
async def quick():
    return "q"
async def other():
    log.append("other ran")
async def main():
    q = asyncio.create_task(quick())
    await asyncio.sleep(0)
    asyncio.create_task(other())
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("f")
    log.append(await q + await fut + await quick())
    log.append("no hop yet")
    await asyncio.sleep(0)
asyncio.run(main())
)");
    EXPECT_EQ(log, (std::vector<std::string>{"qfq", "no hop yet", "other ran"}));
}

TEST(LoopRules, R10QueueWakesTheGetterButTheItemGoesToWhoeverTakesItFirst) {
    const auto log = run_and_log(R"(
import asyncio
log = []
async def consumer(q):
    log.append("got " + await q.get())
async def main():
    q = asyncio.Queue()
    c = asyncio.create_task(consumer(q))
    await asyncio.sleep(0)
    q.put_nowait("first")
    log.append("main took " + q.get_nowait())
    await asyncio.sleep(0)
    log.append("consumer waiting " + str(not c.done()))
    q.put_nowait("second")
    await c
asyncio.run(main())
)");
    EXPECT_EQ(log,
              (std::vector<std::string>{"main took first", "consumer waiting True", "got second"}));
}

TEST(LoopRules, R13CallbackErrorsGoToTheHandlerAndTheLoopGoesOn) {
    const auto log = run_and_log(R"(
import asyncio
log = []
def bad():
    raise ValueError("boom")
def handler(loop, context):
    log.append(context["message"].split(" at ")[0] + ": " + str(context["exception"]))
async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(bad)
    loop.call_soon(log.append, "next callback")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    raise KeyError("from main")
try:
    asyncio.run(main())
except KeyError:
    log.append("run raised KeyError")
)");
    EXPECT_EQ(log, (std::vector<std::string>{"Exception in callback bad(): boom", "next callback",
                                             "run raised KeyError"}));
}

TEST(LoopRules, R14TheLoopKeepsUnreferencedTasksAlive) {
    Runtime rt({"test"});
    aio::runtime(rt.interpreter()).virtual_time = true;
    // Enough garbage for collections to happen while the tasks wait; a GC-stress build
    // collects at every safepoint already, and a big list would make it quadratic.
#ifdef COIL_GC_STRESS
    const std::string garbage_size = "200";
#else
    const std::string garbage_size = "50000";
#endif
    ASSERT_EQ(rt.run_string(R"(
import asyncio
log = []
async def forgotten(n):
    for _ in range(n):
        await asyncio.sleep(0)
    log.append(str(n))
async def main():
    for n in (3, 1, 2):
        asyncio.create_task(forgotten(n))
    for _ in range(5):
        garbage = [[i] for i in range()" + garbage_size + R"()]
        await asyncio.sleep(0)
asyncio.run(main())
)",
                            "<test>"),
              0);
    vm::Interpreter& interp = rt.interpreter();
    Value main = interp.modules->get(interp.names.main);
    Value log = static_cast<vm::Module*>(main.as_object())->dict->get(interp.intern("log"));
    ASSERT_TRUE(vm::is_list(log));
    std::vector<std::string> out;
    for (Value v : *vm::as_list(log)) out.push_back(std::string(vm::as_str(v)->view()));
    EXPECT_EQ(out, (std::vector<std::string>{"1", "2", "3"}));
}

TEST(LoopRules, R8LongSleepsRunInstantlyInDeadlineOrder) {
    const auto start = std::chrono::steady_clock::now();
    const auto log = run_and_log(R"(
import asyncio
log = []
async def s(d):
    await asyncio.sleep(d)
    log.append(str(d))
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.gather(s(3600), s(60), s(600))
    log.append(str(round(loop.time() - t0)))
asyncio.run(main())
)");
    EXPECT_EQ(log, (std::vector<std::string>{"60", "600", "3600", "3600"}));
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
}

TEST(LoopRules, R9GatherResumesTwoIterationsAfterTheLastChild) {
    const auto log = run_and_log(R"(
import asyncio
log = []
async def child():
    log.append("child")
async def ticker():
    for i in range(4):
        log.append("tick " + str(i))
        await asyncio.sleep(0)
async def main():
    t = asyncio.create_task(ticker())
    await asyncio.gather(child())
    log.append("gathered")
    await t
asyncio.run(main())
)");
    EXPECT_EQ(log, (std::vector<std::string>{"tick 0", "child", "tick 1", "tick 2", "gathered",
                                             "tick 3"}));
}

TEST(LoopRules, R11LeftoverTasksAreCancelledAtShutdown) {
    const auto log = run_and_log(R"(
import asyncio
log = []
async def bg():
    try:
        await asyncio.sleep(3600)
    finally:
        log.append("bg finally")
async def main():
    asyncio.create_task(bg())
    await asyncio.sleep(0)
    log.append("main done")
asyncio.run(main())
)");
    EXPECT_EQ(log, (std::vector<std::string>{"main done", "bg finally"}));
}

TEST(LoopRules, R12CancelThrowsAtTheAwait) {
    const auto log = run_and_log(R"(
import asyncio
log = []
async def victim():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("cancelled")
        raise
async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(1)
    log.append(str(t.cancel()))
    try:
        await t
    except asyncio.CancelledError:
        log.append(str(t.cancelled()))
    log.append(str(t.cancel()))
asyncio.run(main())
)");
    EXPECT_EQ(log, (std::vector<std::string>{"True", "cancelled", "True", "False"}));
}

TEST(LoopRules, ManyShortLivedTasksRunInFlatMemory) {
    Runtime rt({"test"});
    aio::runtime(rt.interpreter()).virtual_time = true;
    // A GC-stress build collects at every safepoint, so its memory is flat by construction and
    // 200k tasks would only take minutes.
#ifdef COIL_GC_STRESS
    const std::string tasks = "20000";
#else
    const std::string tasks = "200000";
#endif
    std::string source = R"(
import asyncio
async def nothing(i):
    return i
async def main():
    total = 0
    for i in range()";
    source += tasks;
    source += R"():
        total += await asyncio.create_task(nothing(i))
    return total
result = asyncio.run(main())
)";
    ASSERT_EQ(rt.run_string(source, "<test>"), 0);
    EXPECT_LT(rt.interpreter().heap().live_bytes(), size_t(64) << 20);
}

// Waiter queues remove woken waiters from anywhere; order must survive either shift direction,
// including across the wrap-around of the ring.
TEST(RingErase, KeepsOrderFromBothEnds) {
    aio::Ring<int> ring;
    std::vector<int> model;
    for (int i = 0; i < 10; ++i) ring.push_back(-1);
    while (!ring.empty()) ring.pop_front(); // the next items wrap around the end of the buffer
    for (int i = 0; i < 12; ++i) {
        ring.push_back(i);
        model.push_back(i);
    }
    for (size_t at : {0u, 10u, 3u, 7u, 0u, 5u}) {
        ring.erase(at);
        model.erase(model.begin() + static_cast<std::ptrdiff_t>(at));
        ASSERT_EQ(ring.size(), model.size());
        for (size_t i = 0; i < model.size(); ++i) EXPECT_EQ(ring[i], model[i]);
    }
}

} // namespace
} // namespace coil
