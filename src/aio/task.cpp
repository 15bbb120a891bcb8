// asyncio.Task: step and wakeup as _asynciomodule.c's task_step_impl and task_wakeup, cancel
// with _must_cancel, cancelling/uncancel, names, and the Python methods.
#include "aio/task.hpp"

#include "aio/native_coroutine.hpp"
#include "vm/code.hpp"
#include "vm/exception.hpp"
#include "vm/frame.hpp"
#include "vm/generator.hpp"
#include "vm/heap.hpp"
#include "vm/int.hpp"
#include "vm/list.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <string>

namespace coil::aio {

using namespace vm;

namespace {

// The task's name is a str from now on: given, asked for, or past 2**32 default names.
void set_task_name(Task* task, Value name) {
    task->name_number = 0;
    future_extra(task).task_name = name;
}

Value default_task_name(Interpreter& interp, uint64_t number) {
    return Str::make(interp, "Task-" + std::to_string(number))->value();
}

} // namespace

bool is_coroutine_like(Interpreter& interp, Value v) {
    return vm::is_coroutine(interp, v) || is_native_coroutine(interp, v);
}

namespace {

// Resumes the task's coroutine: 0 yielded, 1 returned, -1 raised (*out as the send slot).
// With `exc` (not None) the exception is thrown in.
int resume_coroutine(Interpreter& interp, Value coro, Value exc, Value* out) {
    if (vm::is_coroutine(interp, coro)) {
        ResumeResult r;
        if (exc.is_none()) {
            r = resume_generator(interp, as_generator(coro), Value::none(), false, out);
        } else {
            interp.set_pending(exc);
            r = throw_generator(interp, as_generator(coro), out);
        }
        return r == ResumeResult::Yielded ? 0 : r == ResumeResult::Returned ? 1 : -1;
    }
    if (exc.is_none()) return native_coroutine_send(interp, coro, Value::none(), out);
    interp.set_pending(exc);
    return native_coroutine_throw(interp, coro, out);
}

std::string repr_text(Interpreter& interp, Value v) {
    Str* r = ops::repr(interp, v);
    if (!r) {
        interp.clear_pending();
        return "<object>";
    }
    return std::string(r->view());
}

// Schedules the next step with an error to throw in (R4: a bad yield).
void step_soon_with_error(Interpreter& interp, Task* task, std::string message) {
    const Value exc = make_exception(interp, interp.exceptions.runtime_error, message)->value();
    call_soon(task->loop, task_step_callback, task->value(), exc);
}

bool enter_task(Interpreter& interp, EventLoop* loop, Task* task) {
    if (loop->current_task) {
        Rooted keep(interp.shadow_roots(), task->value());
        const std::string a = repr_text(interp, task->value());
        const std::string b = repr_text(interp, loop->current_task->value());
        interp.raise_format(interp.exceptions.runtime_error,
                            "Cannot enter into task %s while another task %s is being executed.",
                            a.c_str(), b.c_str());
        return false;
    }
    loop->current_task = task;
    return true;
}

// The task is done: the loop no longer needs to keep it.
void task_finished(Task* task) {
    unregister_task(task->loop, task);
}

bool task_step(Interpreter& interp, Task* task, Value exc) {
    if (future_done(task)) {
        const std::string a = repr_text(interp, task->value());
        const std::string b = exc.is_none() ? "None" : repr_text(interp, exc);
        interp.raise_format(runtime(interp).invalid_state_error, "_step(): already done: %s, %s",
                            a.c_str(), b.c_str());
        return false;
    }
    Runtime& rt = runtime(interp);
    Rooted keep_exc(interp.shadow_roots(), exc);
    if (task->must_cancel) {
        if (exc.is_none() || !is_instance(interp, exc, rt.cancelled_error)) {
            exc = make_cancelled_error(interp, task);
            keep_exc.set(exc);
        }
        task->must_cancel = false;
    }
    task->fut_waiter = Value::none();
    EventLoop* loop = task->loop;
    if (!enter_task(interp, loop, task)) return false;
    Value result;
    const int r = resume_coroutine(interp, task->coro, exc, &result);
    loop->current_task = nullptr;

    if (r == 1) {
        if (task->must_cancel) {
            // Cancelled right before the coroutine returned.
            task->must_cancel = false;
            future_cancel(interp, task, cancel_message(task));
        } else {
            future_set_result(interp, task, result);
        }
        task_finished(task);
        return true;
    }
    if (r < 0) {
        const Value raised = interp.take_pending();
        if (is_instance(interp, raised, rt.cancelled_error)) {
            future_extra(task).cancelled_exc = raised;
            future_cancel(interp, task, Value::none());
            task_finished(task);
            return true;
        }
        Rooted keep(interp.shadow_roots(), raised);
        future_set_exception(interp, task, raised);
        task_finished(task);
        if (is_instance(interp, raised, interp.exceptions.keyboard_interrupt) ||
            is_instance(interp, raised, interp.exceptions.system_exit)) {
            interp.set_pending(raised);
            return false;
        }
        return true;
    }

    // The coroutine yielded (R4).
    if (is_future(interp, result)) {
        Future* f = as_future(result);
        Rooted keep(interp.shadow_roots(), result);
        if (f->loop != loop) {
            step_soon_with_error(interp, task,
                                 "Task " + repr_text(interp, task->value()) + " got Future " +
                                     repr_text(interp, result) + " attached to a different loop");
            return true;
        }
        if (!f->blocking) {
            step_soon_with_error(interp, task,
                                 "yield was used instead of yield from in task " +
                                     repr_text(interp, task->value()) + " with " +
                                     repr_text(interp, result));
            return true;
        }
        if (f == task) {
            step_soon_with_error(
                interp, task, "Task cannot await on itself: " + repr_text(interp, task->value()));
            return true;
        }
        f->blocking = false;
        future_add_callback(interp, f, task_wakeup_callback, task->value());
        task->fut_waiter = result;
        if (task->must_cancel && cancel_future(interp, f, cancel_message(task))) {
            task->must_cancel = false;
        }
        return true;
    }
    if (result.is_none()) {
        // A bare yield: back of the queue.
        call_soon(loop, task_step_callback, task->value(), Value::none());
        return true;
    }
    Rooted keep(interp.shadow_roots(), result);
    if (vm::is_generator(interp, result)) {
        step_soon_with_error(interp, task,
                             "yield was used instead of yield from for generator in task " +
                                 repr_text(interp, task->value()) + " with " +
                                 repr_text(interp, result));
        return true;
    }
    step_soon_with_error(interp, task, "Task got bad yield: " + repr_text(interp, result));
    return true;
}

// A step runs inside the task's context, as CPython schedules it with context=.
bool task_step_in_context(Interpreter& interp, Task* task, Value exc) {
    if (!context_enter_owned(interp, &task->context)) return false;
    const bool ok = task_step(interp, task, exc);
    context_exit_owned(interp, &task->context);
    return ok;
}

} // namespace

bool task_step_callback(Interpreter& interp, Value task, Value exc) {
    return task_step_in_context(interp, as_task(task), exc);
}

bool task_wakeup_callback(Interpreter& interp, Value task, Value future) {
    Future* f = as_future(future);
    if (f->state == FutureState::Finished) {
        f->log_traceback = false;
        return task_step_in_context(interp, as_task(task),
                                    stored_exception(f));
    }
    // Cancelled: step with the CancelledError result() would raise.
    const Value exc = make_cancelled_error(interp, f);
    Rooted keep(interp.shadow_roots(), exc);
    return task_step_in_context(interp, as_task(task), exc);
}

Task* make_task(Interpreter& interp, EventLoop* loop, Value coro, Value name) {
    Runtime& rt = runtime(interp);
    if (!is_coroutine_like(interp, coro)) {
        Str* r = ops::repr(interp, coro);
        if (!r) return nullptr;
        interp.raise_format(interp.exceptions.type_error, "a coroutine was expected, got %s",
                            std::string(r->view()).c_str());
        return nullptr;
    }
    Rooted keep_name(interp.shadow_roots(), name);
    if (!name.is_none() && !is_str(name)) {
        Str* s = ops::str(interp, name);
        if (!s) return nullptr;
        name = s->value();
        keep_name.set(name);
    }
    Object* context = context_snapshot(interp);
    Task* task = interp.heap().make<Task>(rt.task);
    task->context = context;
    task->loop = loop;
    task->coro = coro;
    if (name.is_none() && ++rt.task_counter <= UINT32_MAX) {
        task->name_number = static_cast<uint32_t>(rt.task_counter);
    } else {
        Rooted keep_task(interp.shadow_roots(), task->value());
        set_task_name(task, name.is_none() ? default_task_name(interp, rt.task_counter) : name);
    }
    call_soon(loop, task_step_callback, task->value(), Value::none());
    register_task(loop, task);
    return task;
}

Task* make_task_renamed(Interpreter& interp, EventLoop* loop, Value coro, Value name) {
    Rooted keep_name(interp.shadow_roots(), name);
    Task* task = make_task(interp, loop, coro, Value::none());
    if (!task || name.is_none()) return task;
    Rooted keep_task(interp.shadow_roots(), task->value());
    Str* s = ops::str(interp, name);
    if (!s) return nullptr;
    set_task_name(task, s->value());
    return task;
}

bool set_task_context(Interpreter& interp, Task* task, Value context) {
    if (context.is_absent() || context.is_none()) return true;
    if (!is_context(interp, context)) {
        interp.raise_type_error("an instance of Context was expected");
        return false;
    }
    task->context = context.as_object();
    return true;
}

bool task_cancel(Interpreter& interp, Task* task, Value msg) {
    task->log_traceback = false;
    if (future_done(task)) return false;
    ++future_extra(task).task_cancel_requests;
    if (!task->fut_waiter.is_none() && cancel_future(interp, as_future(task->fut_waiter), msg)) {
        // The waiter is left in place: it may be a task that ignores the cancellation.
        return true;
    }
    task->must_cancel = true;
    if (!msg.is_none() || task->extra) future_extra(task).cancel_message = msg;
    return true;
}

namespace {

Task* self_task(Value v) {
    return as_task(v);
}

Value task_name(Interpreter& interp, Task* task) {
    if (task->name_number) set_task_name(task, default_task_name(interp, task->name_number));
    return task->extra->task_name;
}

// coroutines._format_coroutine: "main() running at file:line" or "main() done, defined at
// file:line".
std::string format_coroutine(Interpreter& interp, Value coro) {
    if (vm::is_coroutine(interp, coro)) {
        Generator* gen = as_generator(coro);
        std::string text = std::string(generator_qualname(gen)->view()) + "()";
        if (gen->frame) {
            CodeObject* code = gen->frame->code;
            const uint32_t line = gen->frame->pc == 0 ? code->first_line : gen->frame->line();
            return text + " running at " + std::string(code->filename->view()) + ":" +
                   std::to_string(line);
        }
        return text + " done, defined at " + std::string(gen->code->filename->view()) + ":" +
               std::to_string(gen->code->first_line);
    }
    if (is_native_coroutine(interp, coro)) {
        return std::string(static_cast<NativeCoroutine*>(coro.as_object())->kind->qualname) + "()";
    }
    return repr_text(interp, coro);
}

Value task_repr(Interpreter& interp, Value self) {
    Task* task = self_task(self);
    bool failed = false;
    std::string info = future_repr_info(interp, task, &failed);
    if (failed) return Value::error();
    // base_tasks._task_repr_info (3.11): a pending task with cancel requests is "cancelling".
    if (task_cancelling(task) > 0 && !future_done(task)) {
        const size_t space = info.find(' ');
        info = "cancelling" + (space == std::string::npos ? "" : info.substr(space));
    }
    const size_t space = info.find(' ');
    const std::string state = info.substr(0, space);
    const std::string rest = space == std::string::npos ? "" : info.substr(space);
    std::string text = "<Task " + state +
                       " name=" + str_repr(as_str(task_name(interp, task))->view()) + " coro=<" +
                       format_coroutine(interp, task->coro) + ">";
    if (!task->fut_waiter.is_none()) {
        text += " wait_for=" + repr_text(interp, task->fut_waiter);
    }
    return Str::make(interp, text + rest + ">")->value();
}

static_assert(sizeof(Task) <= 104, "a suspended task's memory is issue 4's target");

Value task_get_name(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "get_name", nargs - 1)) return Value::error();
    return task_name(interp, self_task(args[0]));
}

