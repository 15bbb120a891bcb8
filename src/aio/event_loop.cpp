// The event loop: iterations, timers, handles, and the loop's Python methods.
#include "aio/event_loop.hpp"

#include "aio/combinators.hpp"
#include "aio/future.hpp"
#include "aio/native_coroutine.hpp"
#include "aio/task.hpp"
#include "vm/async_generator.hpp"
#include "vm/code.hpp"
#include "vm/dict.hpp"
#include "vm/exception.hpp"
#include "vm/float.hpp"
#include "vm/function.hpp"
#include "vm/generator.hpp"
#include "vm/heap.hpp"
#include "vm/int.hpp"
#include "vm/list.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/signals.hpp"
#include "vm/str.hpp"
#include "vm/text_stream.hpp"
#include "vm/traceback.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <algorithm>
#include <cstdint>
#include <string>

namespace coil::aio {

using namespace vm;

namespace {

// time.get_clock_info('monotonic').resolution on Linux.
constexpr double clock_resolution = 1e-9;
// CPython compacts the timer heap when more than half of at least this many are cancelled.
constexpr size_t min_scheduled_for_cleanup = 100;

bool timer_later(const TimerEntry& a, const TimerEntry& b) {
    if (a.when != b.when) return a.when > b.when;
    return a.sequence > b.sequence;
}

EventLoop* self_loop(Value v) {
    return static_cast<EventLoop*>(v.as_object());
}

Handle* self_handle(Value v) {
    return static_cast<Handle*>(v.as_object());
}

void trace_loop(Object* self, Tracer& tracer) {
    auto* loop = static_cast<EventLoop*>(self);
    for (size_t i = 0; i < loop->ready.size(); ++i) {
        tracer.mark(loop->ready[i].a);
        tracer.mark(loop->ready[i].b);
    }
    for (const TimerEntry& e : loop->timers) tracer.mark(e.handle);
    tracer.mark(loop->running.a);
    tracer.mark(loop->running.b);
    tracer.mark(loop->current_task);
    for (Task* t = loop->first_task; t; t = t->next_task) tracer.mark(t);
    tracer.mark(loop->exception_handler);
    tracer.mark(loop->debug_setting);
    tracer.mark(loop->asyncgens);
    for (Future* f : loop->unretrieved) tracer.mark(f);
}

void finalize_loop(Object* self) {
    static_cast<EventLoop*>(self)->~EventLoop();
}

void trace_handle(Object* self, Tracer& tracer) {
    auto* h = static_cast<Handle*>(self);
    tracer.mark(h->callback.a);
    tracer.mark(h->callback.b);
    tracer.mark(h->loop);
    tracer.mark(h->context);
}

// Runs a Handle's callback unless it was cancelled (a = the handle).
bool run_handle(Interpreter& interp, Value handle, Value) {
    Handle* h = self_handle(handle);
    if (h->cancelled) return true;
    const Callback cb = h->callback;
    Context* ctx = h->context;
    if (!ctx) return cb.fn(interp, cb.a, cb.b);
    if (!context_enter(interp, ctx)) return false;
    const bool ok = cb.fn(interp, cb.a, cb.b);
    context_exit(interp, ctx);
    return ok;
}

} // namespace

bool call_python_args(Interpreter& interp, Value callable, Value args) {
    Tuple* t = as_tuple(args);
    return !ops::call(interp, callable, t->items(), t->size()).is_error();
}

bool call_python_one(Interpreter& interp, Value callable, Value arg) {
    return !ops::call1(interp, callable, arg).is_error();
}

bool is_event_loop(Interpreter& interp, Value v) {
    return v.is_object() && v.as_object()->type == runtime(interp).event_loop;
}

EventLoop* make_event_loop(Interpreter& interp) {
    Runtime& rt = runtime(interp);
    EventLoop* loop = interp.heap().make<EventLoop>(rt.event_loop);
    loop->reactor = rt.virtual_time ? make_virtual_reactor() : make_uv_reactor();
    return loop;
}

Handle* call_at(Interpreter& interp, EventLoop* loop, double when, CallbackFn fn, Value a,
                Value b) {
    Handle* h = interp.heap().make<Handle>(runtime(interp).timer_handle);
    h->callback = Callback{fn, a, b};
    h->loop = loop;
    h->when = when;
    h->scheduled = true;
    loop->timers.push_back(TimerEntry{when, loop->timer_sequence++, h});
    std::push_heap(loop->timers.begin(), loop->timers.end(), timer_later);
    return h;
}

void call_soon_in_context(Interpreter& interp, EventLoop* loop, CallbackFn fn, Value a, Value b,
                          Context* ctx) {
    Rooted keep_ctx(interp.shadow_roots(), ctx ? ctx->value() : Value::none());
    Rooted keep_a(interp.shadow_roots(), a);
    Rooted keep_b(interp.shadow_roots(), b);
    Handle* h = interp.heap().make<Handle>(runtime(interp).handle);
    h->callback = Callback{fn, a, b};
    h->loop = loop;
    h->context = ctx;
    call_soon(loop, run_handle, h->value());
}

void cancel_handle(Handle* h) {
    if (h->cancelled) return;
    h->cancelled = true;
    if (h->scheduled && h->loop) ++h->loop->cancelled_timers;
    // Drop the references, as CPython does, so a cancelled timer keeps nothing alive.
    h->callback.a = Value::none();
    h->callback.b = Value::none();
}

void register_task(EventLoop* loop, Task* task) {
    task->prev_task = nullptr;
    task->next_task = loop->first_task;
    if (loop->first_task) loop->first_task->prev_task = task;
    loop->first_task = task;
    ++loop->task_count;
}

void unregister_task(EventLoop* loop, Task* task) {
    if (!task->prev_task && loop->first_task != task) return; // not registered
    if (task->prev_task) task->prev_task->next_task = task->next_task;
    if (task->next_task) task->next_task->prev_task = task->prev_task;
    if (loop->first_task == task) loop->first_task = task->next_task;
    task->prev_task = task->next_task = nullptr;
    --loop->task_count;
}

double next_deadline(EventLoop* loop) {
    while (!loop->timers.empty() && loop->timers.front().handle->cancelled) {
        std::pop_heap(loop->timers.begin(), loop->timers.end(), timer_later);
        loop->timers.back().handle->scheduled = false;
        loop->timers.pop_back();
        --loop->cancelled_timers;
    }
    return loop->timers.empty() ? -1.0 : loop->timers.front().when;
}

namespace {

// Drops cancelled timers: all of them when they are most of a big heap, else those on top
// (base_events.py _run_once).
void drop_cancelled_timers(EventLoop* loop) {
    auto& timers = loop->timers;
    if (timers.size() > min_scheduled_for_cleanup && loop->cancelled_timers * 2 > timers.size()) {
        auto live = std::remove_if(timers.begin(), timers.end(), [](const TimerEntry& e) {
            if (!e.handle->cancelled) return false;
            e.handle->scheduled = false;
            return true;
        });
        timers.erase(live, timers.end());
        std::make_heap(timers.begin(), timers.end(), timer_later);
        loop->cancelled_timers = 0;
        return;
    }
    next_deadline(loop);
}

// repr(v) cut down the way reprlib.repr (asyncio's format_helpers) shows callback arguments:
// long strings and other reprs keep their ends around "...", long containers their first items.
std::string limited_repr(Interpreter& interp, Value v, int level) {
    auto cut = [](std::string text, size_t limit) {
        if (text.size() <= limit) return text;
        const size_t head = (limit - 3) / 2;
        const size_t tail = limit - 3 - head;
        return text.substr(0, head) + "..." + text.substr(text.size() - tail);
    };
    const bool is_list_value = is_list(v);
    if (is_list_value || is_tuple(v)) {
        const Value* items = is_list_value ? as_list(v)->items() : as_tuple(v)->items();
        const size_t n = is_list_value ? as_list(v)->size() : as_tuple(v)->size();
        const char* open = is_list_value ? "[" : "(";
        const char* close = is_list_value ? "]" : (n == 1 ? ",)" : ")");
        if (n == 0) return std::string(open) + (is_list_value ? "]" : ")");
        if (level <= 0) return std::string(open) + "..." + (is_list_value ? "]" : ")");
        std::string out = open;
        for (size_t i = 0; i < n && i < 6; ++i) {
            if (i) out += ", ";
            out += limited_repr(interp, items[i], level - 1);
        }
        if (n > 6) out += ", ...";
        return out + close;
    }
    Str* r = ops::repr(interp, v);
    if (!r) {
        interp.clear_pending();
        return "<object>";
    }
    return cut(std::string(r->view()), is_int(v) ? 40 : 30);
}

// "(a, b, k=v)" as format_helpers._format_args_and_kwargs writes a call's arguments.
std::string format_arguments(Interpreter& interp, const Value* args, size_t nargs, Value kwargs) {
    std::string out = "(";
    for (size_t i = 0; i < nargs; ++i) {
        if (i) out += ", ";
        out += limited_repr(interp, args[i], 6);
    }
    if (is_dict(kwargs)) {
        size_t pos = 0;
        Value k, v;
        while (as_dict(kwargs)->next(pos, &k, &v)) {
            if (out.size() > 1) out += ", ";
            out +=
                std::string(is_str(k) ? as_str(k)->view() : "?") + "=" + limited_repr(interp, v, 6);
        }
    }
    return out + ")";
}

Value optional_attr(Interpreter& interp, Value obj, const char* name) {
    const Value v = ops::get_attr_optional(interp, obj, interp.intern(name));
    if (v.is_error()) {
        interp.clear_pending();
        return Value::absent();
    }
    return v;
}

bool is_partial(Interpreter& interp, Value v) {
    return v.is_object() && type_of(interp, v)->name->view() == "partial" &&
           !optional_attr(interp, v, "func").is_absent();
}

} // namespace

std::string format_callback_source(Interpreter& interp, Value callable, const Value* args,
                                   size_t nargs) {
    // format_helpers._format_callback: a functools.partial shows its function with its own
    // arguments, then the call's; only the innermost plain function has a source location.
    std::string suffix;
    Value kwargs = Value::none();
    while (is_partial(interp, callable)) {
        suffix = format_arguments(interp, args, nargs, kwargs) + suffix;
        const Value partial_args = optional_attr(interp, callable, "args");
        kwargs = optional_attr(interp, callable, "keywords");
        callable = optional_attr(interp, callable, "func");
        args = is_tuple(partial_args) ? as_tuple(partial_args)->items() : nullptr;
        nargs = is_tuple(partial_args) ? as_tuple(partial_args)->size() : 0;
    }
    std::string out;
    Value name = optional_attr(interp, callable, "__qualname__");
    if (!is_str(name) || as_str(name)->view().empty())
        name = optional_attr(interp, callable, "__name__");
    if (is_str(name) && !as_str(name)->view().empty()) {
        out = std::string(as_str(name)->view());
    } else {
        Str* r = ops::repr(interp, callable);
        if (!r) interp.clear_pending();
        out = r ? std::string(r->view()) : "<callback>";
    }
    out += format_arguments(interp, args, nargs, kwargs) + suffix;
    if (callable.is_object() && callable.as_object()->type == interp.types.function) {
        auto* f = static_cast<Function*>(callable.as_object());
        out += " at " + std::string(f->code->filename->view()) + ":" +
               std::to_string(f->code->first_line);
    }
    return out;
}

namespace {

std::string describe_callback(Interpreter& interp, const Callback& cb) {
    if (cb.fn == run_handle) return describe_callback(interp, self_handle(cb.a)->callback);
    if (cb.fn == call_python_args) {
        return format_callback_source(interp, cb.a, as_tuple(cb.b)->items(),
                                      as_tuple(cb.b)->size());
    }
    if (cb.fn == call_python_one) return format_callback_source(interp, cb.a, &cb.b, 1);
    if (cb.fn == task_step_callback) return "Task.task_step()";
    if (cb.fn == task_wakeup_callback) return "Task.task_wakeup()";
    return "<native callback>";
}

Value handle_repr(Interpreter& interp, Value self) {
    // events.Handle._repr_info: the class, "cancelled", a TimerHandle's "when=" after those,
    // then the callback, which a cancelled handle no longer has.
    Handle* h = self_handle(self);
    std::string out = "<";
    out += h->type == runtime(interp).timer_handle ? "TimerHandle" : "Handle";
    if (h->cancelled) out += " cancelled";
    if (h->type == runtime(interp).timer_handle) {
        Str* w = ops::repr(interp, Value::from_double(h->when));
        if (!w) return Value::error();
        out += " when=";
        out += w->view();
    }
    if (!h->cancelled) {
        out += " ";
        out += describe_callback(interp, h->callback);
    }
    out += ">";
    return Str::make(interp, out)->value();
}

} // namespace

void report_exception(Interpreter& interp, EventLoop* loop, const char* message, Value where) {
    const Value exc = interp.take_pending();
    Rooted keep_exc(interp.shadow_roots(), exc);
    Dict* context = Dict::make(interp);
    Rooted keep_context(interp.shadow_roots(), context->value());
    context->set(interp, interp.intern("message"), Str::make(interp, message)->value());
    context->set(interp, interp.intern("exception"), exc);
    if (!where.is_none()) {
        const bool is_task_or_future = is_future(interp, where);
        context->set(interp, interp.intern(is_task_or_future ? "future" : "handle"), where);
    }
    call_exception_handler(interp, loop, context);
}

void call_exception_handler(Interpreter& interp, EventLoop* loop, Dict* context) {
    Rooted keep_context(interp.shadow_roots(), context->value());
    const Value handler = loop->exception_handler;
    if (!handler.is_none()) {
        const Value args[2] = {loop->value(), context->value()};
        if (!ops::call(interp, handler, args, 2).is_error()) return;
        // Errors of the handler itself go to the default handler.
        const Value handler_exc = interp.take_pending();
        Rooted keep(interp.shadow_roots(), handler_exc);
        Dict* fallback = Dict::make(interp);
        Rooted keep_fallback(interp.shadow_roots(), fallback->value());
        fallback->set(interp, interp.intern("message"),
                      Str::make(interp, "Unhandled error in exception handler")->value());
        fallback->set(interp, interp.intern("exception"), handler_exc);
        fallback->set(interp, interp.intern("context"), context->value());
        default_exception_handler(interp, fallback);
        return;
    }
    default_exception_handler(interp, context);
}

void close_event_loop(Interpreter& interp, EventLoop* loop) {
    if (loop->closed) return;
    report_abandoned_futures(interp, loop, true);
    loop->closed = true;
    loop->ready.clear();
    for (const TimerEntry& e : loop->timers) e.handle->scheduled = false;
    loop->timers.clear();
    loop->cancelled_timers = 0;
}

std::vector<Task*> unfinished_tasks(EventLoop* loop) {
    std::vector<Task*> tasks;
    for (Task* t = loop->first_task; t; t = t->next_task) {
        if (!future_done(t)) tasks.push_back(t);
    }
    return {tasks.rbegin(), tasks.rend()};
}

void note_unretrieved(EventLoop* loop, Future* f) {
    std::vector<Future*>& list = loop->unretrieved;
    list.push_back(f);
    if (list.size() < loop->unretrieved_prune_at) return;
    std::erase_if(list, [](Future* g) { return !g->log_traceback; });
    loop->unretrieved_prune_at = std::max<size_t>(64, list.size() * 2);
}

void report_abandoned_futures(Interpreter& interp, EventLoop* loop, bool closing) {
    const Value saved = interp.has_pending() ? interp.take_pending() : Value::none();
    Rooted keep_saved(interp.shadow_roots(), saved);
    // Reporting can run Python code (an exception handler, reprs) that fails more futures:
    // they are appended and reported in turn; no pruning meanwhile, so indices stay valid.
    loop->unretrieved_prune_at = SIZE_MAX;
    for (size_t i = 0; i < loop->unretrieved.size(); ++i) {
        Future* f = loop->unretrieved[i];
        if (!f->log_traceback || !f->has_exception) continue;
        f->log_traceback = false;
        interp.set_pending(f->result);
        report_exception(interp, loop,
                         is_task(interp, f->value()) ? "Task exception was never retrieved"
                                                     : "Future exception was never retrieved",
                         f->value());
    }
    loop->unretrieved.clear();
    loop->unretrieved_prune_at = 64;
    if (closing) {
        for (Task* t : unfinished_tasks(loop)) {
            Rooted keep(interp.shadow_roots(), t->value());
            Dict* context = Dict::make(interp);
            Rooted keep_context(interp.shadow_roots(), context->value());
            context->set(interp, interp.intern("task"), t->value());
            context->set(interp, interp.intern("message"),
                         Str::make(interp, "Task was destroyed but it is pending!")->value());
            call_exception_handler(interp, loop, context);
        }
    }
    if (!saved.is_none()) interp.set_pending(saved);
}

void default_exception_handler(Interpreter& interp, Dict* context) {
    // base_events.default_exception_handler: the message, the other keys sorted by name as
    // "key: repr(value)", then the exception's traceback, logged at ERROR to stderr.
    Value message = context->get(interp.intern("message"));
    std::string text = "Unhandled exception in event loop";
    if (is_str(message) && as_str(message)->byte_length()) text = as_str(message)->view();
    std::vector<std::pair<std::string, Value>> items;
    size_t pos = 0;
    Value k, v;
    while (context->next(pos, &k, &v)) {
        if (!is_str(k)) continue;
        const std::string key(as_str(k)->view());
        if (key == "message" || key == "exception") continue;
        items.emplace_back(key, v);
    }
    std::sort(items.begin(), items.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [key, value] : items) {
        Str* r = ops::repr(interp, value);
        if (!r) {
            interp.clear_pending();
            continue;
        }
        text += "\n" + key + ": " + std::string(r->view());
    }
    interp.stdout_stream->flush();
    interp.stderr_stream->write(interp, text + "\n");
    const Value exc = context->get(interp.intern("exception"));
    if (is_exception_instance(exc)) print_exception(interp, exc);
    interp.stderr_stream->flush();
}

bool run_once(Interpreter& interp, EventLoop* loop) {
    drop_cancelled_timers(loop);
    double timeout = -1;
    if (!loop->ready.empty() || loop->stopping) {
        timeout = 0;
    } else if (!loop->timers.empty()) {
        timeout = std::max(0.0, loop->timers.front().when - loop->time());
    }
    loop->reactor->wait(timeout);
    if (vm::sigint_pending && !vm::handle_sigint(interp)) return false;
    const double end_time = loop->time() + clock_resolution;
    while (!loop->timers.empty()) {
        const TimerEntry& top = loop->timers.front();
        if (top.when >= end_time) break;
        Handle* h = top.handle;
        std::pop_heap(loop->timers.begin(), loop->timers.end(), timer_later);
        loop->timers.pop_back();
        h->scheduled = false;
        if (h->cancelled) {
            --loop->cancelled_timers;
            continue;
        }
        loop->ready.push_back(Callback{run_handle, h->value(), Value::none()});
    }
    const size_t ntodo = loop->ready.size();
    Heap& heap = interp.heap();
    for (size_t i = 0; i < ntodo; ++i) {
        loop->running = loop->ready.pop_front();
        if (!loop->running.fn(interp, loop->running.a, loop->running.b)) {
            if (interp.pending_matches(interp.exceptions.keyboard_interrupt) ||
                interp.pending_matches(interp.exceptions.system_exit)) {
                loop->running = Callback{};
                return false;
            }
            const std::string message =
                "Exception in callback " + describe_callback(interp, loop->running);
            Value where = Value::none();
            if (loop->running.fn == run_handle) where = loop->running.a;
            report_exception(interp, loop, message.c_str(), where);
        }
        loop->running = Callback{};
        if (heap.wants_collection()) heap.collect();
    }
    loop->ready.release_if_drained();
    return true;
}

EventLoop* get_running_loop(Interpreter& interp) {
    EventLoop* loop = runtime(interp).running_loop;
    if (!loop) interp.raise(interp.exceptions.runtime_error, "no running event loop");
    return loop;
}

EventLoop* get_event_loop(Interpreter& interp) {
    Runtime& rt = runtime(interp);
    if (rt.running_loop) return rt.running_loop;
    if (!rt.current_loop) rt.current_loop = make_event_loop(interp);
    return rt.current_loop;
}

namespace {

bool check_closed(Interpreter& interp, EventLoop* loop) {
    if (!loop->closed) return true;
    interp.raise(interp.exceptions.runtime_error, "Event loop is closed");
    return false;
}

bool check_running(Interpreter& interp, EventLoop* loop) {
    if (loop->is_running) {
        interp.raise(interp.exceptions.runtime_error, "This event loop is already running");
        return false;
    }
    if (runtime(interp).running_loop) {
        interp.raise(interp.exceptions.runtime_error,
                     "Cannot run the event loop while another loop is running");
        return false;
    }
    return true;
}

} // namespace

bool run_forever(Interpreter& interp, EventLoop* loop) {
    if (!check_closed(interp, loop) || !check_running(interp, loop)) return false;
    Runtime& rt = runtime(interp);
    // While it runs, the loop learns of every async generator that starts (base_events sets
    // sys.set_asyncgen_hooks for the duration of run_forever).
    vm::ExecutionState& exec = interp.exec;
    Rooted old_firstiter(interp.shadow_roots(), exec.asyncgen_firstiter);
    Rooted old_finalizer(interp.shadow_roots(), exec.asyncgen_finalizer);
    const Value firstiter =
        ops::get_attr(interp, loop->value(), interp.intern("_asyncgen_firstiter_hook"));
    if (firstiter.is_error()) return false;
    exec.asyncgen_firstiter = firstiter;
    const Value finalizer =
        ops::get_attr(interp, loop->value(), interp.intern("_asyncgen_finalizer_hook"));
    if (finalizer.is_error()) {
        exec.asyncgen_firstiter = old_firstiter.get();
        return false;
    }
    exec.asyncgen_finalizer = finalizer;
    loop->is_running = true;
    rt.running_loop = loop;
    bool ok = true;
    for (;;) {
        if (!run_once(interp, loop)) {
            ok = false;
            break;
        }
        if (loop->stopping) break;
    }
    loop->stopping = false;
    loop->is_running = false;
    rt.running_loop = nullptr;
    exec.asyncgen_firstiter = old_firstiter.get();
    exec.asyncgen_finalizer = old_finalizer.get();
    return ok;
}

namespace {

// shutdown_asyncgens' body: state[0] the loop, state[1] the generators being closed.
Step shutdown_asyncgens_step(Interpreter& interp, NativeCoroutine* self, Resume how, Value* io) {
    if (how == Resume::Thrown) return Step::Raise;
    EventLoop* loop = self_loop(self->state[0]);
    if (how == Resume::Start) {
        if (loop->asyncgens.is_none() || as_list(loop->asyncgens)->size() == 0) {
            *io = Value::none();
            return Step::Return;
        }
        List* closing = as_list(loop->asyncgens);
        self->state[1] = closing->value();
        loop->asyncgens = Value::none();
        List* closers = List::make(interp, closing->size());
        self->state[2] = closers->value();
        // Closed ones are left out: closing them again does nothing, except for one that
        // ignored GeneratorExit, which CPython reports only if something still holds it.
        size_t kept = 0;
        for (size_t i = 0; i < closing->size(); ++i) {
            const Value agen = closing->items()[i];
            const bool closed = agen.is_object() &&
                                agen.as_object()->type == interp.types.async_generator &&
                                vm::as_async_generator(agen)->closed;
            if (!closed) closing->items()[kept++] = agen;
        }
        while (closing->size() > kept) closing->erase(closing->size() - 1);
        for (size_t i = 0; i < closing->size(); ++i) {
            const Value aclose =
                ops::call_method(interp, closing->items()[i], interp.intern("aclose"), nullptr, 0);
            if (aclose.is_error()) return Step::Raise;
            closers->append(interp, aclose);
        }
        const Value gathered = gather(interp, closers->items(), closers->size(), true);
        if (gathered.is_error()) return Step::Raise;
        *io = gathered;
        return Step::Await;
    }
    List* closing = as_list(self->state[1]);
    const Value results = *io;
    Rooted keep_results(interp.shadow_roots(), results);
    for (size_t i = 0; i < closing->size() && i < as_list(results)->size(); ++i) {
        const Value result = as_list(results)->items()[i];
        if (!is_exception_instance(result)) continue;
        const Value agen = closing->items()[i];
        Str* r = ops::repr(interp, agen);
        if (!r) return Step::Raise;
        Dict* context = Dict::make(interp);
        Rooted keep_context(interp.shadow_roots(), context->value());
        const std::string message =
            "an error occurred during closing of asynchronous generator " + std::string(r->view());
        context->set(interp, interp.intern("message"), Str::make(interp, message)->value());
        context->set(interp, interp.intern("exception"), result);
        context->set(interp, interp.intern("asyncgen"), agen);
        call_exception_handler(interp, loop, context);
    }
    *io = Value::none();
    return Step::Return;
}

} // namespace

// There are no executors yet, so it returns at once.
Value shutdown_default_executor(Interpreter& interp) {
    static constexpr NativeCoroutineKind kind =
        returning_kind("BaseEventLoop.shutdown_default_executor");
    return make_returning_coroutine(interp, kind, Value::none());
}

Value shutdown_asyncgens(Interpreter& interp, EventLoop* loop) {
    static constexpr NativeCoroutineKind kind{"BaseEventLoop.shutdown_asyncgens",
                                              shutdown_asyncgens_step, 3};
    NativeCoroutine* c = make_native_coroutine(interp, kind);
    c->state[0] = loop->value();
    return c->value();
}

Value run_until_complete(Interpreter& interp, EventLoop* loop, Value awaitable) {
    if (!check_closed(interp, loop) || !check_running(interp, loop)) return Value::error();
    const bool new_task = !is_future(interp, awaitable);
    const Value fut = ensure_future(interp, awaitable, loop);
    if (fut.is_error()) return fut;
    Rooted keep(interp.shadow_roots(), fut);
    Future* f = as_future(fut);
    future_add_callback(interp, f, run_until_complete_callback, loop->value());
    const bool ok = run_forever(interp, loop);
    future_remove_callback(f, run_until_complete_callback, loop->value());
    if (!ok) {
        if (new_task && future_done(f) && f->state != FutureState::Cancelled) {
            f->log_traceback = false; // the exception is being raised: it was retrieved
        }
        return Value::error();
    }
    if (!future_done(f)) {
        return interp.raise(interp.exceptions.runtime_error,
                            "Event loop stopped before Future completed.");
    }
    return future_result(interp, f);
}

namespace {

// --- Python methods of the loop.

bool check_callback(Interpreter& interp, Value callback, const char* method) {
    if (vm::is_coroutine(interp, callback) || type_of(interp, callback)->slots.await_ ||
        (callback.is_object() && callback.as_object()->type == interp.types.function &&
         (static_cast<Function*>(callback.as_object())->code->flags & CodeCoroutine))) {
        interp.raise_format(interp.exceptions.type_error, "coroutines cannot be used with %s()",
                            method);
        return false;
    }
    if (!type_of(interp, callback)->slots.call) {
        Str* r = ops::repr(interp, callback);
        if (!r) return false;
        interp.raise_format(interp.exceptions.type_error,
                            "a callable object was expected by %s(), got %s", method,
                            std::string(r->view()).c_str());
        return false;
    }
    return true;
}

// The positional arguments after `first`, ignoring a context= keyword.
size_t positional_count(Interpreter& interp, size_t nargs, Tuple* kwnames, const char* method) {
    if (!kwnames) return nargs;
    for (Value k : *kwnames) {
        if (!as_str(k)->equals("context")) {
            interp.raise_format(interp.exceptions.type_error,
                                "%s() got an unexpected keyword argument '%s'", method,
                                std::string(as_str(k)->view()).c_str());
            return SIZE_MAX;
        }
    }
    return nargs;
}

// What a Handle runs its callback in: the context= argument, else a copy of the current
// context (events.Handle.__init__). nullptr with TypeError when context= is not a Context.
Context* handle_context(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    for (size_t i = 0; kwnames && i < kwnames->size(); ++i) {
        const Value given = args[nargs + i];
        if (given.is_none()) break;
        if (!is_context(interp, given)) {
            interp.raise_type_error("an instance of Context was expected");
            return nullptr;
        }
        return static_cast<Context*>(given.as_object());
    }
    return copy_context(interp);
}

Value loop_call_soon(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    EventLoop* loop = self_loop(args[0]);
    const size_t n = positional_count(interp, nargs, kwnames, "call_soon");
    if (n == SIZE_MAX) return Value::error();
    if (n < 2) {
        return interp.raise_type_error(
            "BaseEventLoop.call_soon() missing 1 required positional argument: 'callback'");
    }
    if (!check_closed(interp, loop) ||
        (loop->debug && !check_callback(interp, args[1], "call_soon"))) {
        return Value::error();
    }
    Context* ctx = handle_context(interp, args, nargs, kwnames);
    if (!ctx) return Value::error();
    Rooted keep_ctx(interp.shadow_roots(), ctx->value());
    Tuple* cb_args = Tuple::make(interp, args + 2, n - 2);
    Rooted keep(interp.shadow_roots(), cb_args->value());
    Handle* h = interp.heap().make<Handle>(runtime(interp).handle);
    h->callback = Callback{call_python_args, args[1], cb_args->value()};
    h->loop = loop;
    h->context = ctx;
    call_soon(loop, run_handle, h->value());
    return h->value();
}

// A delay or deadline: an int or a float (anything else through float()).
bool number_arg(Interpreter& interp, Value v, double* out) {
    bool is_number = false;
    if (!number_to_double(interp, v, out, &is_number)) {
        if (interp.has_pending()) return false;
        const Value f = ops::call1(interp, interp.types.float_->value(), v);
        if (f.is_error()) return false;
        *out = f.as_float();
    }
    return true;
}

Value schedule_timer(Interpreter& interp, EventLoop* loop, double when, const Value* args, size_t n,
                     const char* method, Context* ctx) {
    if (!ctx) return Value::error();
    Rooted keep_ctx(interp.shadow_roots(), ctx->value());
    if (!check_closed(interp, loop) || (loop->debug && !check_callback(interp, args[0], method))) {
        return Value::error();
    }
    Tuple* cb_args = Tuple::make(interp, args + 1, n - 1);
    Rooted keep(interp.shadow_roots(), cb_args->value());
    Handle* h = call_at(interp, loop, when, call_python_args, args[0], cb_args->value());
    h->context = ctx;
    return h->value();
}

Value loop_call_later(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    EventLoop* loop = self_loop(args[0]);
    const size_t n = positional_count(interp, nargs, kwnames, "call_later");
    if (n == SIZE_MAX) return Value::error();
    if (n < 3) {
        return interp.raise_type_error("BaseEventLoop.call_later() missing required arguments: "
                                       "'delay' and 'callback'");
    }
    if (args[1].is_none()) return interp.raise_type_error("delay must not be None");
    double delay;
    if (!number_arg(interp, args[1], &delay)) return Value::error();
    return schedule_timer(interp, loop, loop->time() + delay, args + 2, n - 2, "call_later",
                          handle_context(interp, args, nargs, kwnames));
}

Value loop_call_at(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    EventLoop* loop = self_loop(args[0]);
    const size_t n = positional_count(interp, nargs, kwnames, "call_at");
    if (n == SIZE_MAX) return Value::error();
    if (n < 3) {
        return interp.raise_type_error(
            "BaseEventLoop.call_at() missing required arguments: 'when' and 'callback'");
    }
    if (args[1].is_none()) return interp.raise_type_error("when cannot be None");
    double when;
    if (!number_arg(interp, args[1], &when)) return Value::error();
    return schedule_timer(interp, loop, when, args + 2, n - 2, "call_at",
                          handle_context(interp, args, nargs, kwnames));
}

Value loop_time(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!check_no_args(interp, "time", nargs - 1)) return Value::error();
    return Value::from_double(self_loop(args[0])->time());
}

Value loop_create_future(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "create_future", nargs - 1)) return Value::error();
    return make_future(interp, self_loop(args[0]))->value();
}

