// The async iteration builtins aiter() and anext(), and the awaitable anext(iterator, default)
// returns, which turns the iterator's StopAsyncIteration into its default value.
#include "modules/builtins_exec.hpp"

#include "vm/exception.hpp"
#include "vm/generator.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/type.hpp"

#include <string>

namespace coil::modules {

using namespace coil::vm;

namespace {

enum : int { Yielded = 0, Returned = 1, Raised = -1 };

struct AnextAwaitable : Object {
    Value next = Value::none();       // what __anext__() returned
    Value iterator = Value::absent(); // what awaiting `next` drives, once started
    Value default_value = Value::none();
};

AnextAwaitable* as_anext(Value v) {
    return static_cast<AnextAwaitable*>(v.as_object());
}

void trace_anext(Object* self, Tracer& tracer) {
    auto* a = static_cast<AnextAwaitable*>(self);
    tracer.mark(a->next);
    tracer.mark(a->iterator);
    tracer.mark(a->default_value);
}

bool has_special(Interpreter& interp, Value v, const char* name) {
    return !type_lookup(type_of(interp, v), interp.intern(name)).is_absent();
}

// StopAsyncIteration from the iterator means it is exhausted: the await returns the default.
int end_with_default(Interpreter& interp, AnextAwaitable* a, Value* out) {
    if (!interp.pending_matches(interp.exceptions.stop_async_iteration)) return Raised;
    interp.take_pending();
    *out = a->default_value;
    return Returned;
}

bool start(Interpreter& interp, AnextAwaitable* a) {
    if (!a->iterator.is_absent()) return true;
    const Value it = get_awaitable(interp, a->next);
    if (it.is_error()) return false;
    a->iterator = it;
    return true;
}

// Resumes the awaited iterator as the SEND instruction does: 0 when it yielded, 1 when it
// returned (the value in *out), -1 with an exception pending.
int anext_send(Interpreter& interp, Value self, Value sent, Value* out) {
    AnextAwaitable* a = as_anext(self);
    Rooted keep(interp.shadow_roots(), self);
    if (!start(interp, a)) return end_with_default(interp, a, out);
    const Value it = a->iterator;
    if (is_resumable(interp, it)) {
        const ResumeResult r = resume_generator(interp, as_generator(it), sent, false, out);
        if (r == ResumeResult::Raised) return end_with_default(interp, a, out);
        return r == ResumeResult::Returned ? Returned : Yielded;
    }
    if (const auto send = type_of(interp, it)->slots.send) {
        const int r = send(interp, it, sent, out);
        return r == Raised ? end_with_default(interp, a, out) : r;
    }
    Value result;
    if (sent.is_none()) {
        result = ops::iter_next(interp, it);
        if (result.is_absent()) {
            *out = Value::none();
            return Returned;
        }
    } else {
        result = ops::call_method(interp, it, interp.intern("send"), &sent, 1);
    }
    if (!result.is_error()) {
        *out = result;
        return Yielded;
    }
    if (interp.pending_matches(interp.exceptions.stop_iteration)) {
        *out = stop_iteration_value(interp, as_exception(interp.take_pending()));
        return Returned;
    }
    return end_with_default(interp, a, out);
}

Value as_python_result(Interpreter& interp, int rc, Value out) {
    if (rc == Raised) return Value::error();
    return rc == Returned ? raise_stop_iteration(interp, out) : out;
}

Value anext_send_method(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "send", kwnames) || !check_one_arg(interp, "send", nargs - 1)) {
        return Value::error();
    }
    Value out;
    const int rc = anext_send(interp, args[0], args[1], &out);
    return as_python_result(interp, rc, out);
}

Value anext_next_method(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "__next__", kwnames) ||
        !check_no_args(interp, "__next__", nargs - 1)) {
        return Value::error();
    }
    Value out;
    const int rc = anext_send(interp, args[0], Value::none(), &out);
    return as_python_result(interp, rc, out);
}

