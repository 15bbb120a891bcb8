// Event, Lock, Semaphore, BoundedSemaphore, Condition and Barrier: locks.py's logic, with the waits
// as native coroutines.
#include "aio/sync.hpp"

#include "aio/future.hpp"
#include "aio/native_coroutine.hpp"
#include "vm/class_creation.hpp"
#include "vm/descriptor.hpp"
#include "vm/exception.hpp"
#include "vm/heap.hpp"
#include "vm/int.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <cstdio>
#include <string>

namespace coil::aio {

using namespace vm;

void trace_waiters(const Ring<Value>& waiters, Tracer& tracer) {
    for (size_t i = 0; i < waiters.size(); ++i) tracer.mark(waiters[i]);
}

void remove_waiter(Ring<Value>& waiters, Value v) {
    for (size_t i = 0; i < waiters.size(); ++i) {
        if (waiters[i] == v) {
            waiters.erase(i);
            return;
        }
    }
}

EventLoop* primitive_loop(Interpreter& interp, Primitive* p) {
    EventLoop* running = runtime(interp).running_loop;
    if (!p->loop) p->loop = running;
    if (running && p->loop == running) return running;
    Str* r = ops::repr(interp, p->value());
    if (!r) return nullptr;
    if (!running) {
        interp.raise(interp.exceptions.runtime_error, "no running event loop");
        return nullptr;
    }
    interp.raise_format(interp.exceptions.runtime_error, "%s is bound to a different event loop",
                        std::string(r->view()).c_str());
    return nullptr;
}

namespace {

constexpr NativeCoroutineKind context_manager_aexit_kind =
    returning_kind("_ContextManagerMixin.__aexit__");

Primitive* self_primitive(Value v) {
    return static_cast<Primitive*>(v.as_object());
}

void trace_primitive(Object* self, Tracer& tracer) {
    auto* p = static_cast<Primitive*>(self);
    tracer.mark(p->loop);
    trace_waiters(p->waiters, tracer);
    tracer.mark(p->lock);
}

void finalize_primitive(Object* self) {
    static_cast<Primitive*>(self)->~Primitive();
}

Primitive* make_primitive(Interpreter& interp, Type* type) {
    return make_instance<Primitive>(interp, type);
}

// A new future on the primitive's loop, appended to its waiters.
Value new_waiter(Interpreter& interp, Primitive* p) {
    EventLoop* loop = primitive_loop(interp, p);
    if (!loop) return Value::error();
    Future* fut = make_future(interp, loop);
    p->waiters.push_back(fut->value());
    return fut->value();
}

size_t live_waiters(const Primitive* p) {
    size_t n = 0;
    for (size_t i = 0; i < p->waiters.size(); ++i) {
        if (as_future(p->waiters[i])->state != FutureState::Cancelled) ++n;
    }
    return n;
}

bool no_args(Interpreter& interp, const char* name, size_t nargs, Tuple* kwnames) {
    return reject_keywords(interp, name, kwnames) && check_no_args(interp, name, nargs - 1);
}

// "<asyncio.locks.Lock object at 0x... [extra]>"
Value primitive_repr(Interpreter& interp, Value self, const std::string& extra) {
    char address[32];
    std::snprintf(address, sizeof address, "%#llx",
                  static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(self.as_object())));
    return Str::make(interp, "<asyncio.locks." + std::string(self.as_object()->type->name->view()) +
                                 " object at " + address + " [" + extra + "]>")
        ->value();
}

std::string with_waiters(std::string extra, const Primitive* p) {
    if (!p->waiters.empty()) extra += ", waiters:" + std::to_string(p->waiters.size());
    return extra;
}

// --- Event

Step event_wait_step(Interpreter& interp, NativeCoroutine* self, Resume how, Value* io) {
    Primitive* event = self_primitive(self->state[0]);
    if (self->stage == 0) {
        if (how == Resume::Thrown) return Step::Raise;
        if (event->count) {
            *io = Value::true_();
            return Step::Return;
        }
        const Value fut = new_waiter(interp, event);
        if (fut.is_error()) return Step::Raise;
        self->stage = 1;
        *io = fut;
        return Step::Await;
    }
    remove_waiter(event->waiters, self->awaiting);
    if (how == Resume::Thrown) return Step::Raise;
    *io = Value::true_();
    return Step::Return;
}

Value event_wait_method(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!no_args(interp, "wait", nargs, kwnames)) return Value::error();
    return event_wait(interp, self_primitive(args[0]));
}

