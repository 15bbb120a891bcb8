// Async generators and the awaitables that drive them (CPython 3.11's genobject.c: asend,
// athrow and the wrapped values of ASYNC_GEN_WRAP), plus sys.set_asyncgen_hooks.
#include "vm/async_generator.hpp"

#include "vm/exception.hpp"
#include "vm/frame.hpp"
#include "vm/heap.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <string>

namespace coil::vm {

namespace {

// A value an async generator's `yield` produced (not one an `await` inside it passes up).
struct WrappedValue : Object {
    Value item = Value::none();
};

// Where an asend()/athrow() awaitable is: not yet sent to, being driven, or done.
enum class AwaitableState : uint8_t { Init, Iter, Closed };

// What asend() and __anext__() return.
struct ASend : Object {
    AsyncGenerator* gen = nullptr;
    Value sent = Value::none();
    AwaitableState state = AwaitableState::Init;
};

// What athrow() and aclose() return; `args` is nullptr for aclose().
struct AThrow : Object {
    AsyncGenerator* gen = nullptr;
    Tuple* args = nullptr;
    AwaitableState state = AwaitableState::Init;
};

// The send-slot results: what the awaitable yielded (to the event loop), what it returned
// (the async generator's next item), or a pending exception.
enum : int { Yielded = 0, Returned = 1, Raised = -1 };

bool is_wrapped(const Interpreter& interp, Value v) {
    return v.is_object() && v.as_object()->type == interp.types.async_generator_wrapped;
}

void trace_wrapped(Object* self, Tracer& tracer) {
    tracer.mark(static_cast<WrappedValue*>(self)->item);
}

void trace_async_generator(Object* self, Tracer& tracer) {
    trace_generator(self, tracer);
    tracer.mark(static_cast<AsyncGenerator*>(self)->finalizer);
}

void trace_asend(Object* self, Tracer& tracer) {
    auto* o = static_cast<ASend*>(self);
    tracer.mark(o->gen);
    tracer.mark(o->sent);
}

void trace_athrow(Object* self, Tracer& tracer) {
    auto* o = static_cast<AThrow*>(self);
    tracer.mark(o->gen);
    tracer.mark(o->args);
}

Value raise_runtime_error(Interpreter& interp, const char* message) {
    return interp.raise(interp.exceptions.runtime_error, message);
}

Value raise_stop_async_iteration(Interpreter& interp) {
    interp.set_pending(
        make_exception(interp, interp.exceptions.stop_async_iteration, Tuple::make(interp, 0))
            ->value());
    return Value::error();
}

// async_gen_unwrap_value: a wrapped value is the item the awaitable returns; anything else
// it yielded goes on up to the event loop. Finishing is StopAsyncIteration.
int unwrap(Interpreter& interp, AsyncGenerator* gen, ResumeResult r, Value result, Value* out) {
    if (r == ResumeResult::Returned) {
        raise_stop_async_iteration(interp);
        r = ResumeResult::Raised;
    }
    if (r == ResumeResult::Raised) {
        if (interp.pending_matches(interp.exceptions.stop_async_iteration) ||
            interp.pending_matches(interp.exceptions.generator_exit)) {
            gen->closed = true;
        }
        gen->running_async = false;
        return Raised;
    }
    if (is_wrapped(interp, result)) {
        *out = static_cast<WrappedValue*>(result.as_object())->item;
        gen->running_async = false;
        return Returned;
    }
    *out = result;
    return Yielded;
}

// The Python face of a send-slot result: the yielded value, StopIteration(value), or error.
Value as_python_result(Interpreter& interp, int rc, Value out) {
    if (rc == Yielded) return out;
    if (rc == Returned) return raise_stop_iteration(interp, out);
    return Value::error();
}

// async_gen_init_hooks: the first time the generator is iterated it keeps the finalizer
// hook and is passed to the firstiter hook.
bool init_hooks(Interpreter& interp, AsyncGenerator* gen) {
    if (gen->hooks_inited) return true;
    gen->hooks_inited = true;
    gen->finalizer = interp.exec.asyncgen_finalizer;
    const Value firstiter = interp.exec.asyncgen_firstiter;
    if (firstiter.is_none()) return true;
    Rooted keep(interp.shadow_roots(), gen->value());
    return !ops::call1(interp, firstiter, gen->value()).is_error();
}

// ---- asend / __anext__ -------------------------------------------------------------------

int asend_send(Interpreter& interp, Value self, Value sent, Value* out) {
    auto* o = static_cast<ASend*>(self.as_object());
    AsyncGenerator* gen = o->gen;
    if (o->state == AwaitableState::Closed) {
        raise_runtime_error(interp, "cannot reuse already awaited __anext__()/asend()");
        return Raised;
    }
    if (o->state == AwaitableState::Init) {
        if (gen->running_async) {
            raise_runtime_error(interp, "anext(): asynchronous generator is already running");
            return Raised;
        }
        if (sent.is_none()) sent = o->sent;
        o->state = AwaitableState::Iter;
    }
    gen->running_async = true;
    Value result;
    const ResumeResult r = resume_generator(interp, gen, sent, false, &result);
    const int rc = unwrap(interp, gen, r, result, out);
    if (rc != Yielded) o->state = AwaitableState::Closed;
    return rc;
}

int athrow_send(Interpreter& interp, Value self, Value sent, Value* out);

// The methods both awaitables share: send, __next__, throw, close, __await__, __iter__.
template <int (*Send)(Interpreter&, Value, Value, Value*)>
Value awaitable_send(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "send", kwnames) || !check_one_arg(interp, "send", nargs - 1)) {
        return Value::error();
    }
    Value out;
    const int rc = Send(interp, args[0], args[1], &out);
    return as_python_result(interp, rc, out);
}

