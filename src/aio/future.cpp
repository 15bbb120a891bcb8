// asyncio.Future and FutureIter: states, done-callbacks scheduled through call_soon (R6), and
// the await protocol with the _asyncio_future_blocking flag (R7), as _asynciomodule.c does.
#include "aio/future.hpp"

#include "aio/combinators.hpp"
#include "aio/task.hpp"
#include "vm/code.hpp"
#include "vm/exception.hpp"
#include "vm/function.hpp"
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

Value invalid_state(Interpreter& interp, const char* message) {
    return interp.raise(runtime(interp).invalid_state_error, message);
}

} // namespace

bool is_future(Interpreter& interp, Value v) {
    if (!v.is_object()) return false;
    const Runtime& rt = runtime(interp);
    Type* t = v.as_object()->type;
    return t == rt.future || t == rt.task || t == rt.gathering_future || is_subtype(t, rt.future);
}

FutureExtra& future_extra(Future* f) {
    if (!f->extra) f->extra = new FutureExtra();
    return *f->extra;
}

Future* make_future(Interpreter& interp, EventLoop* loop) {
    Future* f = interp.heap().make<Future>(runtime(interp).future);
    f->loop = loop;
    return f;
}

Value make_cancelled(Interpreter& interp, Value msg) {
    Tuple* args = msg.is_none() ? Tuple::make(interp, 0) : Tuple::make(interp, {msg});
    return make_exception(interp, runtime(interp).cancelled_error, args)->value();
}

Value make_cancelled_error(Interpreter& interp, Future* f) {
    if (f->extra && !f->extra->cancelled_exc.is_none()) {
        const Value exc = f->extra->cancelled_exc;
        f->extra->cancelled_exc = Value::none();
        return exc;
    }
    return make_cancelled(interp, cancel_message(f));
}

// call_soon(cb, f, context=...): Python callbacks run in the context they were added in.
void schedule_done_callback(Interpreter& interp, Future* f, const DoneCallback& cb) {
    if (cb.context) {
        call_soon_in_context(interp, f->loop, cb.fn, cb.a, f->value(), cb.context);
    } else {
        call_soon(f->loop, cb.fn, cb.a, f->value());
    }
}

void future_schedule_callbacks(Interpreter& interp, Future* f) {
    if (f->callback0) {
        call_soon(f->loop, f->callback0, f->callback0_arg, f->value());
        f->callback0 = nullptr;
        f->callback0_arg = Value::none();
    }
    // The future is done, so scheduling cannot add to the list (call_soon runs nothing).
    if (f->extra && !f->extra->callbacks.empty()) {
        for (const DoneCallback& cb : f->extra->callbacks) schedule_done_callback(interp, f, cb);
        f->extra->callbacks.clear();
        f->extra->callbacks.shrink_to_fit();
    }
}

namespace {

bool has_extra_callbacks(const Future* f) {
    return f->extra && !f->extra->callbacks.empty();
}

} // namespace

void future_add_context_callback(Interpreter& interp, Future* f, Value callable, Context* ctx) {
    if (f->state != FutureState::Pending) {
        call_soon_in_context(interp, f->loop, call_python_one, callable, f->value(), ctx);
        return;
    }
    future_extra(f).callbacks.push_back(DoneCallback{call_python_one, callable, ctx});
}

bool future_set_result(Interpreter& interp, Future* f, Value result) {
    if (f->state != FutureState::Pending) {
        invalid_state(interp, "invalid state");
        return false;
    }
    f->result = result;
    f->state = FutureState::Finished;
    future_schedule_callbacks(interp, f);
    return true;
}

bool future_set_exception(Interpreter& interp, Future* f, Value exc) {
    if (f->state != FutureState::Pending) {
        invalid_state(interp, "invalid state");
        return false;
    }
    Value instance = exc;
    if (is_exception_class(exc)) {
        instance = ops::call0(interp, exc);
        if (instance.is_error()) return false;
        if (f->state != FutureState::Pending) {
            invalid_state(interp, "invalid state");
            return false;
        }
    }
    if (!is_exception_instance(instance)) {
        interp.raise_type_error("invalid exception object");
        return false;
    }
    if (instance.as_object()->type == interp.exceptions.stop_iteration) {
        interp.raise_type_error("StopIteration interacts badly with generators and cannot be "
                                "raised into a Future");
        return false;
    }
    future_extra(f).exception_traceback = as_exception(instance)->traceback;
    f->result = instance;
    f->has_exception = true;
    f->state = FutureState::Finished;
    future_schedule_callbacks(interp, f);
    f->log_traceback = true;
    if (f->loop) note_unretrieved(f->loop, f);
    return true;
}