Value loop_create_task(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[3];
    if (!bind_native_args(interp, "create_task", args + 1, nargs - 1, kwnames,
                          {"coro", "name", "context"}, 1, 1, bound)) {
        return Value::error();
    }
    EventLoop* loop = self_loop(args[0]);
    if (!check_closed(interp, loop)) return Value::error();
    const Value name = bound[1].is_absent() ? Value::none() : bound[1];
    Task* t = make_task(interp, loop, bound[0], name);
    if (!t || !set_task_context(interp, t, bound[2])) return Value::error();
    return t->value();
}

Value loop_run_until_complete(Interpreter& interp, const Value* args, size_t nargs,
                              Tuple* kwnames) {
    if (!reject_keywords(interp, "run_until_complete", kwnames) ||
        !check_one_arg(interp, "run_until_complete", nargs - 1)) {
        return Value::error();
    }
    return run_until_complete(interp, self_loop(args[0]), args[1]);
}

Value loop_run_forever(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "run_forever", nargs - 1)) return Value::error();
    return run_forever(interp, self_loop(args[0])) ? Value::none() : Value::error();
}

Value loop_stop(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "stop", nargs - 1)) return Value::error();
    self_loop(args[0])->stopping = true;
    return Value::none();
}

Value loop_is_running(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "is_running", nargs - 1)) return Value::error();
    return Value::from_bool(self_loop(args[0])->is_running);
}