Value task_set_name(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "set_name", kwnames) ||
        !check_one_arg(interp, "set_name", nargs - 1)) {
        return Value::error();
    }
    Str* s = ops::str(interp, args[1]);
    if (!s) return Value::error();
    set_task_name(self_task(args[0]), s->value());
    return Value::none();
}

Value task_get_coro(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "get_coro", nargs - 1)) return Value::error();
    return self_task(args[0])->coro;
}

Value task_cancelling(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "cancelling", nargs - 1)) return Value::error();
    return Value::from_small_int(task_cancelling(self_task(args[0])));
}

Value task_uncancel(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "uncancel", nargs - 1)) return Value::error();
    return Value::from_small_int(task_uncancel(self_task(args[0])));
}

Value task_get_stack(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    return List::make(interp)->value();
}

Value task_getattr(Interpreter& interp, Value self, Str* name, bool suppress_missing) {
    Task* task = self_task(self);
    if (name->equals("_coro")) return task->coro;
    if (name->equals("_fut_waiter")) return task->fut_waiter;
    if (name->equals("_must_cancel")) return Value::from_bool(task->must_cancel);
    if (name->equals("_log_destroy_pending")) return Value::true_();
    return future_getattr(interp, self, name, suppress_missing);
}

void trace_task(Object* self, Tracer& tracer) {
    trace_future(self, tracer);
    auto* task = static_cast<Task*>(self);
    tracer.mark(task->coro);
    tracer.mark(task->fut_waiter);
    tracer.mark(task->context);
}

