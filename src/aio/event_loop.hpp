// EventLoop: one asyncio event loop (CPython's BaseEventLoop): the ready queue, the timer
// heap, the reactor, the tasks it keeps alive, and the handles call_soon/call_later return.
//
// Rules of one iteration (run_once, ASYNCIO-ORDER.md R1, R2):
//  1. Wait on the reactor: not at all when callbacks are ready or the loop is stopping,
//     else until the earliest timer is due (without limit when there is none).
//  2. Move every timer due before now + clock resolution to the ready queue, in heap order.
//  3. Run exactly the callbacks that were ready when this step began; what they schedule
//     runs in the next iteration.
#pragma once
#include "aio/reactor.hpp"
#include "aio/ring.hpp"
#include "aio/runtime.hpp"
#include "vm/context.hpp"

#include <memory>
#include <string>
#include <vector>

namespace coil::aio {

struct Future;
struct Task;

// A callback the loop runs, native code with two values (no std::function, no allocation):
// Python callables go through call_python_args / call_python_one. Returns false with an
// exception pending on failure, which the loop reports unless it is KeyboardInterrupt or
// SystemExit.
using CallbackFn = bool (*)(Interpreter& interp, Value a, Value b);

struct Callback {
    CallbackFn fn = nullptr;
    Value a;
    Value b;
};

// a(*b): a Python callable with a tuple of arguments.
bool call_python_args(Interpreter& interp, Value callable, Value args);
// a(b): a Python callable with one argument (a future's done-callback).
bool call_python_one(Interpreter& interp, Value callable, Value arg);

// asyncio.Handle / TimerHandle: a scheduled callback that Python code can cancel.
struct Handle : Object {
    Callback callback;
    EventLoop* loop = nullptr;
    double when = 0;                // TimerHandle only
    vm::Context* context = nullptr; // the callback runs in it (none: in the current one)
    bool cancelled = false;
    bool scheduled = false; // a TimerHandle still in the heap
};

struct TimerEntry {
    double when;
    uint64_t sequence; // insertion order breaks ties, so equal deadlines run FIFO
    Handle* handle;
};

struct EventLoop : Object {
    std::unique_ptr<Reactor> reactor;
    Ring<Callback> ready;
    std::vector<TimerEntry> timers; // a min-heap on (when, sequence)
    uint64_t timer_sequence = 0;
    size_t cancelled_timers = 0; // cancelled handles still in `timers`
    Callback running;            // the callback being run, kept alive here
    Task* current_task = nullptr;
    // Every unfinished task, strongly held (R14); a doubly linked list through the tasks.
    Task* first_task = nullptr;
    size_t task_count = 0;
    Value exception_handler = Value::none();
    // Futures and tasks that failed with an exception nobody has looked at yet: reported as
    // "... exception was never retrieved" when the loop is done with them (see
    // report_abandoned_futures). Retrieved ones are pruned as the list grows.
    std::vector<Future*> unretrieved;
    size_t unretrieved_prune_at = 64;
    bool is_running = false;
    bool stopping = false;
    bool closed = false;
    bool debug = false;
    // What set_debug() was given, which get_debug() returns as is (absent: the bool above).
    Value debug_setting = Value::absent();
    // Async generators first iterated while the loop ran (a list, or None before the first):
    // what shutdown_asyncgens() closes. Held strongly; CPython's WeakSet would let a dropped
    // one go, but coil never runs the finalizer hook that would close it then.
    Value asyncgens = Value::none();

    double time() { return reactor->time(); }
};

// A new loop; on the virtual clock when the runtime says so.
EventLoop* make_event_loop(Interpreter& interp);

// call_soon for native callbacks: appends to the ready queue (never runs it now).
inline void call_soon(EventLoop* loop, CallbackFn fn, Value a, Value b = Value::none()) {
    loop->ready.push_back(Callback{fn, a, b});
}
// call_soon(fn, a, b, context=ctx): a Handle that runs the callback inside `ctx`.
void call_soon_in_context(Interpreter& interp, EventLoop* loop, CallbackFn fn, Value a, Value b,
                          vm::Context* ctx);
// call_at: a TimerHandle for the callback, in the heap.
Handle* call_at(Interpreter& interp, EventLoop* loop, double when, CallbackFn fn, Value a, Value b);
// handle.cancel()
void cancel_handle(Handle* handle);

// One iteration. false with an exception pending when KeyboardInterrupt or SystemExit left
// a callback: the remaining callbacks stay queued.
bool run_once(Interpreter& interp, EventLoop* loop);
// The deadline of the earliest timer (a host's next wake-up), or a negative value if none.
double next_deadline(EventLoop* loop);
// loop.run_forever(): iterations until stop(); false with an exception pending on failure.
bool run_forever(Interpreter& interp, EventLoop* loop);
// loop.run_until_complete(awaitable): its result, or error().
Value run_until_complete(Interpreter& interp, EventLoop* loop, Value awaitable);

// RuntimeError("no running event loop") when none runs.
EventLoop* get_running_loop(Interpreter& interp);
// get_event_loop(): the running loop, else the current one, made and set if there is none.
EventLoop* get_event_loop(Interpreter& interp);

// Tasks the loop keeps alive until they finish.
void register_task(EventLoop* loop, Task* task);
void unregister_task(EventLoop* loop, Task* task);

// loop.call_exception_handler(context) with the pending exception and a message; never
// fails (errors in the handler are printed).
void report_exception(Interpreter& interp, EventLoop* loop, const char* message, Value where);

// loop.call_exception_handler(context): the loop's handler, or the default one; never fails.
void call_exception_handler(Interpreter& interp, EventLoop* loop, vm::Dict* context);

// format_helpers._format_callback_source: "qualname(args) at file:line" for a callback and
// its arguments, as Handle and Future reprs and "Exception in callback" show it.
std::string format_callback_source(Interpreter& interp, Value callable, const Value* args,
                                   size_t nargs);

// loop.shutdown_asyncgens(): a coroutine that acloses every async generator the loop saw
// start, reporting failures to the exception handler.
Value shutdown_asyncgens(Interpreter& interp, EventLoop* loop);
// loop.shutdown_default_executor(): a coroutine.
Value shutdown_default_executor(Interpreter& interp);

// loop.close() once no longer running: reports what is abandoned, drops callbacks and timers.
void close_event_loop(Interpreter& interp, EventLoop* loop);

// The unfinished tasks of `loop`, oldest first.
std::vector<Task*> unfinished_tasks(EventLoop* loop);

// Remembers a future that just failed, for report_abandoned_futures.
void note_unretrieved(EventLoop* loop, Future* f);

// What CPython prints when it frees a future or task whose exception was never retrieved
// ("Future/Task exception was never retrieved", with its traceback) and, when `closing`, a task
// still pending ("Task was destroyed but it is pending!"). CPython prints these from the
// destructor, which reference counting usually runs as soon as the last reference goes: for a
// failed task nobody holds, right after its last step. coil's tracing GC has no such moment, so
// it prints them at the points where the loop is finished with the objects: when asyncio.run's
// main task has finished (before shutdown cancels the rest), and when a loop is closed.
void report_abandoned_futures(Interpreter& interp, EventLoop* loop, bool closing);

// base_events.default_exception_handler: the message, the other keys of `context` sorted as
// "key: repr(value)", then the traceback of its exception, on stderr.
void default_exception_handler(Interpreter& interp, vm::Dict* context);

bool is_event_loop(Interpreter& interp, Value v);

void init_event_loop_types(Interpreter& interp, Runtime& rt);

} // namespace coil::aio