Value loop_is_closed(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "is_closed", nargs - 1)) return Value::error();
    return Value::from_bool(self_loop(args[0])->closed);
}

Value loop_close(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "close", nargs - 1)) return Value::error();
    EventLoop* loop = self_loop(args[0]);
    if (loop->is_running) {
        return interp.raise(interp.exceptions.runtime_error, "Cannot close a running event loop");
    }
    close_event_loop(interp, loop);
    return Value::none();
}

Value loop_get_debug(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "get_debug", nargs - 1)) return Value::error();
    EventLoop* loop = self_loop(args[0]);
    return loop->debug_setting.is_absent() ? Value::from_bool(loop->debug) : loop->debug_setting;
}

Value loop_set_debug(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "set_debug", kwnames) ||
        !check_one_arg(interp, "set_debug", nargs - 1)) {
        return Value::error();
    }
    const int truth = ops::truthy(interp, args[1]);
    if (truth < 0) return Value::error();
    self_loop(args[0])->debug = truth == 1;
    self_loop(args[0])->debug_setting = args[1];
    return Value::none();
}

Value loop_set_exception_handler(Interpreter& interp, const Value* args, size_t nargs,
                                 Tuple* kwnames) {
    if (!reject_keywords(interp, "set_exception_handler", kwnames) ||
        !check_one_arg(interp, "set_exception_handler", nargs - 1)) {
        return Value::error();
    }
    const Value handler = args[1];
    if (!handler.is_none() && !type_of(interp, handler)->slots.call) {
        Str* r = ops::repr(interp, handler);
        if (!r) return Value::error();
        return interp.raise_format(interp.exceptions.type_error,
                                   "A callable object or None is expected, got %s",
                                   std::string(r->view()).c_str());
    }
    self_loop(args[0])->exception_handler = handler;
    return Value::none();
}

