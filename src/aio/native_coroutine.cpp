// Native coroutines: the driver that resumes a C++ step function the way a coroutine frame is
// resumed, and their Python face (send, throw, close, await).
#include "aio/native_coroutine.hpp"

#include "aio/coroutine_wrapper.hpp"

#include "vm/exception.hpp"
#include "vm/generator.hpp"
#include "vm/heap.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <cstdio>
#include <string>

namespace coil::aio {

using namespace vm;

NativeCoroutine* make_native_coroutine(Interpreter& interp, const NativeCoroutineKind& kind) {
    const size_t size =
        sizeof(NativeCoroutine) + sizeof(Value) * (kind.locals ? kind.locals - 1 : 0);
    NativeCoroutine* c =
        interp.heap().make_sized<NativeCoroutine>(runtime(interp).native_coroutine, size);
    c->kind = &kind;
    for (size_t i = 1; i < kind.locals; ++i) c->state[i] = Value::none();
    return c;
}

namespace {

NativeCoroutine* self_coro(Value v) {
    return static_cast<NativeCoroutine*>(v.as_object());
}

// Forwards a send (or, with how == Thrown, the pending exception) to the awaitable a
// `Delegate` step is awaiting: 0 it yielded, 1 it returned, -1 it raised.
int forward(Interpreter& interp, Value it, Resume how, Value sent, Value* out) {
    if (vm::is_resumable(interp, it)) {
        const ResumeResult r = how == Resume::Thrown
                                   ? throw_generator(interp, as_generator(it), out)
                                   : resume_generator(interp, as_generator(it), sent, false, out);
        return r == ResumeResult::Yielded ? 0 : r == ResumeResult::Returned ? 1 : -1;
    }
    if (how == Resume::Thrown) {
        if (is_native_coroutine(interp, it)) return native_coroutine_throw(interp, it, out);
        const Value exc = interp.take_pending();
        Rooted keep(interp.shadow_roots(), exc);
        const Value method = ops::get_attr_optional(interp, it, interp.intern("throw"));
        if (method.is_error()) return -1;
        if (method.is_absent()) {
            interp.set_pending(exc);
            return -1;
        }
        *out = ops::call1(interp, method, exc);
    } else if (const auto send = type_of(interp, it)->slots.send) {
        return send(interp, it, sent, out);
    } else if (sent.is_none()) {
        *out = ops::iter_next(interp, it);
        if (out->is_absent()) {
            *out = Value::none();
            return 1;
        }
    } else {
        *out = ops::call_method(interp, it, interp.intern("send"), &sent, 1);
    }
    if (!out->is_error()) return 0;
    if (!interp.pending_matches(interp.exceptions.stop_iteration)) return -1;
    *out = stop_iteration_value(interp, as_exception(interp.take_pending()));
    return 1;
}

int drive(Interpreter& interp, NativeCoroutine* c, Resume how, Value io, Value* out) {
    if (c->running) {
        interp.raise(interp.exceptions.value_error, "coroutine already executing");
        return -1;
    }
    if (c->finished) {
        if (how == Resume::Thrown) return -1;
        interp.raise(interp.exceptions.runtime_error, "cannot reuse already awaited coroutine");
        return -1;
    }
    if (!c->started) {
        c->started = true;
        if (how == Resume::Thrown) {
            c->finished = true;
            return -1;
        }
        how = Resume::Start;
        io = Value::none();
    } else if (c->delegating) {
        c->running = true;
        const int r = forward(interp, c->awaiting, how, io, out);
        c->running = false;
        if (r == 0) return 0;
        c->delegating = false;
        how = r == 1 ? Resume::Sent : Resume::Thrown;
        io = r == 1 ? *out : Value::none();
    } else if (how == Resume::Sent && is_future(interp, c->awaiting)) {
        // What `await fut` does on resumption: the future's result, or its exception raised
        // at the await.
        Future* f = as_future(c->awaiting);
        if (!future_done(f)) {
            interp.raise(interp.exceptions.runtime_error, "await wasn't used with future");
            how = Resume::Thrown;
        } else {
            io = future_result(interp, f);
            if (io.is_error()) how = Resume::Thrown;
        }
    }
    Rooted keep_io(interp.shadow_roots(), io); // the step may run Python code (and the GC)
    for (;;) {
        keep_io.set(io);
        c->running = true;
        // The step still sees what it was awaiting (Event.wait removes that future).
        const Step step = c->kind->step(interp, c, how, &io);
        c->running = false;
        c->awaiting = Value::none();
        switch (step) {
        case Step::Await: {
            Future* f = as_future(io);
            if (!future_done(f)) {
                f->blocking = true;
                c->awaiting = io;
                *out = io;
                return 0;
            }
            io = future_result(interp, f);
            how = io.is_error() ? Resume::Thrown : Resume::Sent;
            continue;
        }
        case Step::Delegate: {
            const Value it = get_awaitable(interp, io);
            if (it.is_error()) {
                how = Resume::Thrown;
                continue;
            }
            c->awaiting = it;
            c->delegating = true;
            c->running = true;
            const int r = forward(interp, it, Resume::Sent, Value::none(), out);
            c->running = false;
            if (r == 0) return 0;
            c->awaiting = Value::none();
            c->delegating = false;
            how = r == 1 ? Resume::Sent : Resume::Thrown;
            io = r == 1 ? *out : Value::none();
            continue;
        }
        case Step::Yield:
            *out = io;
            return 0;
        case Step::Return:
            c->finished = true;
            *out = io;
            return 1;
        case Step::Raise:
            break;
        }
        c->finished = true;
        return -1;
    }
}

} // namespace

int native_coroutine_send(Interpreter& interp, Value self, Value sent, Value* out) {
    NativeCoroutine* c = self_coro(self);
    if (!c->started && !sent.is_none()) {
        interp.raise_type_error("can't send non-None value to a just-started coroutine");
        return -1;
    }
    return drive(interp, c, Resume::Sent, sent, out);
}

int native_coroutine_throw(Interpreter& interp, Value self, Value* out) {
    return drive(interp, self_coro(self), Resume::Thrown, Value::none(), out);
}

namespace {

Value coro_await(Interpreter& interp, Value self) {
    NativeCoroutine* c = self_coro(self);
    if (c->started && !c->finished && !c->awaiting.is_none()) {
        return interp.raise(interp.exceptions.runtime_error, "coroutine is being awaited already");
    }
    return self;
}

Value coro_await_method(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "__await__", nargs - 1)) return Value::error();
    const Value self = coro_await(interp, args[0]);
    if (self.is_error()) return self;
    return make_coroutine_wrapper(interp, self);
}

