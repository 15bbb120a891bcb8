// as_completed natively. The futures report to a shared state (3.13's _AsCompletedIterator,
// 3.11's closure over a Queue): each completion is queued and wakes the first waiting
// coroutine through a future, so a waiter resumes with the same hops as Queue.get (R10); a
// timeout queues None for every future still pending, which its coroutine turns into
// TimeoutError. The state is the iterator: next() gives a coroutine returning the next
// outcome, `async for` the next finished future itself.
#include "aio/as_completed.hpp"

#include "aio/combinators.hpp"
#include "aio/event_loop.hpp"
#include "aio/future.hpp"
#include "aio/native_coroutine.hpp"
#include "aio/ring.hpp"
#include "aio/task.hpp"
#include "vm/dict.hpp"
#include "vm/exception.hpp"
#include "vm/float.hpp"
#include "vm/heap.hpp"
#include "vm/list.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace coil::aio {

using namespace vm;

namespace {

struct AsCompleted : Object {
    EventLoop* loop = nullptr;
    Dict* todo = nullptr; // the futures not yet reported, as keys
    Ring<Value> done;     // finished futures, or None after the timeout
    Ring<Value> getters;  // futures of the coroutines waiting for `done`
    Value timeout_handle = Value::none();
    size_t todo_left = 0; // coroutines the iterator may still hand out
};

AsCompleted* self_state(Value v) {
    return static_cast<AsCompleted*>(v.as_object());
}

void trace_state(Object* self, Tracer& tracer) {
    auto* s = static_cast<AsCompleted*>(self);
    tracer.mark(s->loop);
    tracer.mark(s->todo);
    for (size_t i = 0; i < s->done.size(); ++i) tracer.mark(s->done[i]);
    for (size_t i = 0; i < s->getters.size(); ++i) tracer.mark(s->getters[i]);
    tracer.mark(s->timeout_handle);
}

void finalize_state(Object* self) {
    static_cast<AsCompleted*>(self)->~AsCompleted();
}

// Queue.put_nowait: the item, then the first waiter not yet done is woken.
void put(Interpreter& interp, AsCompleted* s, Value item) {
    s->done.push_back(item);
    while (!s->getters.empty()) {
        Future* getter = as_future(s->getters.front());
        s->getters.pop_front();
        if (!future_done(getter)) {
            future_set_result(interp, getter, Value::none());
            return;
        }
    }
}

// _on_completion, a done-callback of every future: a = the state, b = the future.
bool on_completion(Interpreter& interp, Value state, Value fut) {
    AsCompleted* s = self_state(state);
    if (s->todo->size() == 0) return true;
    if (s->todo->remove(interp, fut) < 0) return false;
    put(interp, s, fut);
    if (s->todo->size() == 0 && !s->timeout_handle.is_none()) {
        cancel_handle(static_cast<Handle*>(s->timeout_handle.as_object()));
    }
    return true;
}

// _on_timeout: every pending future stops reporting and counts as timed out.
bool on_timeout(Interpreter& interp, Value state, Value) {
    AsCompleted* s = self_state(state);
    std::vector<Value> pending;
    size_t pos = 0;
    Value k, v;
    while (s->todo->next(pos, &k, &v)) pending.push_back(k);
    for (Value f : pending) {
        future_remove_callback(as_future(f), on_completion, state);
        put(interp, s, Value::none());
    }
    s->todo->clear();
    return true;
}

// _wait_for_one(resolve): state[0] the shared state, state[1] the getter future it waits on;
// number 1: resolve (return the outcome), 0: return the future (__anext__, which first ends
// the iteration when nothing is left).
Step wait_for_one_step(Interpreter& interp, NativeCoroutine* self, Resume how, Value* io) {
    AsCompleted* s = self_state(self->state[0]);
    if (self->mode == 0 && self->stage == 0 && how != Resume::Thrown) {
        if (s->todo_left == 0) {
            interp.set_pending(make_exception(interp, interp.exceptions.stop_async_iteration,
                                              Tuple::make(interp, 0))
                                   ->value());
            return Step::Raise;
        }
        --s->todo_left;
    }
    if (how == Resume::Thrown) {
        if (self->stage == 0) return Step::Raise;
        // Queue.get cancelled: give a queued item to the next waiter.
        Future* getter = as_future(self->state[1]);
        future_cancel(interp, getter, Value::none());
        for (size_t i = 0; i < s->getters.size(); ++i) {
            if (s->getters[i] == self->state[1]) {
                s->getters.erase(i);
                break;
            }
        }
        if (!s->done.empty()) {
            const Value exc = interp.take_pending();
            Rooted keep(interp.shadow_roots(), exc);
            while (!s->getters.empty()) {
                Future* next = as_future(s->getters.front());
                s->getters.pop_front();
                if (!future_done(next)) {
                    future_set_result(interp, next, Value::none());
                    break;
                }
            }
            interp.set_pending(exc);
        }
        return Step::Raise;
    }
    self->stage = 1;
    if (s->done.empty()) {
        Future* getter = make_future(interp, s->loop);
        self->state[1] = getter->value();
        s->getters.push_back(getter->value());
        *io = getter->value();
        return Step::Await;
    }
    const Value f = s->done.front();
    s->done.pop_front();
    if (f.is_none()) {
        interp.set_pending(
            make_exception(interp, interp.exceptions.timeout_error, Tuple::make(interp, 0))
                ->value());
        return Step::Raise;
    }
    if (self->mode == 0) {
        *io = f;
        return Step::Return;
    }
    *io = future_result(interp, as_future(f));
    return io->is_error() ? Step::Raise : Step::Return;
}

constexpr NativeCoroutineKind wait_for_one_kind{"_AsCompletedIterator._wait_for_one",
                                                 wait_for_one_step, 2};
constexpr NativeCoroutineKind anext_kind{"_AsCompletedIterator.__anext__", wait_for_one_step, 2};

NativeCoroutine* make_wait_for_one(Interpreter& interp, Value state, bool resolve) {
    NativeCoroutine* c = make_native_coroutine(interp, resolve ? wait_for_one_kind : anext_kind);
    c->state[0] = state;
    c->mode = resolve ? 1 : 0;
    return c;
}

Value self_iter(Interpreter&, Value self) {
    return self;
}

// __next__: a coroutine for the next outcome; absent (StopIteration) when all are handed out.
Value state_next(Interpreter& interp, Value self) {
    AsCompleted* s = self_state(self);
    if (s->todo_left == 0) return Value::absent();
    --s->todo_left;
    return make_wait_for_one(interp, self, true)->value();
}

Value state_aiter(Interpreter&, const Value* args, size_t, Tuple*) {
    return args[0];
}

Value state_anext(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "__anext__", kwnames) ||
        !check_no_args(interp, "__anext__", nargs - 1)) {
        return Value::error();
    }
    return make_wait_for_one(interp, args[0], false)->value();
}

} // namespace

