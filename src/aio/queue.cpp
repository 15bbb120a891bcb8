// asyncio.Queue, PriorityQueue and LifoQueue: queues.py's logic natively. put_nowait wakes the
// first waiting getter through its future and the woken get() checks again (R10); the
// priority queue keeps heapq's exact order.
#include "aio/queue.hpp"

#include "aio/future.hpp"
#include "aio/native_coroutine.hpp"
#include "aio/sync.hpp"
#include "vm/class_creation.hpp"
#include "vm/descriptor.hpp"
#include "vm/heap.hpp"
#include "vm/int.hpp"
#include "vm/list.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <cstdio>
#include <string>
#include <vector>

namespace coil::aio {

using namespace vm;

namespace {

enum class QueueKind : uint8_t { Fifo, Lifo, Priority };

struct Queue : Object {
    EventLoop* loop = nullptr; // bound on first wait (_LoopBoundMixin)
    Ring<Value> items;         // Fifo and Lifo
    std::vector<Value> heap;   // Priority: heapq's layout
    Ring<Value> getters;
    Ring<Value> putters;
    Value maxsize = Value::from_small_int(0);
    int64_t limit = 0; // maxsize as a number (<= 0: unbounded)
    int64_t unfinished_tasks = 0;
    Primitive* finished = nullptr; // the Event join() waits on
    QueueKind kind = QueueKind::Fifo;
    bool is_shutdown = false; // 3.13's shutdown(): puts fail, gets fail once empty
};

Queue* self_queue(Value v) {
    return static_cast<Queue*>(v.as_object());
}

void trace_queue(Object* self, Tracer& tracer) {
    auto* q = static_cast<Queue*>(self);
    tracer.mark(q->loop);
    trace_waiters(q->items, tracer);
    for (Value v : q->heap) tracer.mark(v);
    trace_waiters(q->getters, tracer);
    trace_waiters(q->putters, tracer);
    tracer.mark(q->maxsize);
    tracer.mark(q->finished);
}

void finalize_queue(Object* self) {
    static_cast<Queue*>(self)->~Queue();
}

size_t qsize(const Queue* q) {
    return q->kind == QueueKind::Priority ? q->heap.size() : q->items.size();
}

bool full(const Queue* q) {
    return q->limit > 0 && static_cast<int64_t>(qsize(q)) >= q->limit;
}

EventLoop* queue_loop(Interpreter& interp, Queue* q) {
    EventLoop* running = runtime(interp).running_loop;
    if (!q->loop) q->loop = running;
    if (running && q->loop == running) return running;
    if (!running) {
        interp.raise(interp.exceptions.runtime_error, "no running event loop");
        return nullptr;
    }
    Str* r = ops::repr(interp, q->value());
    if (!r) return nullptr;
    interp.raise_format(interp.exceptions.runtime_error, "%s is bound to a different event loop",
                        std::string(r->view()).c_str());
    return nullptr;
}

// Queue._wakeup_next: the first waiter not yet done gets None.
void wakeup_next(Interpreter& interp, Ring<Value>& waiters) {
    while (!waiters.empty()) {
        Future* waiter = as_future(waiters.pop_front());
        if (!future_done(waiter)) {
            future_set_result(interp, waiter, Value::none());
            return;
        }
    }
}

// heapq._siftdown: moves heap[pos] up towards start while it is smaller than its parent.
bool sift_down(Interpreter& interp, std::vector<Value>& heap, size_t start, size_t pos) {
    Rooted item(interp.shadow_roots(), heap[pos]);
    while (pos > start) {
        const size_t parent_pos = (pos - 1) >> 1;
        const int less = ops::compare_bool(interp, CompareOp::Lt, item.get(), heap[parent_pos]);
        if (less < 0) {
            heap[pos] = item.get();
            return false;
        }
        if (!less) break;
        heap[pos] = heap[parent_pos];
        pos = parent_pos;
    }
    heap[pos] = item.get();
    return true;
}

// heapq._siftup: moves the smaller child up until a leaf, then sifts the item down.
bool sift_up(Interpreter& interp, std::vector<Value>& heap, size_t pos) {
    const size_t end = heap.size();
    const size_t start = pos;
    Rooted item(interp.shadow_roots(), heap[pos]);
    size_t child = 2 * pos + 1;
    while (child < end) {
        const size_t right = child + 1;
        if (right < end) {
            const int less = ops::compare_bool(interp, CompareOp::Lt, heap[child], heap[right]);
            if (less < 0) {
                heap[pos] = item.get();
                return false;
            }
            if (!less) child = right;
        }
        heap[pos] = heap[child];
        pos = child;
        child = 2 * pos + 1;
    }
    heap[pos] = item.get();
    return sift_down(interp, heap, start, pos);
}

bool put_item(Interpreter& interp, Queue* q, Value item) {
    if (q->kind != QueueKind::Priority) {
        q->items.push_back(item);
        return true;
    }
    q->heap.push_back(item);
    return sift_down(interp, q->heap, 0, q->heap.size() - 1);
}

Value take_item(Interpreter& interp, Queue* q) {
    switch (q->kind) {
    case QueueKind::Fifo:
        return q->items.pop_front();
    case QueueKind::Lifo:
        return q->items.pop_back();
    case QueueKind::Priority:
        break;
    }
    const Value last = q->heap.back();
    q->heap.pop_back();
    if (q->heap.empty()) return last;
    Rooted result(interp.shadow_roots(), q->heap.front());
    q->heap.front() = last;
    if (!sift_up(interp, q->heap, 0)) return Value::error();
    return result.get();
}

Value raise_shut_down(Interpreter& interp) {
    return interp.raise_value(runtime(interp).queue_shut_down->value());
}

Value put_nowait(Interpreter& interp, Queue* q, Value item) {
    if (q->is_shutdown) return raise_shut_down(interp);
    if (full(q)) return interp.raise_value(runtime(interp).queue_full->value());
    if (!put_item(interp, q, item)) return Value::error();
    ++q->unfinished_tasks;
    q->finished->count = 0;
    wakeup_next(interp, q->getters);
    return Value::none();
}

Value get_nowait(Interpreter& interp, Queue* q) {
    if (qsize(q) == 0) {
        if (q->is_shutdown) return raise_shut_down(interp);
        return interp.raise_value(runtime(interp).queue_empty->value());
    }
    const Value item = take_item(interp, q);
    if (item.is_error()) return item;
    Rooted keep(interp.shadow_roots(), item);
    wakeup_next(interp, q->putters);
    return item;
}

// Queue.get(): state[0] the queue, state[1] the getter future.
Step get_step(Interpreter& interp, NativeCoroutine* self, Resume how, Value* io) {
    Queue* q = self_queue(self->state[0]);
    if (how == Resume::Thrown) {
        if (self->stage == 0) return Step::Raise;
        // except: cancel the getter, forget it, pass a wake-up on if it was ours.
        const Value exc = interp.take_pending();
        Rooted keep(interp.shadow_roots(), exc);
        Future* getter = as_future(self->state[1]);
        cancel_future(interp, getter, Value::none());
        remove_waiter(q->getters, self->state[1]);
        if (qsize(q) > 0 && getter->state != FutureState::Cancelled) {
            wakeup_next(interp, q->getters);
        }
        interp.set_pending(exc);
        return Step::Raise;
    }
    if (qsize(q) == 0) {
        if (q->is_shutdown) {
            raise_shut_down(interp);
            return Step::Raise;
        }
        EventLoop* loop = queue_loop(interp, q);
        if (!loop) return Step::Raise;
        Future* getter = make_future(interp, loop);
        q->getters.push_back(getter->value());
        self->state[1] = getter->value();
        self->stage = 1;
        *io = getter->value();
        return Step::Await;
    }
    *io = get_nowait(interp, q);
    return io->is_error() ? Step::Raise : Step::Return;
}

// Queue.put(item): state[0] the queue, state[1] the putter future, state[2] the item.
Step put_step(Interpreter& interp, NativeCoroutine* self, Resume how, Value* io) {
    Queue* q = self_queue(self->state[0]);
    if (how == Resume::Thrown) {
        if (self->stage == 0) return Step::Raise;
        const Value exc = interp.take_pending();
        Rooted keep(interp.shadow_roots(), exc);
        Future* putter = as_future(self->state[1]);
        cancel_future(interp, putter, Value::none());
        remove_waiter(q->putters, self->state[1]);
        if (!full(q) && putter->state != FutureState::Cancelled) {
            wakeup_next(interp, q->putters);
        }
        interp.set_pending(exc);
        return Step::Raise;
    }
    if (full(q)) {
        if (q->is_shutdown) {
            raise_shut_down(interp);
            return Step::Raise;
        }
        EventLoop* loop = queue_loop(interp, q);
        if (!loop) return Step::Raise;
        Future* putter = make_future(interp, loop);
        q->putters.push_back(putter->value());
        self->state[1] = putter->value();
        self->stage = 1;
        *io = putter->value();
        return Step::Await;
    }
    *io = put_nowait(interp, q, self->state[2]);
    return io->is_error() ? Step::Raise : Step::Return;
}

// Queue.join(): waits on the finished event while tasks are unfinished.
Step join_step(Interpreter& interp, NativeCoroutine* self, Resume how, Value* io) {
    if (how == Resume::Thrown) return Step::Raise;
    Queue* q = self_queue(self->state[0]);
    if (self->stage == 0 && q->unfinished_tasks > 0) {
        self->stage = 1;
        *io = event_wait(interp, q->finished);
        return Step::Delegate;
    }
    *io = Value::none();
    return Step::Return;
}

bool no_args(Interpreter& interp, const char* name, size_t nargs, Tuple* kwnames) {
    return reject_keywords(interp, name, kwnames) && check_no_args(interp, name, nargs - 1);
}

constexpr NativeCoroutineKind get_kind{"Queue.get", get_step, 2};
constexpr NativeCoroutineKind put_kind{"Queue.put", put_step, 3};
constexpr NativeCoroutineKind join_kind{"Queue.join", join_step, 1};

Value queue_get(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!no_args(interp, "get", nargs, kwnames)) return Value::error();
    NativeCoroutine* c = make_native_coroutine(interp, get_kind);
    c->state[0] = args[0];
    return c->value();
}

Value queue_put(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value item;
    if (!bind_native_args(interp, "put", args + 1, nargs - 1, kwnames, {"item"}, 1, 0, &item)) {
        return Value::error();
    }
    NativeCoroutine* c = make_native_coroutine(interp, put_kind);
    c->state[0] = args[0];
    c->state[2] = item;
    return c->value();
}

Value queue_join(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!no_args(interp, "join", nargs, kwnames)) return Value::error();
    NativeCoroutine* c = make_native_coroutine(interp, join_kind);
    c->state[0] = args[0];
    return c->value();
}

