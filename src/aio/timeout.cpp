// asyncio.Timeout natively, following timeouts.py of CPython 3.11.7: states created -> active
// -> (expiring -> expired | finished). On expiry it cancels its task; __aexit__ takes that
// cancellation back (uncancel) and raises TimeoutError from the CancelledError unless other
// cancellations were requested meanwhile.
#include "aio/timeout.hpp"

#include "aio/event_loop.hpp"
#include "aio/native_coroutine.hpp"
#include "aio/task.hpp"
#include "vm/dict.hpp"
#include "vm/exception.hpp"
#include "vm/float.hpp"
#include "vm/heap.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <string>

namespace coil::aio {

using namespace vm;

namespace {

enum class TimeoutState : uint8_t { Created, Entered, Expiring, Expired, Exited };

const char* state_word(TimeoutState s) {
    switch (s) {
    case TimeoutState::Created:
        return "created";
    case TimeoutState::Entered:
        return "active";
    case TimeoutState::Expiring:
        return "expiring";
    case TimeoutState::Expired:
        return "expired";
    case TimeoutState::Exited:
        return "finished";
    }
    return "";
}

struct Timeout : Object {
    Value when = Value::none();   // the deadline in loop time, or None
    Value handle = Value::none(); // the TimerHandle of a future deadline
    Task* task = nullptr;         // the task the body runs in, once entered
    uint64_t generation = 0;      // bumped to disarm a scheduled expiry
    int32_t cancelling_at_entry = 0;
    TimeoutState state = TimeoutState::Created;
};

Timeout* self_timeout(Value v) {
    return static_cast<Timeout*>(v.as_object());
}

void trace_timeout(Object* self, Tracer& tracer) {
    auto* t = static_cast<Timeout*>(self);
    tracer.mark(t->when);
    tracer.mark(t->handle);
    tracer.mark(t->task);
}

Timeout* new_timeout(Interpreter& interp, Value when) {
    Rooted keep(interp.shadow_roots(), when);
    Timeout* t = interp.heap().make<Timeout>(runtime(interp).timeout);
    t->when = when;
    return t;
}

// _on_timeout: cancel the task; a later __aexit__ sees the state expiring.
bool on_timeout(Interpreter& interp, Value self, Value generation) {
    Timeout* t = self_timeout(self);
    if (static_cast<uint64_t>(generation.as_small_int()) != t->generation) return true;
    if (t->state != TimeoutState::Entered || !t->task) return true;
    t->handle = Value::none();
    task_cancel(interp, t->task, Value::none());
    t->state = TimeoutState::Expiring;
    return true;
}

void disarm(Timeout* t) {
    ++t->generation;
    if (!t->handle.is_none()) cancel_handle(static_cast<Handle*>(t->handle.as_object()));
    t->handle = Value::none();
}

bool reschedule(Interpreter& interp, Timeout* t, Value when) {
    if (t->state != TimeoutState::Entered) {
        if (t->state == TimeoutState::Created) {
            interp.raise(interp.exceptions.runtime_error, "Timeout has not been entered");
        } else {
            interp.raise_format(interp.exceptions.runtime_error,
                                "Cannot change state of %s Timeout", state_word(t->state));
        }
        return false;
    }
    t->when = when;
    disarm(t);
    if (when.is_none()) return true;
    EventLoop* loop = get_running_loop(interp);
    if (!loop) return false;
    const double now = loop->time();
    const int due = ops::compare_bool(interp, CompareOp::Le, when, Value::from_double(now));
    if (due < 0) return false;
    const Value generation = Value::from_small_int(static_cast<int64_t>(t->generation));
    if (due == 1) {
        call_soon(loop, on_timeout, t->value(), generation);
        return true;
    }
    double deadline = 0;
    bool is_number = false;
    if (!number_to_double(interp, when, &deadline, &is_number) || !is_number) {
        if (!interp.has_pending()) interp.raise_type_error("a number is required");
        return false;
    }
    t->handle = call_at(interp, loop, deadline, on_timeout, t->value(), generation)->value();
    return true;
}

Value timeout_new(Interpreter& interp, Type*, const Value* args, size_t nargs, Tuple* kwnames) {
    Value when;
    if (!bind_native_args(interp, "Timeout", args, nargs, kwnames, {"when"}, 1, 0, &when)) {
        return Value::error();
    }
    return new_timeout(interp, when)->value();
}

Value timeout_when(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "when", nargs - 1)) return Value::error();
    return self_timeout(args[0])->when;
}