Value event_set_method(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!no_args(interp, "set", nargs, kwnames)) return Value::error();
    event_set(interp, self_primitive(args[0]));
    return Value::none();
}

Value event_clear_method(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!no_args(interp, "clear", nargs, kwnames)) return Value::error();
    self_primitive(args[0])->count = 0;
    return Value::none();
}

Value event_is_set_method(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!no_args(interp, "is_set", nargs, kwnames)) return Value::error();
    return Value::from_bool(self_primitive(args[0])->count != 0);
}

Value event_repr(Interpreter& interp, Value self) {
    Primitive* p = self_primitive(self);
    return primitive_repr(interp, self, with_waiters(p->count ? "set" : "unset", p));
}

Value event_new(Interpreter& interp, Type* type, const Value*, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "Event", kwnames) || !check_no_args(interp, "Event", nargs)) {
        return Value::error();
    }
    return make_primitive(interp, type)->value();
}

// --- Lock

// Lock._wake_up_first
void lock_wake_up_first(Interpreter& interp, Primitive* lock) {
    if (lock->waiters.empty()) return;
    Future* fut = as_future(lock->waiters.front());
    if (!future_done(fut)) future_set_result(interp, fut, Value::true_());
}

// Lock.acquire(); number = 1 makes it __aenter__, returning None.
Step lock_acquire_step(Interpreter& interp, NativeCoroutine* self, Resume how, Value* io) {
    Primitive* lock = self_primitive(self->state[0]);
    const Value done = self->mode == 1 ? Value::none() : Value::true_();
    if (self->stage == 0) {
        if (how == Resume::Thrown) return Step::Raise;
        if (!lock->count && live_waiters(lock) == 0) {
            lock->count = 1;
            *io = done;
            return Step::Return;
        }
        const Value fut = new_waiter(interp, lock);
        if (fut.is_error()) return Step::Raise;
        self->state[1] = fut;
        self->stage = 1;
        *io = fut;
        return Step::Await;
    }
    remove_waiter(lock->waiters, self->state[1]);
    if (how == Resume::Thrown) {
        if (interp.pending_matches(runtime(interp).cancelled_error) && !lock->count) {
            const Value exc = interp.take_pending();
            Rooted keep(interp.shadow_roots(), exc);
            lock_wake_up_first(interp, lock);
            interp.set_pending(exc);
        }
        return Step::Raise;
    }
    lock->count = 1;
    *io = done;
    return Step::Return;
}

Value lock_acquire(Interpreter& interp, Value lock, bool enter) {
    static constexpr NativeCoroutineKind acquire{"Lock.acquire", lock_acquire_step, 2};
    static constexpr NativeCoroutineKind aenter{"Lock.__aenter__", lock_acquire_step, 2};
    NativeCoroutine* c = make_native_coroutine(interp, enter ? aenter : acquire);
    c->state[0] = lock;
    c->mode = enter ? 1 : 0;
    return c->value();
}

bool lock_release(Interpreter& interp, Primitive* lock) {
    if (!lock->count) {
        interp.raise(interp.exceptions.runtime_error, "Lock is not acquired.");
        return false;
    }
    lock->count = 0;
    lock_wake_up_first(interp, lock);
    return true;
}

Value lock_acquire_method(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!no_args(interp, "acquire", nargs, kwnames)) return Value::error();
    return lock_acquire(interp, args[0], false);
}

Value lock_aenter(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!no_args(interp, "__aenter__", nargs, kwnames)) return Value::error();
    return lock_acquire(interp, args[0], true);
}

Value lock_release_method(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!no_args(interp, "release", nargs, kwnames)) return Value::error();
    return lock_release(interp, self_primitive(args[0])) ? Value::none() : Value::error();
}

Value lock_locked_method(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!no_args(interp, "locked", nargs, kwnames)) return Value::error();
    return Value::from_bool(self_primitive(args[0])->count != 0);
}

Value lock_repr(Interpreter& interp, Value self) {
    Primitive* p = self_primitive(self);
    return primitive_repr(interp, self, with_waiters(p->count ? "locked" : "unlocked", p));
}

Value lock_new(Interpreter& interp, Type* type, const Value*, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "Lock", kwnames) || !check_no_args(interp, "Lock", nargs)) {
        return Value::error();
    }
    return make_primitive(interp, type)->value();
}

// --- Semaphore

bool semaphore_locked(const Primitive* s) {
    return s->count == 0 || live_waiters(s) > 0;
}