Value queue_put_nowait(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value item;
    if (!bind_native_args(interp, "put_nowait", args + 1, nargs - 1, kwnames, {"item"}, 1, 0,
                          &item)) {
        return Value::error();
    }
    return put_nowait(interp, self_queue(args[0]), item);
}

Value queue_get_nowait(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!no_args(interp, "get_nowait", nargs, kwnames)) return Value::error();
    return get_nowait(interp, self_queue(args[0]));
}

Value queue_task_done(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!no_args(interp, "task_done", nargs, kwnames)) return Value::error();
    Queue* q = self_queue(args[0]);
    if (q->unfinished_tasks <= 0) {
        return interp.raise(interp.exceptions.value_error, "task_done() called too many times");
    }
    if (--q->unfinished_tasks == 0) event_set(interp, q->finished);
    return Value::none();
}

// Wakes every waiter of `waiters` not yet done, emptying it.
void wake_all(Interpreter& interp, Ring<Value>& waiters) {
    while (!waiters.empty()) {
        Future* waiter = as_future(waiters.pop_front());
        if (!future_done(waiter)) future_set_result(interp, waiter, Value::none());
    }
}

// Queue.shutdown(immediate=False), as CPython 3.13: with `immediate` the items are dropped
// and count as done; every blocked get() and put() wakes up to check again.
Value queue_shutdown(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value immediate;
    if (!bind_native_args(interp, "shutdown", args + 1, nargs - 1, kwnames, {"immediate"}, 0, 0,
                          &immediate)) {
        return Value::error();
    }
    int drop = 0;
    if (!immediate.is_absent()) {
        drop = ops::truthy(interp, immediate);
        if (drop < 0) return Value::error();
    }
    Queue* q = self_queue(args[0]);
    q->is_shutdown = true;
    if (drop) {
        while (qsize(q) > 0) {
            if (take_item(interp, q).is_error()) return Value::error();
            if (q->unfinished_tasks > 0) --q->unfinished_tasks;
        }
        if (q->unfinished_tasks == 0) event_set(interp, q->finished);
    }
    wake_all(interp, q->getters);
    wake_all(interp, q->putters);
    return Value::none();
}

