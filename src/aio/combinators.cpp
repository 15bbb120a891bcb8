// ensure_future, gather, shield, sleep, wait_for and wait: tasks.py's functions natively, with
// the same callbacks in the same order, so results arrive in the same iterations (R8, R9).
#include "aio/combinators.hpp"

#include "aio/native_coroutine.hpp"
#include "aio/task.hpp"
#include "vm/exception.hpp"
#include "vm/float.hpp"
#include "vm/generator.hpp"
#include "vm/heap.hpp"
#include "vm/list.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/set.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <string>
#include <unordered_map>

namespace coil::aio {

using namespace vm;

namespace {

// asyncio.tasks._wrap_awaitable: a coroutine that awaits any awaitable, so a task can run it.
Step wrap_awaitable_step(Interpreter&, NativeCoroutine* self, Resume how, Value* io) {
    if (how == Resume::Thrown) return Step::Raise;
    if (self->stage == 0) {
        self->stage = 1;
        *io = self->state[0];
        return Step::Delegate;
    }
    return Step::Return;
}

bool has_await(Interpreter& interp, Value v) {
    return type_of(interp, v)->slots.await_ ||
           !type_lookup(type_of(interp, v), interp.intern("__await__")).is_absent();
}

} // namespace

Value ensure_future(Interpreter& interp, Value obj, EventLoop* loop) {
    if (is_future(interp, obj)) {
        if (loop && loop != as_future(obj)->loop) {
            return interp.raise(interp.exceptions.value_error,
                                "The future belongs to a different loop than the one specified "
                                "as the loop argument");
        }
        return obj;
    }
    Value coro = obj;
    if (!is_coroutine_like(interp, obj)) {
        if (!has_await(interp, obj)) {
            return interp.raise_type_error(
                "An asyncio.Future, a coroutine or an awaitable is required");
        }
        static constexpr NativeCoroutineKind kind{"_wrap_awaitable", wrap_awaitable_step, 1};
        NativeCoroutine* wrapper = make_native_coroutine(interp, kind);
        wrapper->state[0] = obj;
        coro = wrapper->value();
    }
    Rooted keep(interp.shadow_roots(), coro);
    if (!loop) loop = get_event_loop(interp);
    Task* task = make_task(interp, loop, coro, Value::none());
    return task ? task->value() : Value::error();
}

// --- gather

namespace {

struct GatheringFuture : Future {
    List* children = nullptr;
    size_t nfuts = 0;
    size_t nfinished = 0;
    bool return_exceptions = false;
    bool cancel_requested = false;
};

GatheringFuture* as_gathering(Value v) {
    return static_cast<GatheringFuture*>(v.as_object());
}

// tasks.gather's _done_callback (a = the outer future, b = the child that finished).
bool gather_child_done(Interpreter& interp, Value outer_value, Value child_value) {
    GatheringFuture* outer = as_gathering(outer_value);
    Future* child = as_future(child_value);
    ++outer->nfinished;
    if (future_done(outer)) {
        if (child->state != FutureState::Cancelled) child->log_traceback = false;
        return true;
    }
    if (!outer->return_exceptions) {
        if (child->state == FutureState::Cancelled) {
            const Value exc = make_cancelled_error(interp, child);
            Rooted keep(interp.shadow_roots(), exc);
            return future_set_exception(interp, outer, exc);
        }
        child->log_traceback = false;
        if (child->has_exception) return future_set_exception(interp, outer, child->result);
    }
    if (outer->nfinished != outer->nfuts) return true;
    List* children = outer->children;
    List* results = List::make(interp, children->size());
    Rooted keep(interp.shadow_roots(), results->value());
    for (size_t i = 0; i < children->size(); ++i) {
        Future* fut = as_future((*children)[i]);
        Value res;
        if (fut->state == FutureState::Cancelled) {
            // CancelledError('' if fut._cancel_message is None else fut._cancel_message)
            const Value msg = cancel_message(fut);
            res = make_cancelled(interp, msg.is_none() ? interp.empty_str : msg);
        } else {
            fut->log_traceback = false;
            res = fut->result;
        }
        results->append(interp, res);
    }
    if (outer->cancel_requested) {
        Future* last = as_future((*children)[children->size() - 1]);
        const Value exc = make_cancelled_error(interp, last);
        Rooted keep_exc(interp.shadow_roots(), exc);
        return future_set_exception(interp, outer, exc);
    }
    return future_set_result(interp, outer, results->value());
}

void trace_gathering(Object* self, Tracer& tracer) {
    trace_future(self, tracer);
    tracer.mark(static_cast<GatheringFuture*>(self)->children);
}

} // namespace

bool gathering_future_cancel(Interpreter& interp, Future* outer_future, Value msg) {
    auto* outer = static_cast<GatheringFuture*>(outer_future);
    if (future_done(outer)) return false;
    bool cancelled = false;
    List* children = outer->children;
    for (size_t i = 0; i < children->size(); ++i) {
        if (cancel_future(interp, as_future((*children)[i]), msg)) cancelled = true;
    }
    if (cancelled) outer->cancel_requested = true;
    return cancelled;
}

Value gather(Interpreter& interp, const Value* aws, size_t n, bool return_exceptions) {
    Runtime& rt = runtime(interp);
    if (n == 0) {
        EventLoop* loop = get_event_loop(interp);
        Future* outer = make_future(interp, loop);
        Rooted keep(interp.shadow_roots(), outer->value());
        future_set_result(interp, outer, List::make(interp)->value());
        return outer->value();
    }
    GatheringFuture* outer = interp.heap().make<GatheringFuture>(rt.gathering_future);
    Rooted keep_outer(interp.shadow_roots(), outer->value());
    outer->children = List::make(interp, n);
    outer->return_exceptions = return_exceptions;
    EventLoop* loop = nullptr;
    std::unordered_map<uint64_t, size_t> seen; // identical arguments share one child
    for (size_t i = 0; i < n; ++i) {
        const auto found = seen.find(aws[i].bits());
        if (found != seen.end()) {
            outer->children->append(interp, (*outer->children)[found->second]);
            continue;
        }
        const Value fut = ensure_future(interp, aws[i], loop);
        if (fut.is_error()) return fut;
        Future* f = as_future(fut);
        if (!loop) {
            loop = f->loop;
            outer->loop = loop;
        }
        ++outer->nfuts;
        seen.emplace(aws[i].bits(), outer->children->size());
        outer->children->append(interp, fut);
        future_add_callback(interp, f, gather_child_done, outer->value());
    }
    return outer->value();
}

// --- shield

namespace {

bool shield_outer_done(Interpreter& interp, Value inner, Value outer);

// _inner_done_callback (a = the outer future, b = the inner one).
bool shield_inner_done(Interpreter& interp, Value outer_value, Value inner_value) {
    Future* outer = as_future(outer_value);
    Future* inner = as_future(inner_value);
    if (outer->state == FutureState::Cancelled) {
        if (inner->state != FutureState::Cancelled) inner->log_traceback = false;
        return true;
    }
    if (inner->state == FutureState::Cancelled) {
        future_cancel(interp, outer, Value::none());
        return true;
    }
    inner->log_traceback = false;
    if (inner->has_exception) return future_set_exception(interp, outer, inner->result);
    return future_set_result(interp, outer, inner->result);
}

// _outer_done_callback (a = the inner future, b = the outer one).
bool shield_outer_done(Interpreter&, Value inner_value, Value outer_value) {
    Future* inner = as_future(inner_value);
    if (!future_done(inner)) future_remove_callback(inner, shield_inner_done, outer_value);
    return true;
}

} // namespace

Value shield(Interpreter& interp, Value aw) {
    const Value inner_value = ensure_future(interp, aw, nullptr);
    if (inner_value.is_error()) return inner_value;
    Future* inner = as_future(inner_value);
    if (future_done(inner)) return inner_value;
    Rooted keep(interp.shadow_roots(), inner_value);
    Future* outer = make_future(interp, inner->loop);
    future_add_callback(interp, inner, shield_inner_done, outer->value());
    future_add_callback(interp, outer, shield_outer_done, inner_value);
    return outer->value();
}

// --- sleep

namespace {

// futures._set_result_unless_cancelled (a = the future, b = the result).
bool set_result_unless_cancelled(Interpreter& interp, Value fut, Value result) {
    Future* f = as_future(fut);
    if (f->state == FutureState::Cancelled) return true;
    return future_set_result(interp, f, result);
}

// sleep(delay, result): state[0] = delay, state[1] = result, state[2] = the timer handle.
Step sleep_step(Interpreter& interp, NativeCoroutine* self, Resume how, Value* io) {
    switch (self->stage) {
    case 0: {
        if (how == Resume::Thrown) return Step::Raise;
        const int le =
            ops::compare_bool(interp, CompareOp::Le, self->state[0], Value::from_small_int(0));
        if (le < 0) return Step::Raise;
        if (le == 1) {
            self->stage = 1;
            *io = Value::none();
            return Step::Yield;
        }
        EventLoop* loop = get_running_loop(interp);
        if (!loop) return Step::Raise;
        double delay = 0;
        bool is_number = false;
        if (!number_to_double(interp, self->state[0], &delay, &is_number)) {
            if (!interp.has_pending()) {
                interp.raise_format(interp.exceptions.type_error,
                                    "unsupported operand type(s) for +: 'float' and '%s'",
                                    std::string(type_name(interp, self->state[0])).c_str());
            }
            return Step::Raise;
        }
        Future* fut = make_future(interp, loop);
        self->state[3] = fut->value();
        Handle* h = call_at(interp, loop, loop->time() + delay, set_result_unless_cancelled,
                            fut->value(), self->state[1]);
        self->state[2] = h->value();
        self->stage = 2;
        *io = fut->value();
        return Step::Await;
    }
    case 1:
        if (how == Resume::Thrown) return Step::Raise;
        *io = self->state[1];
        return Step::Return;
    default:
        cancel_handle(static_cast<Handle*>(self->state[2].as_object()));
        return how == Resume::Thrown ? Step::Raise : Step::Return;
    }
}

} // namespace

constexpr NativeCoroutineKind sleep_kind{"sleep", sleep_step, 4};

Value sleep(Interpreter& interp, Value delay, Value result) {
    NativeCoroutine* c = make_native_coroutine(interp, sleep_kind);
    c->state[0] = delay;
    c->state[1] = result;
    return c->value();
}

// --- wait_for

namespace {

// _release_waiter (a = the waiter, b = the future that finished or the timer's None).
bool release_waiter(Interpreter& interp, Value waiter, Value) {
    Future* w = as_future(waiter);
    if (future_done(w)) return true;
    return future_set_result(interp, w, Value::none());
}

enum WaitForSlot { WfAwaitable, WfFuture, WfWaiter, WfHandle, WfSaved, WfCancelWaiter };

enum WaitForStage {
    WfStart,
    WfAwaitInline, // timeout None: `return await fut`
    WfWaiting,     // await waiter
    WfCancelAfterTimeout,
    WfCancelAfterCancelled,
    WfCancelNoTimeout, // timeout <= 0
};

void cancel_timeout(NativeCoroutine* self) {
    if (!self->state[WfHandle].is_none()) {
        cancel_handle(static_cast<Handle*>(self->state[WfHandle].as_object()));
    }
}

// Starts _cancel_and_wait(fut): returns the waiter to await.
Value begin_cancel_and_wait(Interpreter& interp, NativeCoroutine* self) {
    Future* fut = as_future(self->state[WfFuture]);
    Future* waiter = make_future(interp, fut->loop);
    self->state[WfCancelWaiter] = waiter->value();
    future_add_callback(interp, fut, release_waiter, waiter->value());
    cancel_future(interp, fut, Value::none());
    return waiter->value();
}

void end_cancel_and_wait(NativeCoroutine* self) {
    future_remove_callback(as_future(self->state[WfFuture]), release_waiter,
                           self->state[WfCancelWaiter]);
}

// try: return fut.result() except CancelledError as exc: raise TimeoutError() from exc
Step result_or_timeout(Interpreter& interp, NativeCoroutine* self, Value* io) {
    *io = future_result(interp, as_future(self->state[WfFuture]));
    if (!io->is_error()) return Step::Return;
    if (!interp.pending_matches(runtime(interp).cancelled_error)) return Step::Raise;
    const Value cause = interp.take_pending();
    Rooted keep(interp.shadow_roots(), cause);
    BaseException* timeout =
        make_exception(interp, interp.exceptions.timeout_error, Tuple::make(interp, 0));
    timeout->cause = cause;
    timeout->context = cause;
    timeout->suppress_context = true;
    interp.set_pending(timeout->value());
    return Step::Raise;
}

Step wait_for_step(Interpreter& interp, NativeCoroutine* self, Resume how, Value* io) {
    switch (self->stage) {
    case WfStart: {
        if (how == Resume::Thrown) return Step::Raise;
        EventLoop* loop = get_running_loop(interp);
        if (!loop) return Step::Raise;
        const Value timeout = self->state[WfHandle];
        self->state[WfHandle] = Value::none();
        if (timeout.is_none()) {
            self->stage = WfAwaitInline;
            *io = self->state[WfAwaitable];
            return Step::Delegate;
        }
        const int le = ops::compare_bool(interp, CompareOp::Le, timeout, Value::from_small_int(0));
        if (le < 0) return Step::Raise;
        if (le == 1) {
            const Value fut = ensure_future(interp, self->state[WfAwaitable], loop);
            if (fut.is_error()) return Step::Raise;
            self->state[WfFuture] = fut;
            if (future_done(as_future(fut))) {
                *io = future_result(interp, as_future(fut));
                return io->is_error() ? Step::Raise : Step::Return;
            }
            self->stage = WfCancelNoTimeout;
            *io = begin_cancel_and_wait(interp, self);
            return Step::Await;
        }
        double seconds = 0;
        bool is_number = false;
        if (!number_to_double(interp, timeout, &seconds, &is_number)) {
            if (!interp.has_pending()) interp.raise_type_error("timeout must be a number");
            return Step::Raise;
        }
        Future* waiter = make_future(interp, loop);
        self->state[WfWaiter] = waiter->value();
        Handle* h = call_at(interp, loop, loop->time() + seconds, release_waiter, waiter->value(),
                            Value::none());
        self->state[WfHandle] = h->value();
        const Value fut = ensure_future(interp, self->state[WfAwaitable], loop);
        if (fut.is_error()) {
            cancel_timeout(self);
            return Step::Raise;
        }
        self->state[WfFuture] = fut;
        future_add_callback(interp, as_future(fut), release_waiter, waiter->value());
        self->stage = WfWaiting;
        *io = waiter->value();
        return Step::Await;
    }
    case WfAwaitInline:
        return how == Resume::Thrown ? Step::Raise : Step::Return;
    case WfWaiting: {
        Future* fut = as_future(self->state[WfFuture]);
        if (how == Resume::Thrown) {
            if (!interp.pending_matches(runtime(interp).cancelled_error)) {
                cancel_timeout(self);
                return Step::Raise;
            }
            if (future_done(fut)) {
                interp.clear_pending();
                cancel_timeout(self);
                *io = future_result(interp, fut);
                return io->is_error() ? Step::Raise : Step::Return;
            }
            self->state[WfSaved] = interp.take_pending();
            future_remove_callback(fut, release_waiter, self->state[WfWaiter]);
            self->stage = WfCancelAfterCancelled;
            *io = begin_cancel_and_wait(interp, self);
            return Step::Await;
        }
        if (future_done(fut)) {
            cancel_timeout(self);
            *io = future_result(interp, fut);
            return io->is_error() ? Step::Raise : Step::Return;
        }
        future_remove_callback(fut, release_waiter, self->state[WfWaiter]);
        self->stage = WfCancelAfterTimeout;
        *io = begin_cancel_and_wait(interp, self);
        return Step::Await;
    }
    case WfCancelAfterCancelled:
        end_cancel_and_wait(self);
        cancel_timeout(self);
        if (how != Resume::Thrown) interp.set_pending(self->state[WfSaved]);
        return Step::Raise;
    case WfCancelAfterTimeout:
        end_cancel_and_wait(self);
        cancel_timeout(self);
        if (how == Resume::Thrown) return Step::Raise;
        return result_or_timeout(interp, self, io);
    default: // WfCancelNoTimeout
        end_cancel_and_wait(self);
        if (how == Resume::Thrown) return Step::Raise;
        return result_or_timeout(interp, self, io);
    }
}

} // namespace

constexpr NativeCoroutineKind wait_for_kind{"wait_for", wait_for_step, WfCancelWaiter + 1};

Value wait_for(Interpreter& interp, Value aw, Value timeout) {
    NativeCoroutine* c = make_native_coroutine(interp, wait_for_kind);
    c->state[WfAwaitable] = aw;
    c->state[WfHandle] = timeout; // read (and replaced by the timer handle) when it starts
    return c->value();
}

// --- wait

namespace {

enum ReturnWhen { FirstCompleted, FirstException, AllCompleted };

struct WaitState : Object {
    Future* waiter = nullptr;
    Handle* timeout_handle = nullptr;
    List* futures = nullptr;
    size_t counter = 0;
    int return_when = AllCompleted;
};

// _wait's _on_completion (a = the wait state, b = the future that finished).
bool wait_on_completion(Interpreter& interp, Value state_value, Value fut_value) {
    auto* state = static_cast<WaitState*>(state_value.as_object());
    Future* f = as_future(fut_value);
    --state->counter;
    bool stop = state->counter == 0 || state->return_when == FirstCompleted;
    if (!stop && state->return_when == FirstException && f->state == FutureState::Finished) {
        // CPython asks f.exception() here, which marks the exception as retrieved.
        f->log_traceback = false;
        stop = f->has_exception;
    }
    if (stop) {
        if (state->timeout_handle) cancel_handle(state->timeout_handle);
        if (!future_done(state->waiter)) {
            return future_set_result(interp, state->waiter, Value::none());
        }
    }
    return true;
}

void trace_wait_state(Object* self, Tracer& tracer) {
    auto* s = static_cast<WaitState*>(self);
    tracer.mark(s->waiter);
    tracer.mark(s->timeout_handle);
    tracer.mark(s->futures);
}

// state[0] = the WaitState.
Step wait_step(Interpreter& interp, NativeCoroutine* self, Resume how, Value* io) {
    auto* state = static_cast<WaitState*>(self->state[0].as_object());
    if (self->stage == 0) {
        if (how == Resume::Thrown) return Step::Raise;
        for (Value f : *state->futures) {
            future_add_callback(interp, as_future(f), wait_on_completion, state->value());
        }
        self->stage = 1;
        *io = state->waiter->value();
        return Step::Await;
    }
    if (state->timeout_handle) cancel_handle(state->timeout_handle);
    for (Value f : *state->futures) {
        future_remove_callback(as_future(f), wait_on_completion, state->value());
    }
    if (how == Resume::Thrown) return Step::Raise;
    Set* done = Set::make(interp);
    Rooted keep_done(interp.shadow_roots(), done->value());
    Set* pending = Set::make(interp);
    Rooted keep_pending(interp.shadow_roots(), pending->value());
    for (Value f : *state->futures) {
        Set* into = future_done(as_future(f)) ? done : pending;
        if (into->add(interp, f) < 0) return Step::Raise;
    }
    *io = Tuple::make(interp, {done->value(), pending->value()})->value();
    return Step::Return;
}

} // namespace

constexpr NativeCoroutineKind wait_kind{"wait", wait_step, 1};

Value wait(Interpreter& interp, Value fs, Value timeout, Value return_when) {
    if (is_future(interp, fs) || is_coroutine_like(interp, fs)) {
        return interp.raise_format(interp.exceptions.type_error, "expect a list of futures, not %s",
                                   std::string(type_name(interp, fs)).c_str());
    }
    const int64_t when_value = return_when.is_small_int() ? return_when.as_small_int() : -1;
    EventLoop* loop = get_running_loop(interp);
    if (!loop) return Value::error();
    // set(fs), in first-seen order, without duplicates.
    const Value it = ops::get_iter(interp, fs);
    if (it.is_error()) return it;
    Rooted keep_it(interp.shadow_roots(), it);
    List* futures = List::make(interp);
    Rooted keep_futures(interp.shadow_roots(), futures->value());
    std::unordered_map<uint64_t, bool> seen;
    for (;;) {
        const Value f = ops::iter_next(interp, it);
        if (f.is_error()) return f;
        if (f.is_absent()) break;
        if (!seen.emplace(f.bits(), true).second) continue;
        futures->append(interp, f);
    }
    if (futures->size() == 0) {
        return interp.raise(interp.exceptions.value_error, "Set of Tasks/Futures is empty.");
    }
    if (when_value < FirstCompleted || when_value > AllCompleted) {
        Str* r = ops::str(interp, return_when);
        if (!r) return Value::error();
        return interp.raise_format(interp.exceptions.value_error, "Invalid return_when value: %s",
                                   std::string(r->view()).c_str());
    }
    for (Value f : *futures) {
        if (is_coroutine_like(interp, f)) {
            return interp.raise_type_error(
                "Passing coroutines is forbidden, use tasks explicitly.");
        }
        if (!is_future(interp, f)) {
            return interp.raise_type_error(
                "An asyncio.Future, a coroutine or an awaitable is required");
        }
    }
    WaitState* state = interp.heap().make<WaitState>(runtime(interp).wait_state);
    Rooted keep_state(interp.shadow_roots(), state->value());
    state->futures = futures;
    state->counter = futures->size();
    state->return_when = static_cast<int>(when_value);
    state->waiter = make_future(interp, loop);
    if (!timeout.is_none()) {
        double seconds = 0;
        bool is_number = false;
        if (!number_to_double(interp, timeout, &seconds, &is_number)) {
            if (!interp.has_pending()) interp.raise_type_error("timeout must be a number");
            return Value::error();
        }
        state->timeout_handle = call_at(interp, loop, loop->time() + seconds, release_waiter,
                                        state->waiter->value(), Value::none());
    }
    NativeCoroutine* c = make_native_coroutine(interp, wait_kind);
    c->state[0] = state->value();
    return c->value();
}

bool run_until_complete_callback(Interpreter& interp, Value loop, Value future) {
    Future* f = as_future(future);
    if (f->state == FutureState::Finished && f->has_exception &&
        (is_instance(interp, f->result, interp.exceptions.system_exit) ||
         is_instance(interp, f->result, interp.exceptions.keyboard_interrupt))) {
        return true; // run_forever already finished by raising it
    }
    static_cast<EventLoop*>(loop.as_object())->stopping = true;
    return true;
}

void init_gathering_future_type(Interpreter& interp, Runtime& rt) {
    Type* t = make_builtin_type(interp, "_GatheringFuture", rt.future, sizeof(GatheringFuture), 0);
    t->slots.trace = trace_gathering;
    t->slots.finalize = finalize_future;
    vm::type_set_attr(interp, t, "__module__", Str::make(interp, "asyncio.tasks")->value());
    rt.gathering_future = t;
    Type* w = make_builtin_type(interp, "_WaitState", interp.types.object, sizeof(WaitState), 0);
    w->slots.trace = trace_wait_state;
    rt.wait_state = w;
}

} // namespace coil::aio