// Semaphore._wake_up_next
void semaphore_wake_up_next(Interpreter& interp, Primitive* s) {
    for (size_t i = 0; i < s->waiters.size(); ++i) {
        Future* fut = as_future(s->waiters[i]);
        if (!future_done(fut)) {
            --s->count;
            future_set_result(interp, fut, Value::true_());
            return;
        }
    }
}

Step semaphore_acquire_step(Interpreter& interp, NativeCoroutine* self, Resume how, Value* io) {
    Primitive* s = self_primitive(self->state[0]);
    const Value done = self->mode == 1 ? Value::none() : Value::true_();
    if (self->stage == 0) {
        if (how == Resume::Thrown) return Step::Raise;
        if (!semaphore_locked(s)) {
            --s->count;
            *io = done;
            return Step::Return;
        }
        const Value fut = new_waiter(interp, s);
        if (fut.is_error()) return Step::Raise;
        self->state[1] = fut;
        self->stage = 1;
        *io = fut;
        return Step::Await;
    }
    remove_waiter(s->waiters, self->state[1]);
    if (how == Resume::Thrown) {
        if (interp.pending_matches(runtime(interp).cancelled_error) &&
            as_future(self->state[1])->state != FutureState::Cancelled) {
            const Value exc = interp.take_pending();
            Rooted keep(interp.shadow_roots(), exc);
            ++s->count;
            semaphore_wake_up_next(interp, s);
            interp.set_pending(exc);
        }
        return Step::Raise;
    }
    if (s->count > 0) semaphore_wake_up_next(interp, s);
    *io = done;
    return Step::Return;
}

Value semaphore_acquire(Interpreter& interp, Value s, bool enter) {
    static constexpr NativeCoroutineKind acquire{"Semaphore.acquire", semaphore_acquire_step, 2};
    static constexpr NativeCoroutineKind aenter{"Semaphore.__aenter__", semaphore_acquire_step,
                                                2};
    NativeCoroutine* c = make_native_coroutine(interp, enter ? aenter : acquire);
    c->state[0] = s;
    c->mode = enter ? 1 : 0;
    return c->value();
}

bool semaphore_release(Interpreter& interp, Primitive* s) {
    if (s->type == runtime(interp).bounded_semaphore && s->count >= s->bound) {
        interp.raise(interp.exceptions.value_error, "BoundedSemaphore released too many times");
        return false;
    }
    ++s->count;
    semaphore_wake_up_next(interp, s);
    return true;
}

Value semaphore_acquire_method(Interpreter& interp, const Value* args, size_t nargs,
                               Tuple* kwnames) {
    if (!no_args(interp, "acquire", nargs, kwnames)) return Value::error();
    return semaphore_acquire(interp, args[0], false);
}

Value semaphore_aenter(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!no_args(interp, "__aenter__", nargs, kwnames)) return Value::error();
    return semaphore_acquire(interp, args[0], true);
}

Value semaphore_release_method(Interpreter& interp, const Value* args, size_t nargs,
                               Tuple* kwnames) {
    if (!no_args(interp, "release", nargs, kwnames)) return Value::error();
    return semaphore_release(interp, self_primitive(args[0])) ? Value::none() : Value::error();
}

Value semaphore_locked_method(Interpreter& interp, const Value* args, size_t nargs,
                              Tuple* kwnames) {
    if (!no_args(interp, "locked", nargs, kwnames)) return Value::error();
    return Value::from_bool(semaphore_locked(self_primitive(args[0])));
}

Value semaphore_repr(Interpreter& interp, Value self) {
    Primitive* p = self_primitive(self);
    const std::string extra =
        semaphore_locked(p) ? "locked" : "unlocked, value:" + std::to_string(p->count);
    return primitive_repr(interp, self, with_waiters(extra, p));
}

Value semaphore_new(Interpreter& interp, Type* type, const Value* args, size_t nargs,
                    Tuple* kwnames) {
    Value value;
    if (!bind_native_args(interp, type->name->view(), args, nargs, kwnames, {"value"}, 0, 0,
                          &value)) {
        return Value::error();
    }
    int64_t initial = 1;
    if (!value.is_absent()) {
        const int negative =
            ops::compare_bool(interp, CompareOp::Lt, value, Value::from_small_int(0));
        if (negative < 0) return Value::error();
        if (negative) {
            return interp.raise(interp.exceptions.value_error,
                                "Semaphore initial value must be >= 0");
        }
        if (!int_to_ssize(interp, value, &initial)) return Value::error();
    }
    Primitive* s = make_primitive(interp, type);
    s->count = initial;
    s->bound = initial;
    return s->value();
}

