// Future: asyncio.Future, natively, with the logic of CPython's _asyncio module: callbacks are
// always scheduled through call_soon (R6), and FutureIter is what `await fut` drives: it
// yields the pending future with _asyncio_future_blocking set, or returns its result (R7).
#pragma once
#include "aio/event_loop.hpp"

#include <string>
#include <vector>

namespace coil::aio {

enum class FutureState : uint8_t { Pending, Cancelled, Finished };

struct DoneCallback {
    CallbackFn fn;
    Value a; // the Python callable for call_python_one, or the native callback's data
    vm::Context* context = nullptr; // a Python callback runs in it (add_done_callback(context=))
};

// What most futures never need, allocated on first use: a suspended task holds its future
// (and the one it waits on), so every word of Future counts (issue 4's memory target).
struct FutureExtra {
    Value exception_traceback = Value::none(); // the exception's traceback when set
    Value cancel_message = Value::none();
    Value cancelled_exc = Value::none(); // the CancelledError that cancelled a task
    Value task_name = Value::none();     // a Task's name once given or asked for
    int32_t task_cancel_requests = 0;    // a Task's cancelling() count
    // Callbacks after the inline first one, in registration order; with a context.
    std::vector<DoneCallback> callbacks;
};

struct Future : Object {
    EventLoop* loop = nullptr;
    Value result = Value::none(); // the result, or the exception instance when has_exception
    // The first done-callback when it is native and needs no context (a waiting task's
    // wakeup): most futures have exactly that one. It always runs before extra->callbacks.
    CallbackFn callback0 = nullptr;
    Value callback0_arg = Value::none();
    FutureExtra* extra = nullptr;
    FutureState state : 2 = FutureState::Pending;
    bool has_exception : 1 = false;
    bool blocking : 1 = false;      // _asyncio_future_blocking
    bool log_traceback : 1 = false; // an exception was set and not yet retrieved
    // Task's flag, here to share the word: a cancel() is to be delivered at the next step.
    bool must_cancel : 1 = false;
};

// The exception a finished future holds (None when it has a result).
inline Value stored_exception(const Future* f) {
    return f->has_exception ? f->result : Value::none();
}
inline Value cancel_message(const Future* f) {
    return f->extra ? f->extra->cancel_message : Value::none();
}
FutureExtra& future_extra(Future* f);

struct FutureIter : Object {
    Future* future = nullptr; // nullptr once it returned
};

Future* make_future(Interpreter& interp, EventLoop* loop);
// Is v an asyncio Future (a Task or a gathering future included)?
bool is_future(Interpreter& interp, Value v);
inline Future* as_future(Value v) {
    return static_cast<Future*>(v.as_object());
}
inline bool future_done(const Future* f) {
    return f->state != FutureState::Pending;
}

// set_result / set_exception: false with InvalidStateError("invalid state") when done.
bool future_set_result(Interpreter& interp, Future* f, Value result);
bool future_set_exception(Interpreter& interp, Future* f, Value exc);
// Future.cancel(msg): false when already done.
bool future_cancel(Interpreter& interp, Future* f, Value msg);
// result() / exception(): the value, or error() with the exception (or CancelledError,
// InvalidStateError) pending.
Value future_result(Interpreter& interp, Future* f);
Value future_exception(Interpreter& interp, Future* f);
// The CancelledError to raise for a cancelled future (_make_cancelled_error).
Value make_cancelled_error(Interpreter& interp, Future* f);
// add_done_callback for native callbacks: scheduled at once when the future is done.
void future_add_callback(Interpreter& interp, Future* f, CallbackFn fn, Value a);
// add_done_callback(callable, context=ctx) for a Python callable.
void future_add_context_callback(Interpreter& interp, Future* f, Value callable,
                                 vm::Context* ctx);
// Removes the native callbacks equal to (fn, a); returns how many.
size_t future_remove_callback(Future* f, CallbackFn fn, Value a);
// Schedules every done-callback with call_soon, in order (future_schedule_callbacks).
void future_schedule_callbacks(Interpreter& interp, Future* f);

// A FutureIter over `f`, what `await f` drives.
Value make_future_iter(Interpreter& interp, Future* f);

// A CancelledError instance with `msg` (None: no arguments).
Value make_cancelled(Interpreter& interp, Value msg);

// _future_repr_info: "pending", "finished result=42", with " cb=[...]"; *failed is set
// (with an exception pending) when a repr failed.
std::string future_repr_info(Interpreter& interp, Future* f, bool* failed);
// Future.cancel dispatched on the kind of future (Task and gather's future cancel children).
bool cancel_future(Interpreter& interp, Future* f, Value msg);
// repr(future): "<Future pending>", "<Future finished result=42>" ...
Value future_repr(Interpreter& interp, Value self);
// "Future" / "Task" state words for reprs: pending, cancelled, finished.
const char* future_state_name(const Future* f);

// Future's attributes (_asyncio_future_blocking, _state, _loop, ...), then the generic ones.
Value future_getattr(Interpreter& interp, Value self, Str* name, bool suppress_missing);

// Shared by Task and the gathering future, which extend Future.
void trace_future(Object* self, Tracer& tracer);
void finalize_future(Object* self);
void add_future_methods(Interpreter& interp, Type* type);

void init_future_types(Interpreter& interp, Runtime& rt);

} // namespace coil::aio