Value timeout_reschedule(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value when;
    if (!bind_native_args(interp, "reschedule", args + 1, nargs - 1, kwnames, {"when"}, 1, 0,
                          &when)) {
        return Value::error();
    }
    if (!reschedule(interp, self_timeout(args[0]), when)) return Value::error();
    return Value::none();
}

Value timeout_expired(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "expired", nargs - 1)) return Value::error();
    const TimeoutState s = self_timeout(args[0])->state;
    return Value::from_bool(s == TimeoutState::Expiring || s == TimeoutState::Expired);
}

Value timeout_repr(Interpreter& interp, Value self) {
    Timeout* t = self_timeout(self);
    std::string text = std::string("<Timeout [") + state_word(t->state) + "]";
    if (t->state == TimeoutState::Entered) {
        std::string when = "None";
        if (!t->when.is_none()) {
            const Value args[2] = {t->when, Value::from_small_int(3)};
            const Value rounded =
                ops::call(interp, interp.builtins->get(interp.intern("round")), args, 2);
            if (rounded.is_error()) return Value::error();
            Str* r = ops::repr(interp, rounded);
            if (!r) return Value::error();
            when = r->view();
        }
        text += " when=" + when;
    }
    return Str::make(interp, text + ">")->value();
}

Value timeout_aenter(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "__aenter__", nargs - 1)) return Value::error();
    Timeout* t = self_timeout(args[0]);
    if (t->state != TimeoutState::Created) {
        return interp.raise(interp.exceptions.runtime_error, "Timeout has already been entered");
    }
    EventLoop* loop = get_running_loop(interp);
    if (!loop) return Value::error();
    if (!loop->current_task) {
        return interp.raise(interp.exceptions.runtime_error,
                            "Timeout should be used inside a task");
    }
    t->state = TimeoutState::Entered;
    t->task = loop->current_task;
    t->cancelling_at_entry = task_cancelling(t->task);
    if (!reschedule(interp, t, t->when)) return Value::error();
    static constexpr NativeCoroutineKind kind = returning_kind("Timeout.__aenter__");
    return make_returning_coroutine(interp, kind, t->value());
}

Value timeout_aexit(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (nargs != 4) return interp.raise_type_error("__aexit__ expected 3 arguments");
    Timeout* t = self_timeout(args[0]);
    disarm(t);
    if (t->state == TimeoutState::Expiring) {
        t->state = TimeoutState::Expired;
        Task* task = t->task;
        if (task_uncancel(task) <= t->cancelling_at_entry &&
            args[1] == runtime(interp).cancelled_error->value()) {
            BaseException* timeout =
                make_exception(interp, interp.exceptions.timeout_error, Tuple::make(interp, 0));
            timeout->cause = args[2];
            timeout->context = args[2];
            timeout->suppress_context = true;
            interp.set_pending(timeout->value());
            return Value::error();
        }
    } else if (t->state == TimeoutState::Entered) {
        t->state = TimeoutState::Exited;
    }
    static constexpr NativeCoroutineKind kind = returning_kind("Timeout.__aexit__");
    return make_returning_coroutine(interp, kind, Value::none());
}

} // namespace

Value make_timeout_after(Interpreter& interp, Value delay) {
    if (delay.is_none()) return new_timeout(interp, delay)->value();
    EventLoop* loop = get_running_loop(interp);
    if (!loop) return Value::error();
    const Value when =
        ops::binary_op(interp, BinaryOp::Add, Value::from_double(loop->time()), delay);
    if (when.is_error()) return Value::error();
    return new_timeout(interp, when)->value();
}

Value make_timeout_at(Interpreter& interp, Value when) {
    return new_timeout(interp, when)->value();
}

void init_timeout_type(Interpreter& interp, Runtime& rt) {
    Type* t = make_builtin_type(interp, "Timeout", interp.types.object, sizeof(Timeout), 0);
    t->slots.trace = trace_timeout;
    t->slots.new_ = timeout_new;
    t->slots.repr = timeout_repr;
    vm::type_set_attr(interp, t, "__module__", Str::make(interp, "asyncio.timeouts")->value());
    add_method(interp, t, "when", timeout_when);
    add_method(interp, t, "reschedule", timeout_reschedule);
    add_method(interp, t, "expired", timeout_expired);
    add_method(interp, t, "__aenter__", timeout_aenter);
    add_method(interp, t, "__aexit__", timeout_aexit);
    rt.timeout = t;
}

} // namespace coil::aio