// Releases a lock or semaphore for __aexit__: a coroutine returning None.
Value primitive_aexit(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Primitive* p = self_primitive(args[0]);
    const bool ok =
        p->type == runtime(interp).lock ? lock_release(interp, p) : semaphore_release(interp, p);
    if (!ok) return Value::error();
    return make_returning_coroutine(interp, context_manager_aexit_kind, Value::none());
}

// --- Condition

Primitive* condition_lock(Primitive* c) {
    return self_primitive(c->lock);
}

enum CondStage { CondStart, CondWaiting, CondReacquire };

// Condition.wait(): state[0] the condition, state[1] the waiter, state[2] the outcome to
// deliver after the lock is reacquired (an exception, or True), number: cancelled while
// reacquiring.
Step condition_wait_step(Interpreter& interp, NativeCoroutine* self, Resume how, Value* io) {
    Primitive* cond = self_primitive(self->state[0]);
    Primitive* lock = condition_lock(cond);
    switch (self->stage) {
    case CondStart: {
        if (how == Resume::Thrown) return Step::Raise;
        if (!lock->count) {
            interp.raise(interp.exceptions.runtime_error, "cannot wait on un-acquired lock");
            return Step::Raise;
        }
        lock_release(interp, lock);
        const Value fut = new_waiter(interp, cond);
        if (fut.is_error()) {
            self->state[2] = interp.take_pending();
            self->stage = CondReacquire;
            *io = lock_acquire(interp, cond->lock, false);
            return Step::Delegate;
        }
        self->state[1] = fut;
        self->stage = CondWaiting;
        *io = fut;
        return Step::Await;
    }
    case CondWaiting:
        remove_waiter(cond->waiters, self->state[1]);
        self->state[2] = how == Resume::Thrown ? interp.take_pending() : Value::true_();
        self->stage = CondReacquire;
        *io = lock_acquire(interp, cond->lock, false);
        return Step::Delegate;
    default:
        if (how == Resume::Thrown) {
            if (!interp.pending_matches(runtime(interp).cancelled_error)) return Step::Raise;
            interp.clear_pending();
            self->mode = 1; // cancelled: acquire again, then raise CancelledError
            *io = lock_acquire(interp, cond->lock, false);
            return Step::Delegate;
        }
        if (self->mode == 1) {
            interp.set_pending(make_cancelled(interp, Value::none()));
            return Step::Raise;
        }
        if (self->state[2] != Value::true_()) {
            interp.set_pending(self->state[2]);
            return Step::Raise;
        }
        *io = Value::true_();
        return Step::Return;
    }
}

Value condition_wait(Interpreter& interp, Value cond) {
    static constexpr NativeCoroutineKind kind{"Condition.wait", condition_wait_step, 3};
    NativeCoroutine* c = make_native_coroutine(interp, kind);
    c->state[0] = cond;
    return c->value();
}

// Condition.wait_for(predicate): state[0] the condition, state[1] the predicate.
Step condition_wait_for_step(Interpreter& interp, NativeCoroutine* self, Resume how, Value* io) {
    if (how == Resume::Thrown) return Step::Raise;
    const Value result = ops::call0(interp, self->state[1]);
    if (result.is_error()) return Step::Raise;
    const int truth = ops::truthy(interp, result);
    if (truth < 0) return Step::Raise;
    if (truth) {
        *io = result;
        return Step::Return;
    }
    *io = condition_wait(interp, self->state[0]);
    return Step::Delegate;
}

Value condition_wait_method(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!no_args(interp, "wait", nargs, kwnames)) return Value::error();
    return condition_wait(interp, args[0]);
}

Value condition_wait_for_method(Interpreter& interp, const Value* args, size_t nargs,
                                Tuple* kwnames) {
    if (!reject_keywords(interp, "wait_for", kwnames) ||
        !check_one_arg(interp, "wait_for", nargs - 1)) {
        return Value::error();
    }
    static constexpr NativeCoroutineKind kind{"Condition.wait_for", condition_wait_for_step, 2};
    NativeCoroutine* c = make_native_coroutine(interp, kind);
    c->state[0] = args[0];
    c->state[1] = args[1];
    return c->value();
}

Value condition_notify(Interpreter& interp, Primitive* cond, int64_t n) {
    if (!condition_lock(cond)->count) {
        return interp.raise(interp.exceptions.runtime_error, "cannot notify on un-acquired lock");
    }
    int64_t woken = 0;
    for (size_t i = 0; i < cond->waiters.size() && woken < n; ++i) {
        Future* fut = as_future(cond->waiters[i]);
        if (!future_done(fut)) {
            ++woken;
            future_set_result(interp, fut, Value::false_());
        }
    }
    return Value::none();
}