template <int (*Send)(Interpreter&, Value, Value, Value*)>
Value awaitable_next(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "__next__", kwnames) ||
        !check_no_args(interp, "__next__", nargs - 1)) {
        return Value::error();
    }
    Value out;
    const int rc = Send(interp, args[0], Value::none(), &out);
    return as_python_result(interp, rc, out);
}

template <int (*Send)(Interpreter&, Value, Value, Value*)>
Value awaitable_iternext(Interpreter& interp, Value self) {
    Value out;
    const int rc = Send(interp, self, Value::none(), &out);
    if (rc == Returned) return out.is_none() ? Value::absent() : raise_stop_iteration(interp, out);
    return rc == Yielded ? out : Value::error();
}

Value return_self(Interpreter&, Value self) {
    return self;
}

Value self_method(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "__await__", kwnames) ||
        !check_no_args(interp, "__await__", nargs - 1)) {
        return Value::error();
    }
    return args[0];
}

Value asend_throw(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "throw", kwnames) ||
        !check_arity(interp, "throw", nargs - 1, 1, 3)) {
        return Value::error();
    }
    auto* o = static_cast<ASend*>(args[0].as_object());
    if (o->state == AwaitableState::Closed) {
        return raise_runtime_error(interp, "cannot reuse already awaited __anext__()/asend()");
    }
    if (!set_thrown_exception(interp, args + 1, nargs - 1)) return Value::error();
    Value result;
    const ResumeResult r = throw_generator(interp, o->gen, &result);
    Value out;
    const int rc = unwrap(interp, o->gen, r, result, &out);
    if (rc != Yielded) o->state = AwaitableState::Closed;
    return as_python_result(interp, rc, out);
}

Value asend_close(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "close", kwnames) || !check_no_args(interp, "close", nargs - 1)) {
        return Value::error();
    }
    static_cast<ASend*>(args[0].as_object())->state = AwaitableState::Closed;
    return Value::none();
}

// ---- athrow / aclose ---------------------------------------------------------------------

