// coroutine_wrapper: what coroutine.__await__() returns, an iterator over the coroutine's
// suspensions whose send/throw/close go to the coroutine.
#include "aio/coroutine_wrapper.hpp"

#include "aio/native_coroutine.hpp"
#include "vm/exception.hpp"
#include "vm/generator.hpp"
#include "vm/heap.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/type.hpp"

namespace coil::aio {

using namespace vm;

namespace {

struct CoroutineWrapper : Object {
    Value coro = Value::none();
};

Value wrapped(Value self) {
    return static_cast<CoroutineWrapper*>(self.as_object())->coro;
}

void trace_wrapper(Object* self, Tracer& tracer) {
    tracer.mark(static_cast<CoroutineWrapper*>(self)->coro);
}

// The send slot: 0 the coroutine yielded, 1 it returned, -1 it raised.
int wrapper_send(Interpreter& interp, Value self, Value sent, Value* out) {
    const Value coro = wrapped(self);
    if (vm::is_coroutine(interp, coro)) {
        const ResumeResult r = resume_generator(interp, as_generator(coro), sent, false, out);
        return r == ResumeResult::Yielded ? 0 : r == ResumeResult::Returned ? 1 : -1;
    }
    return native_coroutine_send(interp, coro, sent, out);
}

// next(w) / w.send(v): the yielded value, or StopIteration carrying the return value.
Value send_from_python(Interpreter& interp, Value self, Value sent) {
    Value out;
    const int r = wrapper_send(interp, self, sent, &out);
    if (r < 0) return Value::error();
    if (r == 0) return out;
    return raise_stop_iteration(interp, out);
}

Value wrapper_iternext(Interpreter& interp, Value self) {
    Value out;
    const int r = wrapper_send(interp, self, Value::none(), &out);
    if (r < 0) return Value::error();
    if (r == 0) return out;
    if (out.is_none()) return Value::absent();
    return raise_stop_iteration(interp, out);
}

Value wrapper_iter(Interpreter&, Value self) {
    return self;
}

Value wrapper_next_method(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "__next__", nargs - 1)) return Value::error();
    return send_from_python(interp, args[0], Value::none());
}

Value wrapper_send_method(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "send", kwnames) || !check_one_arg(interp, "send", nargs - 1)) {
        return Value::error();
    }
    return send_from_python(interp, args[0], args[1]);
}

Value wrapper_throw_method(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "throw", kwnames)) return Value::error();
    return ops::call_method(interp, wrapped(args[0]), interp.intern("throw"), args + 1, nargs - 1);
}

Value wrapper_close_method(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "close", nargs - 1)) return Value::error();
    return ops::call_method(interp, wrapped(args[0]), interp.intern("close"), nullptr, 0);
}

Value coroutine_await_method(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "__await__", nargs - 1)) return Value::error();
    return make_coroutine_wrapper(interp, args[0]);
}

} // namespace

Value make_coroutine_wrapper(Interpreter& interp, Value coro) {
    Rooted keep(interp.shadow_roots(), coro);
    auto* w = interp.heap().make<CoroutineWrapper>(runtime(interp).coroutine_wrapper);
    w->coro = coro;
    return w->value();
}

void init_coroutine_wrapper_type(Interpreter& interp, Runtime& rt) {
    Type* t = make_builtin_type(interp, "coroutine_wrapper", interp.types.object,
                                sizeof(CoroutineWrapper), 0);
    t->slots.trace = trace_wrapper;
    t->slots.iter = wrapper_iter;
    t->slots.iternext = wrapper_iternext;
    t->slots.send = wrapper_send;
    add_method(interp, t, "__next__", wrapper_next_method);
    add_method(interp, t, "send", wrapper_send_method);
    add_method(interp, t, "throw", wrapper_throw_method);
    add_method(interp, t, "close", wrapper_close_method);
    rt.coroutine_wrapper = t;
    if (type_lookup(interp.types.coroutine, interp.intern("__await__")).is_absent()) {
        add_method(interp, interp.types.coroutine, "__await__", coroutine_await_method);
    }
}

} // namespace coil::aio