Value condition_notify_method(Interpreter& interp, const Value* args, size_t nargs,
                              Tuple* kwnames) {
    Value n;
    if (!bind_native_args(interp, "notify", args + 1, nargs - 1, kwnames, {"n"}, 0, 0, &n)) {
        return Value::error();
    }
    int64_t count = 1;
    if (!n.is_absent() && !int_to_ssize(interp, n, &count)) return Value::error();
    return condition_notify(interp, self_primitive(args[0]), count);
}

Value condition_notify_all_method(Interpreter& interp, const Value* args, size_t nargs,
                                  Tuple* kwnames) {
    if (!no_args(interp, "notify_all", nargs, kwnames)) return Value::error();
    Primitive* cond = self_primitive(args[0]);
    return condition_notify(interp, cond, static_cast<int64_t>(cond->waiters.size()));
}

Value condition_locked_method(Interpreter& interp, const Value* args, size_t nargs,
                              Tuple* kwnames) {
    if (!no_args(interp, "locked", nargs, kwnames)) return Value::error();
    return Value::from_bool(condition_lock(self_primitive(args[0]))->count != 0);
}

Value condition_acquire_method(Interpreter& interp, const Value* args, size_t nargs,
                               Tuple* kwnames) {
    if (!no_args(interp, "acquire", nargs, kwnames)) return Value::error();
    return lock_acquire(interp, self_primitive(args[0])->lock, false);
}

Value condition_aenter(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!no_args(interp, "__aenter__", nargs, kwnames)) return Value::error();
    return lock_acquire(interp, self_primitive(args[0])->lock, true);
}

Value condition_release_method(Interpreter& interp, const Value* args, size_t nargs,
                               Tuple* kwnames) {
    if (!no_args(interp, "release", nargs, kwnames)) return Value::error();
    return lock_release(interp, condition_lock(self_primitive(args[0]))) ? Value::none()
                                                                         : Value::error();
}

Value condition_aexit(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!lock_release(interp, condition_lock(self_primitive(args[0])))) return Value::error();
    return make_returning_coroutine(interp, context_manager_aexit_kind, Value::none());
}

Value condition_repr(Interpreter& interp, Value self) {
    Primitive* p = self_primitive(self);
    return primitive_repr(interp, self,
                          with_waiters(condition_lock(p)->count ? "locked" : "unlocked", p));
}

Value condition_new(Interpreter& interp, Type* type, const Value* args, size_t nargs,
                    Tuple* kwnames) {
    Value lock;
    if (!bind_native_args(interp, "Condition", args, nargs, kwnames, {"lock"}, 0, 0, &lock)) {
        return Value::error();
    }
    Runtime& rt = runtime(interp);
    if (lock.is_absent() || lock.is_none()) {
        lock = make_primitive(interp, rt.lock)->value();
    } else if (type_of(interp, lock) != rt.lock) {
        return interp.raise_type_error("Condition() needs an asyncio.Lock");
    }
    Rooted keep(interp.shadow_roots(), lock);
    Primitive* c = make_primitive(interp, type);
    c->lock = lock;
    return c->value();
}

Type* make_primitive_type(Interpreter& interp, const char* name, Type* base = nullptr) {
    Type* t =
        make_builtin_type(interp, name, base ? base : interp.types.object, sizeof(Primitive), 0);
    t->slots.trace = trace_primitive;
    t->slots.finalize = finalize_primitive;
    vm::type_set_attr(interp, t, "__module__", Str::make(interp, "asyncio.locks")->value());
    return t;
}

// --- Barrier: locks.py's Barrier over a Condition, its coroutines delegating to the
// condition's (so the lock and wait hops are exactly those of `async with self._cond`).

enum class BarrierState : uint8_t { Filling, Draining, Resetting, Broken };

struct Barrier : Object {
    Value cond;    // the Condition every state change is notified through
    Value parties; // as given (the parties property returns it)
    int64_t party_count = 0;
    int64_t count = 0; // tasks inside wait()
    BarrierState state = BarrierState::Filling;
};

Barrier* self_barrier(Value v) {
    return static_cast<Barrier*>(v.as_object());
}

void trace_barrier(Object* self, Tracer& tracer) {
    auto* b = static_cast<Barrier*>(self);
    tracer.mark(b->cond);
    tracer.mark(b->parties);
}