Value loop_get_exception_handler(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "get_exception_handler", nargs - 1)) return Value::error();
    return self_loop(args[0])->exception_handler;
}

Value loop_default_exception_handler(Interpreter& interp, const Value* args, size_t nargs,
                                     Tuple* kwnames) {
    // A Python method in CPython, so its argument errors read like one.
    if (nargs == 1 && !kwnames) {
        return interp.raise_type_error("BaseEventLoop.default_exception_handler() missing 1 "
                                       "required positional argument: 'context'");
    }
    if (!reject_keywords(interp, "default_exception_handler", kwnames) ||
        !check_one_arg(interp, "default_exception_handler", nargs - 1)) {
        return Value::error();
    }
    if (!is_dict(args[1])) return interp.raise_type_error("context must be a dict");
    default_exception_handler(interp, as_dict(args[1]));
    return Value::none();
}

Value loop_call_exception_handler(Interpreter& interp, const Value* args, size_t nargs,
                                  Tuple* kwnames) {
    // A Python method in CPython, so its argument errors read like one.
    if (nargs == 1 && !kwnames) {
        return interp.raise_type_error("BaseEventLoop.call_exception_handler() missing 1 required "
                                       "positional argument: 'context'");
    }
    if (!reject_keywords(interp, "call_exception_handler", kwnames) ||
        !check_one_arg(interp, "call_exception_handler", nargs - 1)) {
        return Value::error();
    }
    if (!is_dict(args[1])) return interp.raise_type_error("context must be a dict");
    EventLoop* loop = self_loop(args[0]);
    if (loop->exception_handler.is_none()) {
        default_exception_handler(interp, as_dict(args[1]));
        return Value::none();
    }
    const Value call_args[2] = {loop->value(), args[1]};
    if (ops::call(interp, loop->exception_handler, call_args, 2).is_error()) {
        const Value exc = interp.take_pending();
        Rooted keep(interp.shadow_roots(), exc);
        Dict* fallback = Dict::make(interp);
        Rooted keep_fallback(interp.shadow_roots(), fallback->value());
        fallback->set(interp, interp.intern("message"),
                      Str::make(interp, "Unhandled error in exception handler")->value());
        fallback->set(interp, interp.intern("exception"), exc);
        fallback->set(interp, interp.intern("context"), args[1]);
        default_exception_handler(interp, fallback);
    }
    return Value::none();
}