Value finish_python_call(Interpreter& interp, int r, Value out) {
    if (r < 0) return Value::error();
    if (r == 0) return out;
    if (out.is_none()) {
        interp.set_pending(
            make_exception(interp, interp.exceptions.stop_iteration, Tuple::make(interp, 0))
                ->value());
        return Value::error();
    }
    return raise_stop_iteration(interp, out);
}

Value coro_send_method(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "send", kwnames) || !check_one_arg(interp, "send", nargs - 1)) {
        return Value::error();
    }
    Value out;
    const int r = native_coroutine_send(interp, args[0], args[1], &out);
    return finish_python_call(interp, r, out);
}

Value coro_throw_method(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "throw", kwnames) ||
        !check_arity(interp, "throw", nargs - 1, 1, 3)) {
        return Value::error();
    }
    const Value typ = args[1];
    const Value val = nargs > 2 ? args[2] : Value::none();
    Value exc = typ;
    if (is_exception_class(typ)) {
        exc = val;
        if (!is_exception_instance(val)) {
            exc = val.is_none() ? ops::call0(interp, typ) : ops::call1(interp, typ, val);
            if (exc.is_error()) return exc;
        }
    } else if (!is_exception_instance(typ)) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "exceptions must be classes or instances deriving from "
                                   "BaseException, not %s",
                                   std::string(type_name(interp, typ)).c_str());
    }
    interp.set_pending(exc);
    Value out;
    const int r = native_coroutine_throw(interp, args[0], &out);
    return finish_python_call(interp, r, out);
}

Value coro_close_method(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "close", nargs - 1)) return Value::error();
    NativeCoroutine* c = self_coro(args[0]);
    if (!c->started || c->finished) {
        c->started = c->finished = true;
        return Value::none();
    }
    interp.set_pending(
        make_exception(interp, interp.exceptions.generator_exit, Tuple::make(interp, 0))->value());
    Value out;
    const int r = native_coroutine_throw(interp, args[0], &out);
    if (r == 0) {
        return interp.raise(interp.exceptions.runtime_error, "coroutine ignored GeneratorExit");
    }
    if (r < 0) {
        if (interp.pending_matches(interp.exceptions.generator_exit) ||
            interp.pending_matches(interp.exceptions.stop_iteration)) {
            interp.clear_pending();
            return Value::none();
        }
        return Value::error();
    }
    return Value::none();
}

Value coro_repr(Interpreter& interp, Value self) {
    char buf[64];
    std::snprintf(buf, sizeof buf, " at %#llx>",
                  static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(self.as_object())));
    return Str::make(interp, std::string("<coroutine object ") + self_coro(self)->kind->qualname + buf)
        ->value();
}

Value coro_getattr(Interpreter& interp, Value self, Str* name, bool suppress_missing) {
    NativeCoroutine* c = self_coro(self);
    if (name->equals("__name__") || name->equals("__qualname__")) {
        std::string_view q = c->kind->qualname;
        if (name->equals("__name__")) {
            const size_t dot = q.rfind('.');
            if (dot != std::string_view::npos) q = q.substr(dot + 1);
        }
        return Str::make(interp, q)->value();
    }
    if (name->equals("cr_running")) return Value::from_bool(c->running);
    if (name->equals("cr_await")) return c->awaiting;
    if (name->equals("cr_frame") || name->equals("cr_code")) return Value::none();
    return generic_getattr(interp, self, name, suppress_missing);
}

void trace_coro(Object* self, Tracer& tracer) {
    auto* c = static_cast<NativeCoroutine*>(self);
    tracer.mark(c->awaiting);
    for (size_t i = 0; i < c->kind->locals; ++i) tracer.mark(c->state[i]);
}

} // namespace

Step return_first_local(Interpreter&, NativeCoroutine* self, Resume how, Value* io) {
    if (how == Resume::Thrown) return Step::Raise;
    *io = self->state[0];
    return Step::Return;
}

Value make_returning_coroutine(Interpreter& interp, const NativeCoroutineKind& kind,
                               Value result) {
    NativeCoroutine* c = make_native_coroutine(interp, kind);
    c->state[0] = result;
    return c->value();
}

void init_native_coroutine_type(Interpreter& interp, Runtime& rt) {
    Type* t =
        make_builtin_type(interp, "coroutine", interp.types.object, sizeof(NativeCoroutine), 0);
    t->slots.trace = trace_coro;
    t->slots.repr = coro_repr;
    t->slots.getattr = coro_getattr;
    t->slots.await_ = coro_await;
    t->slots.send = native_coroutine_send;
    add_method(interp, t, "__await__", coro_await_method);
    add_method(interp, t, "send", coro_send_method);
    add_method(interp, t, "throw", coro_throw_method);
    add_method(interp, t, "close", coro_close_method);
    rt.native_coroutine = t;
}

} // namespace coil::aio
