// asyncio.TaskGroup natively, following taskgroups.py of CPython 3.11.7. The children are kept
// in creation order (CPython keeps a set), so an abort cancels them in a fixed order.
#include "aio/taskgroup.hpp"

#include "aio/event_loop.hpp"
#include "aio/future.hpp"
#include "aio/native_coroutine.hpp"
#include "aio/task.hpp"
#include "vm/class_creation.hpp"
#include "vm/dict.hpp"
#include "vm/exception.hpp"
#include "vm/exception_group.hpp"
#include "vm/heap.hpp"
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

struct TaskGroup : Object {
    EventLoop* loop = nullptr;
    Task* parent = nullptr;
    Dict* tasks = nullptr; // the unfinished children, as keys, in creation order
    List* errors = nullptr;
    Value base_error = Value::none();   // a SystemExit or KeyboardInterrupt seen
    Value on_completed = Value::none(); // the future __aexit__ waits on
    bool entered = false;
    bool exiting = false;
    bool aborting = false;
    bool parent_cancel_requested = false;
};

TaskGroup* self_group(Value v) {
    return static_cast<TaskGroup*>(v.as_object());
}

void trace_group(Object* self, Tracer& tracer) {
    auto* g = static_cast<TaskGroup*>(self);
    tracer.mark(g->loop);
    tracer.mark(g->parent);
    tracer.mark(g->tasks);
    tracer.mark(g->errors);
    tracer.mark(g->base_error);
    tracer.mark(g->on_completed);
}

bool is_base_error(Interpreter& interp, Value exc) {
    return is_instance(interp, exc, interp.exceptions.system_exit) ||
           is_instance(interp, exc, interp.exceptions.keyboard_interrupt);
}

std::string group_repr(TaskGroup* g) {
    std::string text = "<TaskGroup";
    if (g->tasks->size()) text += " tasks=" + std::to_string(g->tasks->size());
    if (g->errors && g->errors->size()) text += " errors=" + std::to_string(g->errors->size());
    if (g->aborting) {
        text += " cancelling";
    } else if (g->entered) {
        text += " entered";
    }
    return text + ">";
}

Value group_error(Interpreter& interp, TaskGroup* g, const char* what) {
    return interp.raise(interp.exceptions.runtime_error, "TaskGroup " + group_repr(g) + " " + what);
}

void abort_group(Interpreter& interp, TaskGroup* g) {
    g->aborting = true;
    std::vector<Value> children;
    size_t pos = 0;
    Value k, v;
    while (g->tasks->next(pos, &k, &v)) children.push_back(k);
    for (Value t : children) {
        if (!future_done(as_future(t))) task_cancel(interp, as_task(t), Value::none());
    }
}

// _on_task_done, a done-callback of every child: a = the group, b = the child.
bool on_task_done(Interpreter& interp, Value group, Value child) {
    TaskGroup* g = self_group(group);
    if (g->tasks->remove(interp, child) < 0) return false;
    if (!g->on_completed.is_none() && g->tasks->size() == 0) {
        Future* fut = as_future(g->on_completed);
        if (!future_done(fut)) future_set_result(interp, fut, Value::true_());
    }
    Task* task = as_task(child);
    if (task->state == FutureState::Cancelled || !task->has_exception) return true;
    task->log_traceback = false; // task.exception() retrieves it
    const Value exc = task->result;
    if (g->errors) g->errors->append(interp, exc);
    if (is_base_error(interp, exc) && g->base_error.is_none()) g->base_error = exc;
    if (future_done(g->parent)) {
        Str* task_repr = ops::repr(interp, child);
        if (!task_repr) return false;
        Str* parent_str = ops::str(interp, g->parent->value());
        if (!parent_str) return false;
        Dict* context = Dict::make(interp);
        Rooted keep(interp.shadow_roots(), context->value());
        const std::string message = "Task " + std::string(task_repr->view()) +
                                    " has errored out but its parent task " +
                                    std::string(parent_str->view()) + " is already completed";
        context->set(interp, interp.intern("message"), Str::make(interp, message)->value());
        context->set(interp, interp.intern("exception"), exc);
        context->set(interp, interp.intern("task"), child);
        call_exception_handler(interp, g->loop, context);
        return true;
    }
    if (!g->aborting && !g->parent_cancel_requested) {
        abort_group(interp, g);
        g->parent_cancel_requested = true;
        task_cancel(interp, g->parent, Value::none());
    }
    return true;
}

Value group_new(Interpreter& interp, Type* type, const Value*, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "TaskGroup", kwnames) ||
        !check_no_args(interp, "TaskGroup", nargs)) {
        return Value::error();
    }
    Dict* tasks = Dict::make(interp);
    Rooted keep_tasks(interp.shadow_roots(), tasks->value());
    List* errors = List::make(interp, 0);
    Rooted keep_errors(interp.shadow_roots(), errors->value());
    TaskGroup* g = make_instance<TaskGroup>(interp, type);
    g->tasks = tasks;
    g->errors = errors;
    return g->value();
}

Value group_repr_slot(Interpreter& interp, Value self) {
    return Str::make(interp, group_repr(self_group(self)))->value();
}