const char* barrier_state_name(BarrierState s) {
    switch (s) {
    case BarrierState::Filling:
        return "filling";
    case BarrierState::Draining:
        return "draining";
    case BarrierState::Resetting:
        return "resetting";
    case BarrierState::Broken:
        break;
    }
    return "broken";
}

Primitive* barrier_cond(Barrier* b) {
    return self_primitive(b->cond);
}

// cond.notify_all() while the lock is held, keeping a pending exception.
void barrier_notify_all(Interpreter& interp, Barrier* b) {
    const Value pending = interp.has_pending() ? interp.take_pending() : Value::absent();
    Rooted keep(interp.shadow_roots(), pending);
    Primitive* cond = barrier_cond(b);
    condition_notify(interp, cond, static_cast<int64_t>(cond->waiters.size()));
    if (!pending.is_absent()) interp.set_pending(pending);
}

// Condition.__aexit__: releases the lock, keeping a pending exception.
void barrier_release(Interpreter& interp, Barrier* b) {
    const Value pending = interp.has_pending() ? interp.take_pending() : Value::absent();
    Rooted keep(interp.shadow_roots(), pending);
    if (!lock_release(interp, condition_lock(barrier_cond(b))) && !pending.is_absent()) {
        interp.clear_pending();
    }
    if (!pending.is_absent()) interp.set_pending(pending);
}

void raise_broken(Interpreter& interp, const char* message) {
    interp.set_pending(
        make_exception(interp, runtime(interp).broken_barrier_error, message)->value());
}

enum BarrierWaitStage { BwStart, BwAcquired, BwBlocked, BwWaiting };

// Barrier._exit, then `async with` releases the lock; the outcome (index or the pending
// exception) is delivered.
Step barrier_leave(Interpreter& interp, NativeCoroutine* self, Barrier* b, Value* io) {
    --b->count;
    if (b->count == 0) {
        if (b->state == BarrierState::Resetting || b->state == BarrierState::Draining) {
            b->state = BarrierState::Filling;
        }
        barrier_notify_all(interp, b);
    }
    barrier_release(interp, b);
    if (interp.has_pending()) return Step::Raise;
    *io = self->state[1];
    return Step::Return;
}

// Barrier._wait's loop: waits while filling, then fails if broken or reset.
Step barrier_wait_released(Interpreter& interp, NativeCoroutine* self, Barrier* b, Value* io) {
    if (b->state == BarrierState::Filling) {
        self->stage = BwWaiting;
        *io = condition_wait(interp, b->cond);
        return Step::Delegate;
    }
    if (b->state == BarrierState::Broken || b->state == BarrierState::Resetting) {
        raise_broken(interp, "Abort or reset of barrier");
    }
    return barrier_leave(interp, self, b, io);
}

// Barrier._block, then the count and the release or wait of Barrier.wait().
Step barrier_enter(Interpreter& interp, NativeCoroutine* self, Barrier* b, Value* io) {
    if (b->state == BarrierState::Draining || b->state == BarrierState::Resetting) {
        self->stage = BwBlocked;
        *io = condition_wait(interp, b->cond);
        return Step::Delegate;
    }
    if (b->state == BarrierState::Broken) {
        raise_broken(interp, "Barrier aborted");
        barrier_release(interp, b);
        return Step::Raise;
    }
    const int64_t index = b->count++;
    self->state[1] = Value::from_small_int(index);
    if (index + 1 == b->party_count) {
        b->state = BarrierState::Draining;
        barrier_notify_all(interp, b);
        return barrier_leave(interp, self, b, io);
    }
    return barrier_wait_released(interp, self, b, io);
}

// Barrier.wait() (and __aenter__): state[0] the barrier, state[1] this task's index.
Step barrier_wait_step(Interpreter& interp, NativeCoroutine* self, Resume how, Value* io) {
    Barrier* b = self_barrier(self->state[0]);
    switch (self->stage) {
    case BwStart:
        if (how == Resume::Thrown) return Step::Raise;
        self->stage = BwAcquired;
        *io = lock_acquire(interp, barrier_cond(b)->lock, false);
        return Step::Delegate;
    case BwAcquired:
        if (how == Resume::Thrown) return Step::Raise;
        return barrier_enter(interp, self, b, io);
    case BwBlocked:
        if (how == Resume::Thrown) {
            barrier_release(interp, b);
            return Step::Raise;
        }
        return barrier_enter(interp, self, b, io);
    default:
        if (how == Resume::Thrown) return barrier_leave(interp, self, b, io);
        return barrier_wait_released(interp, self, b, io);
    }
}