bool future_cancel(Interpreter& interp, Future* f, Value msg) {
    f->log_traceback = false;
    if (f->state != FutureState::Pending) return false;
    f->state = FutureState::Cancelled;
    if (!msg.is_none() || f->extra) future_extra(f).cancel_message = msg;
    future_schedule_callbacks(interp, f);
    return true;
}

bool cancel_future(Interpreter& interp, Future* f, Value msg) {
    const Runtime& rt = runtime(interp);
    if (f->type == rt.task) return task_cancel(interp, static_cast<Task*>(f), msg);
    if (f->type == rt.gathering_future) return gathering_future_cancel(interp, f, msg);
    return future_cancel(interp, f, msg);
}

Value future_result(Interpreter& interp, Future* f) {
    if (f->state == FutureState::Cancelled) {
        interp.set_pending(make_cancelled_error(interp, f));
        return Value::error();
    }
    if (f->state != FutureState::Finished) return invalid_state(interp, "Result is not set.");
    f->log_traceback = false;
    if (f->has_exception) {
        as_exception(f->result)->traceback = f->extra->exception_traceback;
        interp.set_pending(f->result);
        return Value::error();
    }
    return f->result;
}

Value future_exception(Interpreter& interp, Future* f) {
    if (f->state == FutureState::Cancelled) {
        interp.set_pending(make_cancelled_error(interp, f));
        return Value::error();
    }
    if (f->state != FutureState::Finished) return invalid_state(interp, "Exception is not set.");
    f->log_traceback = false;
    return stored_exception(f);
}

void future_add_callback(Interpreter& interp, Future* f, CallbackFn fn, Value a) {
    if (f->state != FutureState::Pending) {
        call_soon(f->loop, fn, a, f->value());
        return;
    }
    if (!f->callback0 && !has_extra_callbacks(f)) {
        f->callback0 = fn;
        f->callback0_arg = a;
        return;
    }
    future_extra(f).callbacks.push_back(DoneCallback{fn, a});
}

size_t future_remove_callback(Future* f, CallbackFn fn, Value a) {
    size_t removed = 0;
    if (f->callback0 == fn && f->callback0_arg == a) {
        f->callback0 = nullptr;
        f->callback0_arg = Value::none();
        ++removed;
    }
    if (f->extra) {
        auto& v = f->extra->callbacks;
        const size_t before = v.size();
        std::erase_if(v, [&](const DoneCallback& cb) { return cb.fn == fn && cb.a == a; });
        removed += before - v.size();
    }
    return removed;
}

// Every done-callback in the order they run: the inline one, then the others.
std::vector<DoneCallback> done_callbacks(const Future* f) {
    std::vector<DoneCallback> all;
    if (f->callback0) all.push_back(DoneCallback{f->callback0, f->callback0_arg});
    if (f->extra) all.insert(all.end(), f->extra->callbacks.begin(), f->extra->callbacks.end());
    return all;
}

const char* future_state_name(const Future* f) {
    switch (f->state) {
    case FutureState::Pending:
        return "pending";
    case FutureState::Cancelled:
        return "cancelled";
    case FutureState::Finished:
        break;
    }
    return "finished";
}

namespace {

Future* self_future(Value v) {
    return as_future(v);
}

// format_helpers._format_callback_source for a done-callback, as reprs show it.
std::string describe_done_callback(Interpreter& interp, const DoneCallback& cb) {
    if (cb.fn == task_wakeup_callback) return "Task.task_wakeup()";
    if (cb.fn != call_python_one) return "<native callback>";
    return format_callback_source(interp, cb.a, nullptr, 0);
}

} // namespace

// _future_repr_info: the state, the result or exception, the callbacks.
std::string future_repr_info(Interpreter& interp, Future* f, bool* failed) {
    std::string info = future_state_name(f);
    if (f->state == FutureState::Finished) {
        Str* r = ops::repr(interp, f->result);
        if (!r) {
            *failed = true;
            return info;
        }
        std::string text(r->view());
        // reprlib.repr limits long reprs to 30 characters.
        if (!f->has_exception && text.size() > 30) {
            text = text.substr(0, 13) + "..." + text.substr(text.size() - 14);
        }
        info += std::string(f->has_exception ? " exception=" : " result=") + text;
    }
    const std::vector<DoneCallback> cbs = done_callbacks(f);
    if (!cbs.empty()) {
        std::string text = describe_done_callback(interp, cbs[0]);
        if (cbs.size() == 2) {
            text += ", " + describe_done_callback(interp, cbs[1]);
        } else if (cbs.size() > 2) {
            text += ", <" + std::to_string(cbs.size() - 2) + " more>, " +
                    describe_done_callback(interp, cbs.back());
        }
        info += " cb=[" + text + "]";
    }
    return info;
}