Value group_aenter(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "__aenter__", nargs - 1)) return Value::error();
    TaskGroup* g = self_group(args[0]);
    if (g->entered) return group_error(interp, g, "has already been entered");
    if (!g->loop) {
        g->loop = get_running_loop(interp);
        if (!g->loop) return Value::error();
    }
    g->parent = g->loop->current_task;
    if (!g->parent) return group_error(interp, g, "cannot determine the parent task");
    g->entered = true;
    static constexpr NativeCoroutineKind kind = returning_kind("TaskGroup.__aenter__");
    return make_returning_coroutine(interp, kind, g->value());
}

// __aexit__'s body. state: [0] the group, [1] exc_type, [2] exc, [3] the CancelledError to
// propagate (or None).
enum AexitStage { AxStart, AxWaiting };

Step aexit_finish(Interpreter& interp, NativeCoroutine* self, Value* io) {
    TaskGroup* g = self_group(self->state[0]);
    const Value et = self->state[1];
    if (!g->base_error.is_none()) {
        interp.set_pending(g->base_error);
        return Step::Raise;
    }
    const Value propagate = self->state[3];
    if (!propagate.is_none() && g->errors->size() == 0) {
        interp.set_pending(propagate);
        return Step::Raise;
    }
    if (!et.is_none() && et != runtime(interp).cancelled_error->value()) {
        g->errors->append(interp, self->state[2]);
    }
    if (g->errors->size() == 0) {
        *io = Value::none();
        return Step::Return;
    }
    List* errors = g->errors;
    Rooted keep(interp.shadow_roots(), errors->value());
    g->errors = nullptr;
    const Value group =
        make_exception_group(interp, "unhandled errors in a TaskGroup", errors->value());
    if (group.is_error()) return Step::Raise;
    as_exception(group)->suppress_context = true; // raise ... from None
    interp.set_pending(group);
    return Step::Raise;
}

Step aexit_step(Interpreter& interp, NativeCoroutine* self, Resume how, Value* io) {
    TaskGroup* g = self_group(self->state[0]);
    if (self->stage == AxWaiting) {
        if (how == Resume::Thrown) {
            const Value exc = interp.take_pending();
            if (!is_instance(interp, exc, runtime(interp).cancelled_error)) {
                interp.set_pending(exc);
                return Step::Raise;
            }
            if (!g->aborting) {
                self->state[3] = exc;
                abort_group(interp, g);
            }
        }
        g->on_completed = Value::none();
    } else {
        if (how == Resume::Thrown) return Step::Raise;
        g->exiting = true;
        const Value exc = self->state[2];
        if (!exc.is_none() && is_base_error(interp, exc) && g->base_error.is_none()) {
            g->base_error = exc;
        }
        const Value et = self->state[1];
        self->state[3] = et == runtime(interp).cancelled_error->value() ? exc : Value::none();
        if (g->parent_cancel_requested) {
            Task* parent = g->parent;
            if (task_uncancel(parent) == 0) self->state[3] = Value::none();
        }
        if (!et.is_none() && !g->aborting) abort_group(interp, g);
    }
    if (g->tasks->size() == 0) return aexit_finish(interp, self, io);
    if (g->on_completed.is_none()) g->on_completed = make_future(interp, g->loop)->value();
    self->stage = AxWaiting;
    *io = g->on_completed;
    return Step::Await;
}

Value group_aexit(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (nargs != 4) return interp.raise_type_error("__aexit__ expected 3 arguments");
    static constexpr NativeCoroutineKind kind{"TaskGroup.__aexit__", aexit_step, 4};
    NativeCoroutine* c = make_native_coroutine(interp, kind);
    c->state[0] = args[0];
    c->state[1] = args[1];
    c->state[2] = args[2];
    c->state[3] = Value::none();
    return c->value();
}

Value group_create_task(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[3];
    if (!bind_native_args(interp, "create_task", args + 1, nargs - 1, kwnames,
                          {"coro", "name", "context"}, 1, 1, bound)) {
        return Value::error();
    }
    TaskGroup* g = self_group(args[0]);
    if (!g->entered) return group_error(interp, g, "has not been entered");
    if (g->exiting && g->tasks->size() == 0) return group_error(interp, g, "is finished");
    if (g->aborting) return group_error(interp, g, "is shutting down");
    const Value name = bound[1].is_absent() ? Value::none() : bound[1];
    Task* task = make_task_renamed(interp, g->loop, bound[0], name);
    if (!task || !set_task_context(interp, task, bound[2])) return Value::error();
    Rooted keep(interp.shadow_roots(), task->value());
    future_add_callback(interp, task, on_task_done, g->value());
    if (g->tasks->set(interp, task->value(), Value::none()) < 0) return Value::error();
    return task->value();
}

} // namespace

Type* init_taskgroup_type(Interpreter& interp) {
    Type* t = make_builtin_type(interp, "TaskGroup", interp.types.object, sizeof(TaskGroup), 0);
    t->slots.trace = trace_group;
    t->slots.new_ = group_new;
    t->slots.repr = group_repr_slot;
    vm::type_set_attr(interp, t, "__module__", Str::make(interp, "asyncio.taskgroups")->value());
    add_method(interp, t, "__aenter__", group_aenter);
    add_method(interp, t, "__aexit__", group_aexit);
    add_method(interp, t, "create_task", group_create_task);
    return t;
}

} // namespace coil::aio