// Barrier.reset() (number 0) and abort() (number 1): the state change under the lock.
Step barrier_change_step(Interpreter& interp, NativeCoroutine* self, Resume how, Value* io) {
    if (how == Resume::Thrown) return Step::Raise;
    Barrier* b = self_barrier(self->state[0]);
    if (self->stage == 0) {
        self->stage = 1;
        *io = lock_acquire(interp, barrier_cond(b)->lock, false);
        return Step::Delegate;
    }
    if (self->mode == 1) {
        b->state = BarrierState::Broken;
    } else if (b->count > 0) {
        b->state = BarrierState::Resetting;
    } else {
        b->state = BarrierState::Filling;
    }
    barrier_notify_all(interp, b);
    barrier_release(interp, b);
    if (interp.has_pending()) return Step::Raise;
    *io = Value::none();
    return Step::Return;
}

Value barrier_wait_method(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!no_args(interp, "wait", nargs, kwnames)) return Value::error();
    static constexpr NativeCoroutineKind kind{"Barrier.wait", barrier_wait_step, 2};
    NativeCoroutine* c = make_native_coroutine(interp, kind);
    c->state[0] = args[0];
    return c->value();
}

Value barrier_aenter(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!no_args(interp, "__aenter__", nargs, kwnames)) return Value::error();
    static constexpr NativeCoroutineKind kind{"Barrier.__aenter__", barrier_wait_step, 2};
    NativeCoroutine* c = make_native_coroutine(interp, kind);
    c->state[0] = args[0];
    return c->value();
}

Value barrier_aexit(Interpreter& interp, const Value*, size_t, Tuple*) {
    static constexpr NativeCoroutineKind kind = returning_kind("Barrier.__aexit__");
    return make_returning_coroutine(interp, kind, Value::none());
}

template <int abort>
Value barrier_change_method(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    const char* name = abort ? "abort" : "reset";
    if (!no_args(interp, name, nargs, kwnames)) return Value::error();
    static constexpr NativeCoroutineKind kind{abort ? "Barrier.abort" : "Barrier.reset",
                                              barrier_change_step, 2};
    NativeCoroutine* c = make_native_coroutine(interp, kind);
    c->state[0] = args[0];
    c->mode = abort;
    return c->value();
}

Value barrier_parties(Interpreter&, Value self) {
    return self_barrier(self)->parties;
}

Value barrier_n_waiting(Interpreter&, Value self) {
    Barrier* b = self_barrier(self);
    return Value::from_small_int(b->state == BarrierState::Filling ? b->count : 0);
}

Value barrier_broken(Interpreter&, Value self) {
    return Value::from_bool(self_barrier(self)->state == BarrierState::Broken);
}

Value barrier_repr(Interpreter& interp, Value self) {
    Barrier* b = self_barrier(self);
    std::string extra = barrier_state_name(b->state);
    if (b->state != BarrierState::Broken) {
        Str* parties = ops::str(interp, b->parties);
        if (!parties) return Value::error();
        const int64_t waiting = b->state == BarrierState::Filling ? b->count : 0;
        extra += ", waiters:" + std::to_string(waiting) + "/" + std::string(parties->view());
    }
    return primitive_repr(interp, self, extra);
}

Value barrier_new(Interpreter& interp, Type* type, const Value* args, size_t nargs,
                  Tuple* kwnames) {
    Value parties;
    if (!bind_native_args(interp, "Barrier.__init__", args, nargs, kwnames, {"parties"}, 0, 0,
                          &parties)) {
        return Value::error();
    }
    if (parties.is_absent()) {
        return interp.raise_type_error(
            "Barrier.__init__() missing 1 required positional argument: 'parties'");
    }
    const int less = ops::compare_bool(interp, CompareOp::Lt, parties, Value::from_small_int(1));
    if (less < 0) return Value::error();
    if (less) return interp.raise(interp.exceptions.value_error, "parties must be > 0");
    int64_t count = 0;
    if (!int_to_ssize(interp, parties, &count)) {
        // A float number of parties: no count of tasks ever equals it but its integer part.
        if (!parties.is_float()) return Value::error();
        interp.clear_pending();
        count = parties.as_float() == static_cast<double>(static_cast<int64_t>(parties.as_float()))
                    ? static_cast<int64_t>(parties.as_float())
                    : -1;
    }
    Rooted keep(interp.shadow_roots(), parties);
    Primitive* cond = make_primitive(interp, runtime(interp).condition);
    Rooted keep_cond(interp.shadow_roots(), cond->value());
    cond->lock = make_primitive(interp, runtime(interp).lock)->value();
    Barrier* b = make_instance<Barrier>(interp, type);
    b->cond = cond->value();
    b->parties = parties;
    b->party_count = count;
    return b->value();
}