Value as_completed(Interpreter& interp, Value fs, Value timeout) {
    if (is_future(interp, fs) || is_coroutine_like(interp, fs)) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "expect an iterable of futures, not %s",
                                   std::string(type_of(interp, fs)->name->view()).c_str());
    }
    // set(fs): each distinct object once.
    Dict* distinct = Dict::make(interp);
    Rooted keep_distinct(interp.shadow_roots(), distinct->value());
    const Value it = ops::get_iter(interp, fs);
    if (it.is_error()) return Value::error();
    Rooted keep_it(interp.shadow_roots(), it);
    for (;;) {
        const Value item = ops::iter_next(interp, it);
        if (item.is_error()) return Value::error();
        if (item.is_absent()) break;
        Rooted keep_item(interp.shadow_roots(), item);
        if (distinct->set(interp, item, Value::none()) < 0) return Value::error();
    }
    EventLoop* loop = get_event_loop(interp);
    AsCompleted* s = interp.heap().make<AsCompleted>(runtime(interp).as_completed_state);
    Rooted keep_state(interp.shadow_roots(), s->value());
    s->loop = loop;
    s->todo = Dict::make(interp);
    size_t pos = 0;
    Value k, v;
    while (distinct->next(pos, &k, &v)) {
        const Value f = ensure_future(interp, k, loop);
        if (f.is_error()) return Value::error();
        Rooted keep_f(interp.shadow_roots(), f);
        if (s->todo->set(interp, f, Value::none()) < 0) return Value::error();
    }
    const size_t count = s->todo->size();
    pos = 0;
    while (s->todo->next(pos, &k, &v))
        future_add_callback(interp, as_future(k), on_completion, s->value());
    if (count && !timeout.is_none()) {
        double seconds = 0;
        bool is_number = false;
        if (!number_to_double(interp, timeout, &seconds, &is_number) || !is_number) {
            if (!interp.has_pending()) interp.raise_type_error("timeout must be a number");
            return Value::error();
        }
        s->timeout_handle =
            call_at(interp, loop, loop->time() + seconds, on_timeout, s->value(), Value::none())
                ->value();
    }
    s->todo_left = count;
    return s->value();
}

void init_as_completed_type(Interpreter& interp, Runtime& rt) {
    Type* t = make_builtin_type(interp, "_AsCompletedIterator", interp.types.object,
                                sizeof(AsCompleted), 0);
    t->slots.trace = trace_state;
    t->slots.finalize = finalize_state;
    t->slots.iter = self_iter;
    t->slots.iternext = state_next;
    add_method(interp, t, "__aiter__", state_aiter);
    add_method(interp, t, "__anext__", state_anext);
    vm::type_set_attr(interp, t, "__module__", Str::make(interp, "asyncio.tasks")->value());
    rt.as_completed_state = t;
}

} // namespace coil::aio