Value loop_shutdown_asyncgens(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "shutdown_asyncgens", nargs - 1)) return Value::error();
    return shutdown_asyncgens(interp, self_loop(args[0]));
}

Value loop_shutdown_default_executor(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "shutdown_default_executor", nargs - 1)) return Value::error();
    return shutdown_default_executor(interp);
}

// The sys.set_asyncgen_hooks pair run_forever installs: firstiter remembers the generator,
// finalizer forgets it and, if it is still suspended, closes it in a task.
Value loop_asyncgen_firstiter_hook(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "_asyncgen_firstiter_hook", nargs - 1)) return Value::error();
    EventLoop* loop = self_loop(args[0]);
    if (loop->asyncgens.is_none()) loop->asyncgens = List::make(interp)->value();
    as_list(loop->asyncgens)->append(interp, args[1]);
    return Value::none();
}

bool create_aclose_task(Interpreter& interp, Value aclose, Value loop) {
    return !ensure_future(interp, aclose, self_loop(loop)).is_error();
}

Value loop_asyncgen_finalizer_hook(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "_asyncgen_finalizer_hook", nargs - 1)) return Value::error();
    EventLoop* loop = self_loop(args[0]);
    if (!loop->asyncgens.is_none()) {
        List* gens = as_list(loop->asyncgens);
        for (size_t i = 0; i < gens->size(); ++i) {
            if (gens->items()[i] == args[1]) {
                gens->erase(i);
                break;
            }
        }
    }
    if (loop->closed) return Value::none();
    const Value aclose = ops::call_method(interp, args[1], interp.intern("aclose"), nullptr, 0);
    if (aclose.is_error()) return aclose;
    // As base_events' call_soon_threadsafe(self.create_task, agen.aclose()): the task is made
    // in the next iteration.
    call_soon(loop, create_aclose_task, aclose, loop->value());
    return Value::none();
}