// The end of an aclose(): the generator finished or refused.
int aclose_result(Interpreter& interp, AThrow* o, ResumeResult r, Value result, Value* out) {
    AsyncGenerator* gen = o->gen;
    if (r == ResumeResult::Yielded) {
        if (!is_wrapped(interp, result)) {
            *out = result; // an `await` in a finally block
            return Yielded;
        }
        gen->running_async = false;
        o->state = AwaitableState::Closed;
        raise_runtime_error(interp, "async generator ignored GeneratorExit");
        return Raised;
    }
    gen->running_async = false;
    o->state = AwaitableState::Closed;
    if (r == ResumeResult::Returned ||
        interp.pending_matches(interp.exceptions.stop_async_iteration) ||
        interp.pending_matches(interp.exceptions.generator_exit)) {
        interp.clear_pending();
        *out = Value::none();
        return Returned;
    }
    return Raised;
}

// The end of an athrow(): as asend's, and the awaitable is spent once it stops.
int athrow_result(Interpreter& interp, AThrow* o, ResumeResult r, Value result, Value* out) {
    const int rc = unwrap(interp, o->gen, r, result, out);
    if (rc == Raised) o->state = AwaitableState::Closed;
    return rc;
}

int athrow_send(Interpreter& interp, Value self, Value sent, Value* out) {
    auto* o = static_cast<AThrow*>(self.as_object());
    AsyncGenerator* gen = o->gen;
    const bool closing = o->args == nullptr;
    if (o->state == AwaitableState::Closed) {
        raise_runtime_error(interp, "cannot reuse already awaited aclose()/athrow()");
        return Raised;
    }
    if (!gen->frame) {
        o->state = AwaitableState::Closed;
        *out = Value::none();
        return Returned;
    }
    Value result;
    if (o->state == AwaitableState::Init) {
        if (gen->running_async) {
            o->state = AwaitableState::Closed;
            raise_runtime_error(interp,
                                closing ? "aclose(): asynchronous generator is already running"
                                        : "athrow(): asynchronous generator is already running");
            return Raised;
        }
        if (gen->closed) {
            o->state = AwaitableState::Closed;
            raise_stop_async_iteration(interp);
            return Raised;
        }
        if (!sent.is_none()) {
            raise_runtime_error(interp, "can't send non-None value to a just-started coroutine");
            return Raised;
        }
        o->state = AwaitableState::Iter;
        gen->running_async = true;
        if (closing) {
            gen->closed = true;
            interp.set_pending(
                make_exception(interp, interp.exceptions.generator_exit, Tuple::make(interp, 0))
                    ->value());
            const ResumeResult r = throw_generator(interp, gen, &result);
            return aclose_result(interp, o, r, result, out);
        }
        if (!check_arity(interp, "athrow", o->args->size(), 1, 3) ||
            !set_thrown_exception(interp, o->args->items(), o->args->size())) {
            gen->running_async = false;
            o->state = AwaitableState::Closed;
            return Raised;
        }
        const ResumeResult r = throw_generator(interp, gen, &result);
        return athrow_result(interp, o, r, result, out);
    }
    const ResumeResult r = resume_generator(interp, gen, sent, false, &result);
    return closing ? aclose_result(interp, o, r, result, out)
                   : athrow_result(interp, o, r, result, out);
}

Value athrow_throw(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "throw", kwnames) ||
        !check_arity(interp, "throw", nargs - 1, 1, 3)) {
        return Value::error();
    }
    auto* o = static_cast<AThrow*>(args[0].as_object());
    if (o->state == AwaitableState::Closed) {
        return raise_runtime_error(interp, "cannot reuse already awaited aclose()/athrow()");
    }
    if (!set_thrown_exception(interp, args + 1, nargs - 1)) return Value::error();
    Value result;
    const ResumeResult r = throw_generator(interp, o->gen, &result);
    Value out;
    const int rc = o->args ? athrow_result(interp, o, r, result, &out)
                           : aclose_result(interp, o, r, result, &out);
    return as_python_result(interp, rc, out);
}

Value athrow_close(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "close", kwnames) || !check_no_args(interp, "close", nargs - 1)) {
        return Value::error();
    }
    static_cast<AThrow*>(args[0].as_object())->state = AwaitableState::Closed;
    return Value::none();
}

// ---- the async generator's methods --------------------------------------------------------

