// Event, Lock, Semaphore, BoundedSemaphore and Condition: locks.py's logic, with the waits as
// native coroutines.
#include "aio/sync.hpp"

#include "aio/future.hpp"
#include "aio/native_coroutine.hpp"
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
    return interp.heap().make<Primitive>(type);
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
        self->state[1] = fut;
        self->stage = 1;
        *io = fut;
        return Step::Await;
    }
    remove_waiter(event->waiters, self->state[1]);
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
    const Value done = self->number == 1 ? Value::none() : Value::true_();
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
    NativeCoroutine* c = make_native_coroutine(interp, enter ? "Lock.__aenter__" : "Lock.acquire",
                                               lock_acquire_step);
    c->state[0] = lock;
    c->number = enter ? 1 : 0;
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
    const Value done = self->number == 1 ? Value::none() : Value::true_();
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
    NativeCoroutine* c = make_native_coroutine(
        interp, enter ? "Semaphore.__aenter__" : "Semaphore.acquire", semaphore_acquire_step);
    c->state[0] = s;
    c->number = enter ? 1 : 0;
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
    return make_returning_coroutine(interp, "_ContextManagerMixin.__aexit__", Value::none());
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
            self->number = 1; // cancelled: acquire again, then raise CancelledError
            *io = lock_acquire(interp, cond->lock, false);
            return Step::Delegate;
        }
        if (self->number == 1) {
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
    NativeCoroutine* c = make_native_coroutine(interp, "Condition.wait", condition_wait_step);
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
    NativeCoroutine* c =
        make_native_coroutine(interp, "Condition.wait_for", condition_wait_for_step);
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
    return make_returning_coroutine(interp, "_ContextManagerMixin.__aexit__", Value::none());
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
    NativeCoroutine* c = make_native_coroutine(interp, "Event.wait", event_wait_step);
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
}

} // namespace coil::aio