Value future_repr(Interpreter& interp, Value self) {
    bool failed = false;
    const std::string info = future_repr_info(interp, self_future(self), &failed);
    if (failed) return Value::error();
    std::string text = "<";
    text += self.as_object()->type->name->view();
    text += " ";
    text += info;
    text += ">";
    return Str::make(interp, text)->value();
}

void trace_future(Object* self, Tracer& tracer) {
    auto* f = static_cast<Future*>(self);
    tracer.mark(f->loop);
    tracer.mark(f->result);
    tracer.mark(f->callback0_arg);
    if (FutureExtra* extra = f->extra) {
        tracer.mark(extra->exception_traceback);
        tracer.mark(extra->cancel_message);
        tracer.mark(extra->cancelled_exc);
        tracer.mark(extra->task_name);
        for (const DoneCallback& cb : extra->callbacks) {
            tracer.mark(cb.a);
            tracer.mark(cb.context);
        }
    }
}

void finalize_future(Object* self) {
    auto* f = static_cast<Future*>(self);
    delete f->extra;
    f->extra = nullptr;
}

Value make_future_iter(Interpreter& interp, Future* f) {
    FutureIter* it = interp.heap().make<FutureIter>(runtime(interp).future_iter);
    it->future = f;
    return it->value();
}

namespace {

// --- FutureIter.

int future_iter_send(Interpreter& interp, Value self, Value, Value* out) {
    auto* it = static_cast<FutureIter*>(self.as_object());
    Future* f = it->future;
    if (!f) {
        *out = Value::none();
        return 1;
    }
    if (f->state == FutureState::Pending) {
        if (!f->blocking) {
            f->blocking = true;
            *out = f->value();
            return 0;
        }
        interp.raise(interp.exceptions.runtime_error, "await wasn't used with future");
        return -1;
    }
    it->future = nullptr;
    const Value result = future_result(interp, f);
    if (result.is_error()) return -1;
    *out = result;
    return 1;
}

Value future_iter_iternext(Interpreter& interp, Value self) {
    Value out;
    const int r = future_iter_send(interp, self, Value::none(), &out);
    if (r < 0) return Value::error();
    if (r == 0) return out;
    if (out.is_none()) return Value::absent();
    return raise_stop_iteration(interp, out);
}

Value future_iter_iter(Interpreter&, Value self) {
    return self;
}

Value future_iter_send_method(Interpreter& interp, const Value* args, size_t nargs,
                              Tuple* kwnames) {
    if (!reject_keywords(interp, "send", kwnames) || !check_one_arg(interp, "send", nargs - 1)) {
        return Value::error();
    }
    Value out;
    const int r = future_iter_send(interp, args[0], args[1], &out);
    if (r < 0) return Value::error();
    if (r == 0) return out;
    return raise_stop_iteration(interp, out);
}

// throw(exc): the exception is raised where the future is awaited.
Value future_iter_throw(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "throw", kwnames) ||
        !check_arity(interp, "throw", nargs - 1, 1, 3)) {
        return Value::error();
    }
    static_cast<FutureIter*>(args[0].as_object())->future = nullptr;
    const Value typ = args[1];
    const Value val = nargs > 2 ? args[2] : Value::none();
    if (is_exception_class(typ)) {
        Value exc = val;
        if (!is_exception_instance(val)) {
            exc = val.is_none() ? ops::call0(interp, typ) : ops::call1(interp, typ, val);
            if (exc.is_error()) return exc;
        }
        interp.set_pending(exc);
        return Value::error();
    }
    if (is_exception_instance(typ)) {
        if (!val.is_none()) {
            return interp.raise_type_error("instance exception may not have a separate value");
        }
        interp.set_pending(typ);
        return Value::error();
    }
    return interp.raise_type_error(
        "exceptions must be classes deriving BaseException or instances of such a class");
}

Value future_iter_close(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "close", nargs - 1)) return Value::error();
    static_cast<FutureIter*>(args[0].as_object())->future = nullptr;
    return Value::none();
}

void trace_future_iter(Object* self, Tracer& tracer) {
    tracer.mark(static_cast<FutureIter*>(self)->future);
}

// --- Future's Python methods.

Value future_await(Interpreter& interp, Value self) {
    return make_future_iter(interp, self_future(self));
}

Value future_await_method(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "__await__", nargs - 1)) return Value::error();
    return future_await(interp, args[0]);
}