Value make_asend(Interpreter& interp, AsyncGenerator* gen, Value sent) {
    if (!init_hooks(interp, gen)) return Value::error();
    ASend* o = interp.heap().make<ASend>(interp.types.async_generator_asend);
    o->gen = gen;
    o->sent = sent;
    return o->value();
}

Value make_athrow(Interpreter& interp, AsyncGenerator* gen, Tuple* args) {
    if (!init_hooks(interp, gen)) return Value::error();
    AThrow* o = interp.heap().make<AThrow>(interp.types.async_generator_athrow);
    o->gen = gen;
    o->args = args;
    return o->value();
}

Value agen_aiter(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "__aiter__", kwnames) ||
        !check_no_args(interp, "__aiter__", nargs - 1)) {
        return Value::error();
    }
    return args[0];
}

Value agen_anext(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "__anext__", kwnames) ||
        !check_no_args(interp, "__anext__", nargs - 1)) {
        return Value::error();
    }
    return make_asend(interp, as_async_generator(args[0]), Value::none());
}

Value agen_asend(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "asend", kwnames) ||
        !check_one_arg(interp, "async_generator.asend", nargs - 1)) {
        return Value::error();
    }
    return make_asend(interp, as_async_generator(args[0]), args[1]);
}

Value agen_athrow(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "athrow", kwnames)) return Value::error();
    return make_athrow(interp, as_async_generator(args[0]),
                       Tuple::make(interp, args + 1, nargs - 1));
}

Value agen_aclose(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "aclose", kwnames) ||
        !check_no_args(interp, "aclose", nargs - 1)) {
        return Value::error();
    }
    return make_athrow(interp, as_async_generator(args[0]), nullptr);
}

// ---- sys.get_asyncgen_hooks() ------------------------------------------------------------

// The (firstiter, finalizer) pair sys.get_asyncgen_hooks() returns: a read-only sequence of
// two with those names, as CPython's structseq.
struct HooksRecord : Object {
    Tuple* items = nullptr;
};

void trace_hooks(Object* self, Tracer& tracer) {
    tracer.mark(static_cast<HooksRecord*>(self)->items);
}

Tuple* hooks_items(Value self) {
    return static_cast<HooksRecord*>(self.as_object())->items;
}

Value hooks_getattr(Interpreter& interp, Value self, Str* name, bool suppress_missing) {
    if (name->equals("firstiter")) return (*hooks_items(self))[0];
    if (name->equals("finalizer")) return (*hooks_items(self))[1];
    return generic_getattr(interp, self, name, suppress_missing);
}

Value hooks_iter(Interpreter& interp, Value self) {
    return ops::get_iter(interp, hooks_items(self)->value());
}

int64_t hooks_len(Interpreter&, Value) {
    return 2;
}

Value hooks_getitem(Interpreter& interp, Value self, Value key) {
    return ops::get_item(interp, hooks_items(self)->value(), key);
}

Value hooks_repr(Interpreter& interp, Value self) {
    Str* first = ops::repr(interp, (*hooks_items(self))[0]);
    Str* second = first ? ops::repr(interp, (*hooks_items(self))[1]) : nullptr;
    if (!second) return Value::error();
    return Str::make(interp, "asyncgen_hooks(firstiter=" + std::string(first->view()) +
                                 ", finalizer=" + std::string(second->view()) + ")")
        ->value();
}

} // namespace

AsyncGenerator* make_async_generator(Interpreter& interp) {
    return interp.heap().make<AsyncGenerator>(interp.types.async_generator);
}

bool async_generator_running(const Generator* gen) {
    return static_cast<const AsyncGenerator*>(gen)->running_async;
}

Value async_generator_finalizer(Value agen) {
    return as_async_generator(agen)->finalizer;
}

Value wrap_async_yield(Interpreter& interp, Value value) {
    WrappedValue* w = interp.heap().make<WrappedValue>(interp.types.async_generator_wrapped);
    w->item = value;
    return w->value();
}