Value queue_qsize(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!no_args(interp, "qsize", nargs, kwnames)) return Value::error();
    return Value::from_small_int(static_cast<int64_t>(qsize(self_queue(args[0]))));
}

Value queue_empty(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!no_args(interp, "empty", nargs, kwnames)) return Value::error();
    return Value::from_bool(qsize(self_queue(args[0])) == 0);
}

Value queue_full(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!no_args(interp, "full", nargs, kwnames)) return Value::error();
    return Value::from_bool(full(self_queue(args[0])));
}

Value queue_maxsize(Interpreter&, Value self) {
    return self_queue(self)->maxsize;
}

// Queue._format: "maxsize=0 _queue=[1, 2] _getters[1] tasks=2"; nullptr-free, may fail.
bool format_queue(Interpreter& interp, Queue* q, std::string* out) {
    Str* m = ops::repr(interp, q->maxsize);
    if (!m) return false;
    *out = "maxsize=" + std::string(m->view());
    const size_t n = qsize(q);
    if (n > 0) {
        List* items = List::make(interp, n);
        Rooted keep(interp.shadow_roots(), items->value());
        if (q->kind == QueueKind::Priority) {
            for (Value v : q->heap) items->append(interp, v);
        } else {
            for (size_t i = 0; i < n; ++i) items->append(interp, q->items[i]);
        }
        Str* r = ops::repr(interp, items->value());
        if (!r) return false;
        *out += " _queue=" + std::string(r->view());
    }
    if (!q->getters.empty()) *out += " _getters[" + std::to_string(q->getters.size()) + "]";
    if (!q->putters.empty()) *out += " _putters[" + std::to_string(q->putters.size()) + "]";
    if (q->unfinished_tasks) *out += " tasks=" + std::to_string(q->unfinished_tasks);
    if (q->is_shutdown) *out += " shutdown";
    return true;
}