Value future_result_method(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "result", nargs - 1)) return Value::error();
    return future_result(interp, self_future(args[0]));
}

Value future_exception_method(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "exception", nargs - 1)) return Value::error();
    return future_exception(interp, self_future(args[0]));
}

Value future_set_result_method(Interpreter& interp, const Value* args, size_t nargs,
                               Tuple* kwnames) {
    if (!reject_keywords(interp, "set_result", kwnames) ||
        !check_one_arg(interp, "set_result", nargs - 1)) {
        return Value::error();
    }
    if (is_task(interp, args[0])) {
        return interp.raise(interp.exceptions.runtime_error,
                            "Task does not support set_result operation");
    }
    return future_set_result(interp, self_future(args[0]), args[1]) ? Value::none()
                                                                    : Value::error();
}

Value future_set_exception_method(Interpreter& interp, const Value* args, size_t nargs,
                                  Tuple* kwnames) {
    if (!reject_keywords(interp, "set_exception", kwnames) ||
        !check_one_arg(interp, "set_exception", nargs - 1)) {
        return Value::error();
    }
    if (is_task(interp, args[0])) {
        return interp.raise(interp.exceptions.runtime_error,
                            "Task does not support set_exception operation");
    }
    return future_set_exception(interp, self_future(args[0]), args[1]) ? Value::none()
                                                                       : Value::error();
}

Value future_done_method(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "done", nargs - 1)) return Value::error();
    return Value::from_bool(future_done(self_future(args[0])));
}

Value future_cancelled_method(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "cancelled", nargs - 1)) return Value::error();
    return Value::from_bool(self_future(args[0])->state == FutureState::Cancelled);
}

Value future_cancel_method(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value msg;
    if (!bind_native_args(interp, "cancel", args + 1, nargs - 1, kwnames, {"msg"}, 0, 0, &msg)) {
        return Value::error();
    }
    if (msg.is_absent()) msg = Value::none();
    return Value::from_bool(cancel_future(interp, self_future(args[0]), msg));
}

Value future_add_done_callback_method(Interpreter& interp, const Value* args, size_t nargs,
                                      Tuple* kwnames) {
    Value bound[2];
    if (nargs != 2) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "add_done_callback() takes exactly 1 positional argument "
                                   "(%zu given)",
                                   nargs - 1);
    }
    if (!bind_native_args(interp, "add_done_callback", args + 1, nargs - 1, kwnames,
                          {"fn", "context"}, 1, 1, bound)) {
        return Value::error();
    }
    Context* ctx = nullptr;
    if (!bound[1].is_absent() && !bound[1].is_none()) {
        if (!is_context(interp, bound[1])) {
            return interp.raise_type_error("an instance of Context was expected");
        }
        ctx = static_cast<Context*>(bound[1].as_object());
    } else {
        ctx = copy_context(interp);
    }
    Rooted keep(interp.shadow_roots(), ctx->value());
    future_add_context_callback(interp, self_future(args[0]), bound[0], ctx);
    return Value::none();
}

Value future_remove_done_callback_method(Interpreter& interp, const Value* args, size_t nargs,
                                         Tuple* kwnames) {
    if (!reject_keywords(interp, "remove_done_callback", kwnames) ||
        !check_one_arg(interp, "remove_done_callback", nargs - 1)) {
        return Value::error();
    }
    Future* f = self_future(args[0]);
    const Value fn = args[1];
    size_t removed = 0;
    if (!f->extra) return Value::from_small_int(0);
    // Python callbacks are never the inline one. Comparing may run Python code that changes
    // the list, so each position is checked again after the comparison.
    std::vector<DoneCallback>& callbacks = f->extra->callbacks;
    for (size_t i = 0; i < callbacks.size();) {
        const DoneCallback cb = callbacks[i];
        Rooted keep(interp.shadow_roots(), cb.a);
        const int eq = cb.fn == call_python_one ? ops::equals(interp, cb.a, fn) : 0;
        if (eq < 0) return Value::error();
        if (eq && i < callbacks.size() && callbacks[i].a == cb.a) {
            callbacks.erase(callbacks.begin() + static_cast<std::ptrdiff_t>(i));
            ++removed;
        } else {
            ++i;
        }
    }
    return Value::from_small_int(static_cast<int64_t>(removed));
}

Value future_get_loop_method(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "get_loop", nargs - 1)) return Value::error();
    return self_future(args[0])->loop->value();
}

} // namespace