Value sys_set_asyncgen_hooks(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value hooks[2];
    if (!bind_native_args(interp, "set_asyncgen_hooks", args, nargs, kwnames,
                          {"firstiter", "finalizer"}, 0, 0, hooks)) {
        return Value::error();
    }
    const char* names[2] = {"firstiter", "finalizer"};
    for (int i : {1, 0}) {
        const Value hook = hooks[i];
        if (!hook.is_absent() && !hook.is_none() && !type_of(interp, hook)->slots.call) {
            return interp.raise_format(interp.exceptions.type_error, "callable %s expected, got %s",
                                       names[i], std::string(type_name(interp, hook)).c_str());
        }
    }
    if (!hooks[0].is_absent()) interp.exec.asyncgen_firstiter = hooks[0];
    if (!hooks[1].is_absent()) interp.exec.asyncgen_finalizer = hooks[1];
    return Value::none();
}

Value sys_get_asyncgen_hooks(Interpreter& interp, const Value*, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "get_asyncgen_hooks", kwnames) ||
        !check_no_args(interp, "get_asyncgen_hooks", nargs)) {
        return Value::error();
    }
    Tuple* items =
        Tuple::make(interp, {interp.exec.asyncgen_firstiter, interp.exec.asyncgen_finalizer});
    HooksRecord* record = interp.heap().make<HooksRecord>(interp.types.asyncgen_hooks);
    record->items = items;
    return record->value();
}

void init_async_generator_types(Interpreter& interp) {
    Type* g = make_builtin_type(interp, "async_generator", interp.types.object,
                                sizeof(AsyncGenerator), 0);
    g->slots.repr = generator_repr;
    g->slots.getattr = generator_getattr;
    g->slots.trace = trace_async_generator;
    add_method(interp, g, "__aiter__", agen_aiter);
    add_method(interp, g, "__anext__", agen_anext);
    add_method(interp, g, "asend", agen_asend);
    add_method(interp, g, "athrow", agen_athrow);
    add_method(interp, g, "aclose", agen_aclose);
    interp.types.async_generator = g;

    Type* asend =
        make_builtin_type(interp, "async_generator_asend", interp.types.object, sizeof(ASend), 0);
    asend->slots.trace = trace_asend;
    asend->slots.await_ = return_self;
    asend->slots.send = asend_send;
    asend->slots.iter = return_self;
    asend->slots.iternext = awaitable_iternext<asend_send>;
    add_method(interp, asend, "send", awaitable_send<asend_send>);
    add_method(interp, asend, "__next__", awaitable_next<asend_send>);
    add_method(interp, asend, "throw", asend_throw);
    add_method(interp, asend, "close", asend_close);
    add_method(interp, asend, "__await__", self_method);
    interp.types.async_generator_asend = asend;

    Type* athrow =
        make_builtin_type(interp, "async_generator_athrow", interp.types.object, sizeof(AThrow), 0);
    athrow->slots.trace = trace_athrow;
    athrow->slots.await_ = return_self;
    athrow->slots.send = athrow_send;
    athrow->slots.iter = return_self;
    athrow->slots.iternext = awaitable_iternext<athrow_send>;
    add_method(interp, athrow, "send", awaitable_send<athrow_send>);
    add_method(interp, athrow, "__next__", awaitable_next<athrow_send>);
    add_method(interp, athrow, "throw", athrow_throw);
    add_method(interp, athrow, "close", athrow_close);
    add_method(interp, athrow, "__await__", self_method);
    interp.types.async_generator_athrow = athrow;

    Type* wrapped = make_builtin_type(interp, "async_generator_wrapped_value", interp.types.object,
                                      sizeof(WrappedValue), 0);
    wrapped->slots.trace = trace_wrapped;
    interp.types.async_generator_wrapped = wrapped;

    Type* hooks =
        make_builtin_type(interp, "asyncgen_hooks", interp.types.object, sizeof(HooksRecord), 0);
    hooks->slots.getattr = hooks_getattr;
    hooks->slots.iter = hooks_iter;
    hooks->slots.len = hooks_len;
    hooks->slots.getitem = hooks_getitem;
    hooks->slots.repr = hooks_repr;
    hooks->slots.trace = trace_hooks;
    interp.types.asyncgen_hooks = hooks;
}

} // namespace coil::vm