Value loop_repr(Interpreter& interp, Value self) {
    EventLoop* loop = self_loop(self);
    auto b = [](bool v) { return v ? "True" : "False"; };
    return Str::make(interp, std::string("<_UnixSelectorEventLoop running=") + b(loop->is_running) +
                                 " closed=" + b(loop->closed) + " debug=" + b(loop->debug) + ">")
        ->value();
}

// --- Handle methods.

Value handle_cancel(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "cancel", nargs - 1)) return Value::error();
    cancel_handle(self_handle(args[0]));
    return Value::none();
}

Value handle_cancelled(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "cancelled", nargs - 1)) return Value::error();
    return Value::from_bool(self_handle(args[0])->cancelled);
}

Value handle_when(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "when", nargs - 1)) return Value::error();
    return Value::from_double(self_handle(args[0])->when);
}

} // namespace

void init_event_loop_types(Interpreter& interp, Runtime& rt) {
    Type* loop = make_builtin_type(interp, "_UnixSelectorEventLoop", interp.types.object,
                                   sizeof(EventLoop), 0);
    loop->slots.trace = trace_loop;
    loop->slots.finalize = finalize_loop;
    loop->slots.repr = loop_repr;
    add_method(interp, loop, "call_soon", loop_call_soon);
    add_method(interp, loop, "call_later", loop_call_later);
    add_method(interp, loop, "call_at", loop_call_at);
    add_method(interp, loop, "time", loop_time);
    add_method(interp, loop, "create_future", loop_create_future);
    add_method(interp, loop, "create_task", loop_create_task);
    add_method(interp, loop, "run_until_complete", loop_run_until_complete);
    add_method(interp, loop, "run_forever", loop_run_forever);
    add_method(interp, loop, "stop", loop_stop);
    add_method(interp, loop, "is_running", loop_is_running);
    add_method(interp, loop, "is_closed", loop_is_closed);
    add_method(interp, loop, "close", loop_close);
    add_method(interp, loop, "get_debug", loop_get_debug);
    add_method(interp, loop, "set_debug", loop_set_debug);
    add_method(interp, loop, "set_exception_handler", loop_set_exception_handler);
    add_method(interp, loop, "get_exception_handler", loop_get_exception_handler);
    add_method(interp, loop, "default_exception_handler", loop_default_exception_handler);
    add_method(interp, loop, "call_exception_handler", loop_call_exception_handler);
    add_method(interp, loop, "shutdown_asyncgens", loop_shutdown_asyncgens);
    add_method(interp, loop, "_asyncgen_firstiter_hook", loop_asyncgen_firstiter_hook);
    add_method(interp, loop, "_asyncgen_finalizer_hook", loop_asyncgen_finalizer_hook);
    add_method(interp, loop, "shutdown_default_executor", loop_shutdown_default_executor);
    vm::type_set_attr(interp, loop, "__module__",
                      Str::make(interp, "asyncio.unix_events")->value());
    rt.event_loop = loop;

    Type* handle = make_builtin_type(interp, "Handle", interp.types.object, sizeof(Handle), 0);
    handle->slots.trace = trace_handle;
    handle->slots.repr = handle_repr;
    add_method(interp, handle, "cancel", handle_cancel);
    add_method(interp, handle, "cancelled", handle_cancelled);
    rt.handle = handle;
    Type* timer = make_builtin_type(interp, "TimerHandle", handle, sizeof(Handle), 0);
    add_method(interp, timer, "when", handle_when);
    rt.timer_handle = timer;
}

} // namespace coil::aio