Value anext_iternext(Interpreter& interp, Value self) {
    Value out;
    const int rc = anext_send(interp, self, Value::none(), &out);
    if (rc == Returned) return out.is_none() ? Value::absent() : raise_stop_iteration(interp, out);
    return rc == Yielded ? out : Value::error();
}

// throw() and close() go to the awaited iterator, which sees the exception first.
Value forward_to_iterator(Interpreter& interp, const Value* args, size_t nargs, const char* name) {
    AnextAwaitable* a = as_anext(args[0]);
    Rooted keep(interp.shadow_roots(), args[0]);
    if (!start(interp, a)) return Value::error();
    const Value result =
        ops::call_method(interp, a->iterator, interp.intern(name), args + 1, nargs - 1);
    if (result.is_error() && interp.pending_matches(interp.exceptions.stop_async_iteration)) {
        interp.take_pending();
        return raise_stop_iteration(interp, a->default_value);
    }
    return result;
}

Value anext_throw(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "throw", kwnames) ||
        !check_arity(interp, "throw", nargs - 1, 1, 3)) {
        return Value::error();
    }
    return forward_to_iterator(interp, args, nargs, "throw");
}

Value anext_close(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "close", kwnames) || !check_no_args(interp, "close", nargs - 1)) {
        return Value::error();
    }
    return forward_to_iterator(interp, args, nargs, "close");
}

Value return_self(Interpreter&, Value self) {
    return self;
}

Value anext_await_method(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "__await__", kwnames) ||
        !check_no_args(interp, "__await__", nargs - 1)) {
        return Value::error();
    }
    return args[0];
}

Type* anext_awaitable_type(Interpreter& interp) {
    if (interp.types.anext_awaitable) return interp.types.anext_awaitable;
    Type* t = make_builtin_type(interp, "anext_awaitable", interp.types.object,
                                sizeof(AnextAwaitable), 0);
    t->slots.trace = trace_anext;
    t->slots.await_ = return_self;
    t->slots.send = anext_send;
    t->slots.iter = return_self;
    t->slots.iternext = anext_iternext;
    add_method(interp, t, "send", anext_send_method);
    add_method(interp, t, "__next__", anext_next_method);
    add_method(interp, t, "throw", anext_throw);
    add_method(interp, t, "close", anext_close);
    add_method(interp, t, "__await__", anext_await_method);
    interp.types.anext_awaitable = t;
    return t;
}

} // namespace

// aiter(async_iterable)
Value builtin_aiter(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "aiter", kwnames) || !check_one_arg(interp, "aiter", nargs)) {
        return Value::error();
    }
    if (!has_special(interp, args[0], "__aiter__")) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "'%s' object is not an async iterable",
                                   std::string(type_name(interp, args[0])).c_str());
    }
    const Value it = ops::call_method(interp, args[0], interp.intern("__aiter__"), nullptr, 0);
    if (it.is_error()) return it;
    if (!has_special(interp, it, "__anext__")) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "aiter() returned not an async iterator of type '%s'",
                                   std::string(type_name(interp, it)).c_str());
    }
    return it;
}

// anext(async_iterator[, default])
Value builtin_anext(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "anext", kwnames) || !check_arity(interp, "anext", nargs, 1, 2)) {
        return Value::error();
    }
    if (!has_special(interp, args[0], "__anext__")) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "'%s' object is not an async iterator",
                                   std::string(type_name(interp, args[0])).c_str());
    }
    const Value next = ops::call_method(interp, args[0], interp.intern("__anext__"), nullptr, 0);
    if (next.is_error() || nargs == 1) return next;
    Rooted keep(interp.shadow_roots(), next);
    AnextAwaitable* a = interp.heap().make<AnextAwaitable>(anext_awaitable_type(interp));
    a->next = next;
    a->default_value = args[1];
    return a->value();
}

} // namespace coil::modules