Value future_getattr(Interpreter& interp, Value self, Str* name, bool suppress_missing) {
    Future* f = self_future(self);
    const std::string_view n = name->view();
    if (n.size() > 1 && n[0] == '_') {
        if (n == "_asyncio_future_blocking") return Value::from_bool(f->blocking);
        if (n == "_loop") return f->loop->value();
        if (n == "_state") {
            static const char* const names[] = {"PENDING", "CANCELLED", "FINISHED"};
            return interp.intern(names[static_cast<int>(f->state)])->value();
        }
        if (n == "_result") return f->has_exception ? Value::none() : f->result;
        if (n == "_exception") return stored_exception(f);
        if (n == "_log_traceback") return Value::from_bool(f->log_traceback);
        if (n == "_cancel_message") return cancel_message(f);
        if (n == "_source_traceback") return Value::none();
    }
    return generic_getattr(interp, self, name, suppress_missing);
}

namespace {

int future_setattr(Interpreter& interp, Value self, Str* name, Value value) {
    Future* f = self_future(self);
    if (name->equals("_asyncio_future_blocking") || name->equals("_log_traceback")) {
        if (value.is_absent()) {
            interp.raise(interp.exceptions.attribute_error, "cannot delete attribute");
            return -1;
        }
        const int truth = ops::truthy(interp, value);
        if (truth < 0) return -1;
        if (name->equals("_log_traceback")) {
            if (truth) {
                interp.raise(interp.exceptions.value_error,
                             "_log_traceback can only be set to False");
                return -1;
            }
            f->log_traceback = false;
        } else {
            f->blocking = truth == 1;
        }
        return 0;
    }
    if (name->equals("_cancel_message")) {
        future_extra(f).cancel_message = value.is_absent() ? Value::none() : value;
        return 0;
    }
    return generic_setattr(interp, self, name, value);
}

Value future_new(Interpreter& interp, Type*, const Value* args, size_t nargs, Tuple* kwnames) {
    Value loop;
    if (!bind_native_args(interp, "Future", args, nargs, kwnames, {"loop"}, 0, 0, &loop)) {
        return Value::error();
    }
    if (nargs - (kwnames ? kwnames->size() : 0) > 0) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "Future() takes 0 positional arguments but %zu were given",
                                   nargs);
    }
    EventLoop* l = nullptr;
    if (loop.is_absent() || loop.is_none()) {
        l = get_event_loop(interp);
    } else if (is_event_loop(interp, loop)) {
        l = static_cast<EventLoop*>(loop.as_object());
    } else {
        return interp.raise_type_error("loop must be an event loop");
    }
    return make_future(interp, l)->value();
}

} // namespace

void add_future_methods(Interpreter& interp, Type* t) {
    t->slots.await_ = future_await;
    t->slots.iter = future_await;
    t->slots.repr = future_repr;
    t->slots.getattr = future_getattr;
    t->slots.setattr = future_setattr;
    add_method(interp, t, "__await__", future_await_method);
    add_method(interp, t, "__iter__", future_await_method);
    add_method(interp, t, "result", future_result_method);
    add_method(interp, t, "exception", future_exception_method);
    add_method(interp, t, "set_result", future_set_result_method);
    add_method(interp, t, "set_exception", future_set_exception_method);
    add_method(interp, t, "done", future_done_method);
    add_method(interp, t, "cancelled", future_cancelled_method);
    add_method(interp, t, "cancel", future_cancel_method);
    add_method(interp, t, "add_done_callback", future_add_done_callback_method);
    add_method(interp, t, "remove_done_callback", future_remove_done_callback_method);
    add_method(interp, t, "get_loop", future_get_loop_method);
}

void init_future_types(Interpreter& interp, Runtime& rt) {
    Type* f = make_builtin_type(interp, "Future", interp.types.object, sizeof(Future), 0);
    f->slots.trace = trace_future;
    f->slots.finalize = finalize_future;
    f->slots.new_ = future_new;
    add_future_methods(interp, f);
    vm::type_set_attr(interp, f, "__module__", Str::make(interp, "_asyncio")->value());
    rt.future = f;

    Type* it = make_builtin_type(interp, "FutureIter", interp.types.object, sizeof(FutureIter), 0);
    it->slots.trace = trace_future_iter;
    it->slots.send = future_iter_send;
    it->slots.iter = future_iter_iter;
    it->slots.iternext = future_iter_iternext;
    add_method(interp, it, "send", future_iter_send_method);
    add_method(interp, it, "throw", future_iter_throw);
    add_method(interp, it, "close", future_iter_close);
    vm::type_set_attr(interp, it, "__module__", Str::make(interp, "_asyncio")->value());
    rt.future_iter = it;
}

} // namespace coil::aio