Value queue_str(Interpreter& interp, Value self) {
    std::string text;
    if (!format_queue(interp, self_queue(self), &text)) return Value::error();
    std::string out = "<";
    out += self.as_object()->type->name->view();
    out += " ";
    out += text;
    out += ">";
    return Str::make(interp, out)->value();
}

Value queue_repr(Interpreter& interp, Value self) {
    std::string text;
    if (!format_queue(interp, self_queue(self), &text)) return Value::error();
    char address[32];
    std::snprintf(address, sizeof address, "%#llx",
                  static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(self.as_object())));
    std::string out = "<";
    out += self.as_object()->type->name->view();
    out += " at ";
    out += address;
    out += " ";
    out += text;
    out += ">";
    return Str::make(interp, out)->value();
}

Value queue_new(Interpreter& interp, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    Value maxsize;
    if (!bind_native_args(interp, type->name->view(), args, nargs, kwnames, {"maxsize"}, 0, 0,
                          &maxsize)) {
        return Value::error();
    }
    if (maxsize.is_absent()) maxsize = Value::from_small_int(0);
    int64_t limit = 0;
    if (!maxsize.is_float()) {
        if (!int_to_ssize(interp, maxsize, &limit)) return Value::error();
    } else {
        limit = static_cast<int64_t>(maxsize.as_float());
        if (limit == 0 && maxsize.as_float() > 0) limit = 1;
    }
    Primitive* finished = make_event(interp);
    Rooted keep(interp.shadow_roots(), finished->value());
    finished->count = 1;
    Queue* q = make_instance<Queue>(interp, type);
    q->maxsize = maxsize;
    q->limit = limit;
    q->finished = finished;
    const Runtime& rt = runtime(interp);
    q->kind = type == rt.priority_queue ? QueueKind::Priority
              : type == rt.lifo_queue   ? QueueKind::Lifo
                                        : QueueKind::Fifo;
    return q->value();
}

} // namespace

void init_queue_types(Interpreter& interp, Runtime& rt) {
    Type* q = make_builtin_type(interp, "Queue", interp.types.object, sizeof(Queue), 0);
    q->slots.trace = trace_queue;
    q->slots.finalize = finalize_queue;
    q->slots.new_ = queue_new;
    q->slots.repr = queue_repr;
    q->slots.str = queue_str;
    add_method(interp, q, "get", queue_get);
    add_method(interp, q, "put", queue_put);
    add_method(interp, q, "join", queue_join);
    add_method(interp, q, "get_nowait", queue_get_nowait);
    add_method(interp, q, "put_nowait", queue_put_nowait);
    add_method(interp, q, "task_done", queue_task_done);
    add_method(interp, q, "qsize", queue_qsize);
    add_method(interp, q, "empty", queue_empty);
    add_method(interp, q, "full", queue_full);
    add_method(interp, q, "shutdown", queue_shutdown);
    add_getter(interp, q, "maxsize", queue_maxsize);
    vm::type_set_attr(interp, q, "__module__", Str::make(interp, "asyncio.queues")->value());
    rt.queue = q;
    rt.priority_queue = make_builtin_type(interp, "PriorityQueue", q, sizeof(Queue), 0);
    rt.lifo_queue = make_builtin_type(interp, "LifoQueue", q, sizeof(Queue), 0);
    rt.queue_shut_down = make_exception_class(interp, "QueueShutDown", interp.exceptions.exception,
                                              "asyncio.queues");
}

} // namespace coil::aio
