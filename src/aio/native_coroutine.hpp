// NativeCoroutine: a coroutine written in C++ (asyncio.sleep, Queue.get, Lock.acquire, ...),
// awaitable and drivable by a Task like a Python coroutine, with send/throw/close.
//
// Its body is a step function called with how it was resumed; it keeps its place in `stage`
// and its locals in `state`. Awaiting a future that is already done continues the body at
// once without suspending (R7), exactly as `await fut` in a Python coroutine does.
#pragma once
#include "aio/future.hpp"

namespace coil::aio {

enum class Resume : uint8_t {
    Start,  // first run; io is None
    Sent,   // the awaited future's result (or None after a bare yield) is in io
    Thrown, // an exception is pending: raised at the await (except/finally run here)
};

enum class Step : uint8_t {
    Await,    // io holds a future to wait for
    Yield,    // io holds the value to yield (None: a bare yield, R4)
    Delegate, // io holds an awaitable: `await` it (yield from), then resume with its outcome
    Return,   // io holds the return value
    Raise,    // an exception is pending
};

struct NativeCoroutine;
using StepFn = Step (*)(Interpreter& interp, NativeCoroutine* self, Resume how, Value* io);

// A kind of native coroutine: its __qualname__, its body, and how many locals the body keeps.
// Kinds are static, so a coroutine carries one pointer where it would carry all three.
struct NativeCoroutineKind {
    const char* qualname;
    StepFn step;
    uint8_t locals;
};

struct NativeCoroutine : Object {
    const NativeCoroutineKind* kind = nullptr;
    // The future it is suspended on, or (when delegating) the iterator of the awaitable it
    // forwards send/throw to; None when neither. A resumed step still finds here what it
    // awaited; the driver clears it when the step returns.
    Value awaiting = Value::none();
    uint16_t stage = 0;
    uint8_t mode = 0; // a switch the body reads, e.g. __aenter__ rather than acquire()
    bool delegating = false;
    bool started = false;
    bool finished = false;
    bool running = false;
    Value state[1]; // the body's locals: kind->locals of them, allocated with the coroutine
};

NativeCoroutine* make_native_coroutine(Interpreter& interp, const NativeCoroutineKind& kind);
inline bool is_native_coroutine(Interpreter& interp, Value v) {
    return v.is_object() && v.as_object()->type == runtime(interp).native_coroutine;
}

// coro.send(value) and coro.throw(pending exception), as the send slot answers: 0 yielded,
// 1 returned, -1 raised; the value in *out.
int native_coroutine_send(Interpreter& interp, Value self, Value sent, Value* out);
int native_coroutine_throw(Interpreter& interp, Value self, Value* out);

// A coroutine that returns `result` when first run, of a kind made by returning_kind().
Step return_first_local(Interpreter& interp, NativeCoroutine* self, Resume how, Value* io);
constexpr NativeCoroutineKind returning_kind(const char* qualname) {
    return NativeCoroutineKind{qualname, return_first_local, 1};
}
Value make_returning_coroutine(Interpreter& interp, const NativeCoroutineKind& kind,
                               Value result);

void init_native_coroutine_type(Interpreter& interp, Runtime& rt);

} // namespace coil::aio