Type* make_barrier_type(Interpreter& interp) {
    Type* t = make_builtin_type(interp, "Barrier", interp.types.object, sizeof(Barrier), 0);
    t->slots.trace = trace_barrier;
    t->slots.new_ = barrier_new;
    t->slots.repr = barrier_repr;
    add_method(interp, t, "wait", barrier_wait_method);
    add_method(interp, t, "reset", barrier_change_method<0>);
    add_method(interp, t, "abort", barrier_change_method<1>);
    add_method(interp, t, "__aenter__", barrier_aenter);
    add_method(interp, t, "__aexit__", barrier_aexit);
    add_getter(interp, t, "parties", barrier_parties);
    add_getter(interp, t, "n_waiting", barrier_n_waiting);
    add_getter(interp, t, "broken", barrier_broken);
    vm::type_set_attr(interp, t, "__module__", Str::make(interp, "asyncio.locks")->value());
    return t;
}

} // namespace

Primitive* make_event(Interpreter& interp) {
    return make_primitive(interp, runtime(interp).event);
}

void event_set(Interpreter& interp, Primitive* event) {
    if (event->count) return;
    event->count = 1;
    for (size_t i = 0; i < event->waiters.size(); ++i) {
        Future* fut = as_future(event->waiters[i]);
        if (!future_done(fut)) future_set_result(interp, fut, Value::true_());
    }
}

Value event_wait(Interpreter& interp, Primitive* event) {
    static constexpr NativeCoroutineKind kind{"Event.wait", event_wait_step, 1};
    NativeCoroutine* c = make_native_coroutine(interp, kind);
    c->state[0] = event->value();
    return c->value();
}

void init_sync_types(Interpreter& interp, Runtime& rt) {
    Type* event = make_primitive_type(interp, "Event");
    event->slots.new_ = event_new;
    event->slots.repr = event_repr;
    add_method(interp, event, "wait", event_wait_method);
    add_method(interp, event, "set", event_set_method);
    add_method(interp, event, "clear", event_clear_method);
    add_method(interp, event, "is_set", event_is_set_method);
    rt.event = event;

    Type* lock = make_primitive_type(interp, "Lock");
    lock->slots.new_ = lock_new;
    lock->slots.repr = lock_repr;
    add_method(interp, lock, "acquire", lock_acquire_method);
    add_method(interp, lock, "release", lock_release_method);
    add_method(interp, lock, "locked", lock_locked_method);
    add_method(interp, lock, "__aenter__", lock_aenter);
    add_method(interp, lock, "__aexit__", primitive_aexit);
    rt.lock = lock;

    Type* semaphore = make_primitive_type(interp, "Semaphore");
    semaphore->slots.new_ = semaphore_new;
    semaphore->slots.repr = semaphore_repr;
    add_method(interp, semaphore, "acquire", semaphore_acquire_method);
    add_method(interp, semaphore, "release", semaphore_release_method);
    add_method(interp, semaphore, "locked", semaphore_locked_method);
    add_method(interp, semaphore, "__aenter__", semaphore_aenter);
    add_method(interp, semaphore, "__aexit__", primitive_aexit);
    rt.semaphore = semaphore;
    rt.bounded_semaphore = make_primitive_type(interp, "BoundedSemaphore", semaphore);

    Type* condition = make_primitive_type(interp, "Condition");
    condition->slots.new_ = condition_new;
    condition->slots.repr = condition_repr;
    add_method(interp, condition, "wait", condition_wait_method);
    add_method(interp, condition, "wait_for", condition_wait_for_method);
    add_method(interp, condition, "notify", condition_notify_method);
    add_method(interp, condition, "notify_all", condition_notify_all_method);
    add_method(interp, condition, "locked", condition_locked_method);
    add_method(interp, condition, "acquire", condition_acquire_method);
    add_method(interp, condition, "release", condition_release_method);
    add_method(interp, condition, "__aenter__", condition_aenter);
    add_method(interp, condition, "__aexit__", condition_aexit);
    rt.condition = condition;

    rt.barrier = make_barrier_type(interp);
    rt.broken_barrier_error =
        make_exception_class(interp, "BrokenBarrierError", interp.exceptions.runtime_error);
}

} // namespace coil::aio
