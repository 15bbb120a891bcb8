// Task: asyncio.Task, natively. step() and wakeup() follow CPython's task_step_impl and
// task_wakeup: a step sends None (or throws) into the coroutine and applies R4 to what comes
// back; a wakeup calls step directly (R5). The loop holds the task until it finishes (R14).
#pragma once
#include "aio/future.hpp"
#include "vm/context.hpp"

namespace coil::aio {

struct Task : Future {
    // n of the default name Task-n, in Future's tail padding; 0 once the name is a str in
    // extra->task_name (given, asked for, or past 2**32 tasks).
    uint32_t name_number = 0;
    Value coro;
    Value fut_waiter = Value::none(); // the future the coroutine waits on
    // Every step runs in it: a copy of the creator's context, held as the creator's
    // variables until a step sets one (context_enter_owned).
    Object* context = nullptr;
    Task* prev_task = nullptr;        // the loop's list of unfinished tasks
    Task* next_task = nullptr;
};

// cancelling(), and uncancel() which takes one request back and returns what is left.
inline int32_t task_cancelling(const Task* task) {
    return task->extra ? task->extra->task_cancel_requests : 0;
}
inline int32_t task_uncancel(Task* task) {
    if (task_cancelling(task) > 0) --task->extra->task_cancel_requests;
    return task_cancelling(task);
}

inline bool is_task(Interpreter& interp, Value v) {
    return v.is_object() && v.as_object()->type == runtime(interp).task;
}
inline Task* as_task(Value v) {
    return static_cast<Task*>(v.as_object());
}

// Task(coro, loop=loop, name=name): schedules its first step (R3). TypeError
// "a coroutine was expected, got ..." when coro is not a coroutine.
Task* make_task(Interpreter& interp, EventLoop* loop, Value coro, Value name);
// asyncio.create_task() and TaskGroup.create_task() in 3.11: the task gets a default name,
// which uses up a Task-N number, and is then renamed when a name was given.
Task* make_task_renamed(Interpreter& interp, EventLoop* loop, Value coro, Value name);
// The context= argument of Task() / create_task(): a Context replaces the copy make_task
// took; absent or None keeps it. false with TypeError for anything else.
bool set_task_context(Interpreter& interp, Task* task, Value context);
// Task.cancel(msg)
bool task_cancel(Interpreter& interp, Task* task, Value msg);
// The callbacks the loop runs: a = the task, b = the exception to throw in (or None), or
// b = the future it waited on.
bool task_step_callback(Interpreter& interp, Value task, Value exc);
bool task_wakeup_callback(Interpreter& interp, Value task, Value future);

// Is v a coroutine a task can drive (native coroutines included)?
bool is_coroutine_like(Interpreter& interp, Value v);

void init_task_type(Interpreter& interp, Runtime& rt);

} // namespace coil::aio