Value task_new(Interpreter& interp, Type*, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[4];
    if (!bind_native_args(interp, "Task", args, nargs, kwnames, {"coro", "loop", "name", "context"},
                          1, 1, bound)) {
        return Value::error();
    }
    EventLoop* loop = nullptr;
    if (bound[1].is_absent() || bound[1].is_none()) {
        loop = get_event_loop(interp);
    } else if (is_event_loop(interp, bound[1])) {
        loop = static_cast<EventLoop*>(bound[1].as_object());
    } else {
        return interp.raise_type_error("loop must be an event loop");
    }
    const Value name = bound[2].is_absent() ? Value::none() : bound[2];
    Task* task = make_task(interp, loop, bound[0], name);
    if (!task || !set_task_context(interp, task, bound[3])) return Value::error();
    return task->value();
}

} // namespace

void init_task_type(Interpreter& interp, Runtime& rt) {
    Type* t = make_builtin_type(interp, "Task", rt.future, sizeof(Task), 0);
    t->slots.trace = trace_task;
    t->slots.finalize = finalize_future;
    t->slots.new_ = task_new;
    t->slots.repr = task_repr;
    t->slots.getattr = task_getattr;
    add_method(interp, t, "get_name", task_get_name);
    add_method(interp, t, "set_name", task_set_name);
    add_method(interp, t, "get_coro", task_get_coro);
    add_method(interp, t, "cancelling", task_cancelling);
    add_method(interp, t, "uncancel", task_uncancel);
    add_method(interp, t, "get_stack", task_get_stack);
    vm::type_set_attr(interp, t, "__module__", Str::make(interp, "_asyncio")->value());
    rt.task = t;
}

} // namespace coil::aio
