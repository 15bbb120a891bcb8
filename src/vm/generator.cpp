// Generators: resumption, the send/throw/close protocol (CPython 3.11's genobject.c), and the
// generator type.
#include "vm/generator.hpp"

#include "common/opcodes.hpp"
#include "vm/async_generator.hpp"
#include "vm/call.hpp"
#include "vm/code.hpp"
#include "vm/coroutine_never_awaited.hpp"
#include "vm/dict.hpp"
#include "vm/exception.hpp"
#include "vm/frame.hpp"
#include "vm/heap.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"
#include "vm/unraisable.hpp"

#include <cstdio>
#include <string>

namespace coil::vm {

namespace {

// "generator", "coroutine" or "async generator", for messages.
const char* kind_of(const Interpreter& interp, const Generator* gen) {
    if (gen->type == interp.types.coroutine) return "coroutine";
    return gen->type == interp.types.async_generator ? "async generator" : "generator";
}

std::string message(const Interpreter& interp, const Generator* gen, const char* format) {
    char buf[128];
    std::snprintf(buf, sizeof buf, format, kind_of(interp, gen));
    return buf;
}

// The code of a list, set or dict comprehension.
bool is_comprehension(const CodeObject* code) {
    const std::string_view name = code->name->view();
    return name == "<listcomp>" || name == "<setcomp>" || name == "<dictcomp>";
}

} // namespace

Str* generator_name(const Generator* gen) {
    return gen->names ? as_str((*gen->names)[0]) : gen->code->name;
}

Str* generator_qualname(const Generator* gen) {
    return gen->names ? as_str((*gen->names)[1]) : gen->code->qualname;
}

Generator* make_generator(Interpreter& interp, Frame* frame) {
    Generator* gen;
    if (frame->code->flags & CodeAsyncGenerator) {
        gen = make_async_generator(interp);
    } else if (frame->code->flags & CodeCoroutine) {
        Coroutine* coro = interp.heap().make<Coroutine>(interp.types.coroutine);
        const Frame* site = interp.exec.current_frame;
        if (site) {
            // A comprehension's result belongs to the function around it.
            while (site->previous && is_comprehension(site->code)) site = site->previous;
            if ((site->code->flags & CodeOptimized) && site->previous) site = site->previous;
        }
        note_unstarted_coroutine(interp, coro, site);
        gen = coro;
    } else {
        gen = interp.heap().make<Generator>(interp.types.generator);
    }
    gen->frame = frame;
    gen->code = frame->code;
    // The generator owns the frame from now on; it must never be recycled.
    frame->escaped = true;
    frame->generator = gen;
    return gen;
}

namespace {
Value gen_close(Interpreter& interp, Generator* gen);
} // namespace

void mark_if_loop_owned(Generator* gen, const uint32_t* next) {
    const Op first = opcode_of(next[0]);
    if ((first == Op::GET_ITER && opcode_of(next[1]) == Op::FOR_ITER) ||
        (first == Op::GET_AITER && opcode_of(next[1]) == Op::GET_ANEXT)) {
        gen->loop_owned = true;
    }
}

void finalize_abandoned(Interpreter& interp, Generator* gen) {
    gen->loop_owned = false;
    if (!gen->frame || gen->running) return;
    Rooted keep(interp.shadow_roots(), gen->value());
    Rooted unwinding(interp.shadow_roots(),
                     interp.has_pending() ? interp.take_pending() : Value::absent());
    bool failed = false;
    const Value finalizer = gen->type == interp.types.async_generator
                                ? async_generator_finalizer(gen->value())
                                : Value::none();
    if (!finalizer.is_none() && !as_async_generator(gen->value())->closed) {
        // The event loop's hook schedules aclose() in a task (asyncio's
        // _asyncgen_finalizer_hook); it cannot run here, in the middle of the loop body.
        Rooted keep_finalizer(interp.shadow_roots(), finalizer);
        failed = ops::call1(interp, finalizer, gen->value()).is_error();
    } else {
        failed = gen_close(interp, gen).is_error();
    }
    if (failed) report_unraisable(interp, gen->value());
    if (!unwinding.get().is_absent()) interp.set_pending(unwinding.get());
}

void finalize_abandoned_in(Interpreter& interp, Value* begin, Value* end) {
    for (Value* slot = begin; slot < end; ++slot) {
        if (is_loop_owned(interp, *slot)) finalize_abandoned(interp, as_generator(*slot));
    }
}

ResumeResult resume_generator(Interpreter& interp, Generator* gen, Value value, bool throwing,
                              Value* out) {
    if (gen->running) {
        interp.raise(interp.exceptions.value_error, message(interp, gen, "%s already executing"));
        return ResumeResult::Raised;
    }
    Frame* frame = gen->frame;
    if (!frame) {
        if (throwing) return ResumeResult::Raised;
        if (gen->type == interp.types.coroutine) {
            interp.raise(interp.exceptions.runtime_error, "cannot reuse already awaited coroutine");
            return ResumeResult::Raised;
        }
        *out = Value::none();
        return ResumeResult::Returned;
    }
    const bool started = frame->pc != 0;
    if (!started && throwing) {
        // Thrown into before its first instruction: it ends at once, no handler runs.
        generator_resumed(interp, gen);
        generator_finished(interp, gen, true);
        return ResumeResult::Raised;
    }
    if (!started && !throwing && !value.is_none()) {
        interp.raise_type_error(
            message(interp, gen, "can't send non-None value to a just-started %s"));
        return ResumeResult::Raised;
    }
    if (started && !throwing) frame->stack_base()[frame->stack_depth++] = value;

    generator_resumed(interp, gen);
    frame->suspended = true; // stays set if the loop refuses to start
    const Value result = run_frame(interp, frame, throwing);
    if (frame->suspended) {
        if (result.is_error()) {
            // Refused (RecursionError): the generator is as it was.
            gen->running = false;
            interp.exec.handled = interp.exec.resumers_handled.back();
            interp.exec.resumers_handled.pop_back();
            if (started && !throwing) --frame->stack_depth;
            return ResumeResult::Raised;
        }
        generator_suspended(interp, gen);
        *out = result;
        return ResumeResult::Yielded;
    }
    generator_finished(interp, gen, result.is_error());
    if (result.is_error()) return ResumeResult::Raised;
    *out = result;
    return ResumeResult::Returned;
}

void generator_resumed(Interpreter& interp, Generator* gen) {
    ExecutionState& exec = interp.exec;
    gen->running = true;
    if (gen->type == interp.types.coroutine) {
        auto* coro = static_cast<Coroutine*>(gen);
        if (coro->unstarted_index != Coroutine::not_unstarted) forget_unstarted_coroutine(interp, coro);
    }
    exec.resumers_handled.push_back(exec.handled);
    if (!gen->handled.is_none()) exec.handled = gen->handled;
}

void generator_suspended(Interpreter& interp, Generator* gen) {
    ExecutionState& exec = interp.exec;
    gen->running = false;
    const Value resumer_handled = exec.resumers_handled.back();
    exec.resumers_handled.pop_back();
    gen->handled = exec.handled == resumer_handled ? Value::none() : exec.handled;
    exec.handled = resumer_handled;
}

void generator_finished(Interpreter& interp, Generator* gen, bool raised) {
    ExecutionState& exec = interp.exec;
    gen->running = false;
    exec.handled = exec.resumers_handled.back();
    exec.resumers_handled.pop_back();
    gen->handled = Value::none();
    gen->frame = nullptr;
    // PEP 479: a StopIteration escaping the body must not end the caller's loop silently.
    if (raised && interp.pending_matches(interp.exceptions.stop_iteration)) {
        const Value stop = interp.take_pending();
        interp.raise(interp.exceptions.runtime_error,
                     message(interp, gen, "%s raised StopIteration"));
        BaseException* e = as_exception(interp.pending());
        e->cause = stop;
        e->context = stop;
        e->suppress_context = true;
    } else if (raised && gen->type == interp.types.async_generator &&
               interp.pending_matches(interp.exceptions.stop_async_iteration)) {
        const Value stop = interp.take_pending();
        interp.raise(interp.exceptions.runtime_error, "async generator raised StopAsyncIteration");
        BaseException* e = as_exception(interp.pending());
        e->cause = stop;
        e->context = stop;
        e->suppress_context = true;
    }
}

namespace {

Generator* self_generator(Value v) {
    return as_generator(v);
}

// The iterator a generator suspended in `yield from` delegates to, or absent.
Value delegate_of(const Generator* gen) {
    const Frame* f = gen->frame;
    if (!f || f->pc == 0 || f->stack_depth == 0) return Value::absent();
    const uint32_t word = f->code->code[f->lasti];
    if (opcode_of(word) != Op::YIELD_VALUE || arg_of(word) != 1) return Value::absent();
    return const_cast<Frame*>(f)->stack_base()[f->stack_depth - 1];
}

Value gen_close(Interpreter& interp, Generator* gen);

// gen.throw(exc) with the exception pending: the delegate of a `yield from` sees it first
// (genobject.c's _gen_throw).
ResumeResult throw_into(Interpreter& interp, Generator* gen, Value* out) {
    const Value delegate = delegate_of(gen);
    if (!delegate.is_absent() && !gen->running) {
        Rooted keep(interp.shadow_roots(), delegate);
        Value result = Value::absent();
        bool forwarded = true;
        ResumeResult r = ResumeResult::Raised;
        if (interp.pending_matches(interp.exceptions.generator_exit)) {
            // Closing: the delegate is closed, then GeneratorExit is thrown in here.
            const Value exit = interp.take_pending();
            Rooted keep_exit(interp.shadow_roots(), exit);
            gen->running = true;
            Value closed;
            if (is_resumable(interp, delegate)) {
                closed = gen_close(interp, as_generator(delegate));
            } else {
                closed = ops::get_attr_optional(interp, delegate, interp.intern("close"));
                if (!closed.is_error() && !closed.is_absent()) closed = ops::call0(interp, closed);
            }
            gen->running = false;
            if (!closed.is_error()) interp.set_pending(exit);
            forwarded = false;
        } else if (is_resumable(interp, delegate)) {
            // The delegate's own delegate sees it first, down to the innermost awaitable.
            gen->running = true;
            r = throw_into(interp, as_generator(delegate), &result);
            gen->running = false;
        } else {
            const Value exc = interp.take_pending();
            Rooted keep_exc(interp.shadow_roots(), exc);
            const Value method = ops::get_attr_optional(interp, delegate, interp.intern("throw"));
            if (method.is_error()) {
                forwarded = false;
            } else if (method.is_absent()) {
                interp.set_pending(exc);
                forwarded = false;
            } else {
                gen->running = true;
                Value arg = exc;
                result = ops::call(interp, method, &arg, 1);
                gen->running = false;
                if (!result.is_error()) {
                    r = ResumeResult::Yielded;
                } else if (interp.pending_matches(interp.exceptions.stop_iteration)) {
                    result = stop_iteration_value(interp, as_exception(interp.take_pending()));
                    r = ResumeResult::Returned;
                }
            }
        }
        if (forwarded) {
            if (r == ResumeResult::Yielded) {
                *out = result;
                return ResumeResult::Yielded;
            }
            if (r == ResumeResult::Returned) {
                // The delegate finished: leave the SEND loop with its value, as SEND would.
                Frame* f = gen->frame;
                --f->stack_depth;
                f->pc = arg_of(f->code->code[f->lasti - 1]);
                return resume_generator(interp, gen, result, false, out);
            }
        }
    }
    return resume_generator(interp, gen, Value::none(), true, out);
}

Value gen_close(Interpreter& interp, Generator* gen) {
    if (!gen->frame) return Value::none();
    if (gen->frame->pc == 0) {
        gen->frame = nullptr; // never started: nothing to clean up
        return Value::none();
    }
    interp.set_pending(
        make_exception(interp, interp.exceptions.generator_exit, Tuple::make(interp, 0))->value());
    Value out;
    const ResumeResult r = throw_into(interp, gen, &out);
    if (r == ResumeResult::Yielded) {
        return interp.raise(interp.exceptions.runtime_error,
                            message(interp, gen, "%s ignored GeneratorExit"));
    }
    if (r == ResumeResult::Raised) {
        if (interp.pending_matches(interp.exceptions.generator_exit) ||
            interp.pending_matches(interp.exceptions.stop_iteration)) {
            interp.clear_pending();
            return Value::none();
        }
        return Value::error();
    }
    return Value::none();
}

// StopIteration(value), or a bare StopIteration when the generator returned None.
Value stop_with(Interpreter& interp, Value value) {
    if (value.is_none()) {
        interp.set_pending(
            make_exception(interp, interp.exceptions.stop_iteration, Tuple::make(interp, 0))
                ->value());
        return Value::error();
    }
    return raise_stop_iteration(interp, value);
}

// Exhaustion is absent whatever the generator returned: loops ignore the value, and next()
// (generator_next) reports it.
Value gen_iternext(Interpreter& interp, Value self) {
    Value out;
    switch (resume_generator(interp, self_generator(self), Value::none(), false, &out)) {
    case ResumeResult::Yielded:
        return out;
    case ResumeResult::Returned:
        return Value::absent();
    case ResumeResult::Raised:
        break;
    }
    return Value::error();
}

Value gen_iter(Interpreter&, Value self) {
    return self;
}

Value gen_next_method(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "__next__", kwnames) ||
        !check_no_args(interp, "__next__", nargs - 1)) {
        return Value::error();
    }
    return generator_next(interp, self_generator(args[0]));
}

Value gen_send(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "send", kwnames)) return Value::error();
    if (nargs != 2) {
        return interp.raise_format(
            interp.exceptions.type_error, "%s.send() takes exactly one argument (%zu given)",
            std::string(type_of(interp, args[0])->name->view()).c_str(), nargs - 1);
    }
    Value out;
    switch (resume_generator(interp, self_generator(args[0]), args[1], false, &out)) {
    case ResumeResult::Yielded:
        return out;
    case ResumeResult::Returned:
        return stop_with(interp, out);
    case ResumeResult::Raised:
        break;
    }
    return Value::error();
}

// throw(exc) / throw(type[, value]): makes the exception as `raise` would.
Value gen_throw(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "throw", kwnames) ||
        !check_arity(interp, "throw", nargs - 1, 1, 3)) {
        return Value::error();
    }
    if (!set_thrown_exception(interp, args + 1, nargs - 1)) return Value::error();
    Value out;
    switch (throw_into(interp, self_generator(args[0]), &out)) {
    case ResumeResult::Yielded:
        return out;
    case ResumeResult::Returned:
        return stop_with(interp, out);
    case ResumeResult::Raised:
        break;
    }
    return Value::error();
}

Value gen_close_method(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "close", kwnames) || !check_no_args(interp, "close", nargs - 1)) {
        return Value::error();
    }
    return gen_close(interp, self_generator(args[0]));
}

} // namespace

Value generator_next(Interpreter& interp, Generator* gen) {
    Value out;
    switch (resume_generator(interp, gen, Value::none(), false, &out)) {
    case ResumeResult::Yielded:
        return out;
    case ResumeResult::Returned:
        return stop_with(interp, out);
    case ResumeResult::Raised:
        break;
    }
    return Value::error();
}

Value generator_repr(Interpreter& interp, Value self) {
    char buf[64];
    std::snprintf(buf, sizeof buf, " at %#llx>",
                  static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(self.as_object())));
    Generator* gen = self_generator(self);
    std::string out = "<";
    out += gen->type->name->view();
    out += " object ";
    out += generator_qualname(gen)->view();
    out += buf;
    return Str::make(interp, out)->value();
}

Value generator_getattr(Interpreter& interp, Value self, Str* name, bool suppress_missing) {
    Generator* gen = self_generator(self);
    if (name->equals("__name__")) return generator_name(gen)->value();
    if (name->equals("__qualname__")) return generator_qualname(gen)->value();
    // gi_* for generators, cr_* for coroutines, ag_* for async generators.
    const bool is_async_gen = gen->type == interp.types.async_generator;
    const std::string_view prefix = gen->type == interp.types.coroutine ? "cr_"
                                    : is_async_gen                      ? "ag_"
                                                                        : "gi_";
    const std::string_view n = name->view();
    const std::string_view attr = n.starts_with(prefix) ? n.substr(3) : std::string_view();
    if (attr == "running") {
        // An async generator counts as running while an asend()/athrow() is being awaited.
        return Value::from_bool(is_async_gen ? async_generator_running(gen) : gen->running);
    }
    if (attr == "frame") {
        if (!gen->frame) return Value::none();
        gen->frame->escaped = true; // still readable after the generator finishes
        return gen->frame->value();
    }
    if (attr == "code") return gen->code ? gen->code->value() : Value::none();
    if (attr == "suspended" && !is_async_gen) {
        return Value::from_bool(gen->frame && gen->frame->pc != 0 && !gen->running);
    }
    // gi_yieldfrom / cr_await / ag_await: what a suspended `yield from` or `await` delegates to.
    if (attr == (gen->type == interp.types.generator ? "yieldfrom" : "await")) {
        const Value delegate = delegate_of(gen);
        return delegate.is_absent() ? Value::none() : delegate;
    }
    return generic_getattr(interp, self, name, suppress_missing);
}

// __name__ and __qualname__ can be replaced, by strings only.
int generator_setattr(Interpreter& interp, Value self, Str* name, Value value) {
    Generator* gen = self_generator(self);
    const bool is_name = name->equals("__name__");
    if (is_name || name->equals("__qualname__")) {
        if (value.is_absent() || !is_str(value)) {
            interp.raise_format(interp.exceptions.type_error,
                                "__%s__ must be set to a string object",
                                is_name ? "name" : "qualname");
            return -1;
        }
        const Value kept = (is_name ? generator_qualname(gen) : generator_name(gen))->value();
        gen->names = is_name ? Tuple::make(interp, {value, kept}) : Tuple::make(interp, {kept, value});
        return 0;
    }
    return generic_setattr(interp, self, name, value);
}

void trace_generator(Object* self, Tracer& tracer) {
    auto* gen = static_cast<Generator*>(self);
    tracer.mark(gen->frame);
    tracer.mark(gen->code);
    tracer.mark(gen->names);
    tracer.mark(gen->handled);
}

bool set_thrown_exception(Interpreter& interp, const Value* args, size_t nargs) {
    const Value typ = args[0];
    const Value val = nargs > 1 ? args[1] : Value::none();
    const Value tb = nargs > 2 ? args[2] : Value::none();
    if (!tb.is_none() && type_of(interp, tb) != interp.types.traceback) {
        interp.raise_type_error("throw() third argument must be a traceback object");
        return false;
    }
    if (is_exception_class(typ)) {
        Value exc;
        if (is_exception_instance(val) && is_instance(interp, val, as_type(typ))) {
            exc = val;
        } else if (val.is_none()) {
            exc = ops::call0(interp, typ);
        } else if (is_tuple(val)) {
            exc = ops::call(interp, typ, as_tuple(val)->items(), as_tuple(val)->size());
        } else {
            exc = ops::call1(interp, typ, val);
        }
        if (exc.is_error()) return false;
        if (!is_exception_instance(exc)) {
            interp.raise_format(interp.exceptions.type_error,
                                "calling %s should have returned an instance of BaseException, "
                                "not %s",
                                std::string(type_name(interp, typ)).c_str(),
                                std::string(type_name(interp, exc)).c_str());
            return false;
        }
        if (!tb.is_none()) as_exception(exc)->traceback = tb;
        interp.set_pending(exc);
        return true;
    }
    if (is_exception_instance(typ)) {
        if (!val.is_none()) {
            interp.raise_type_error("instance exception may not have a separate value");
            return false;
        }
        if (!tb.is_none()) as_exception(typ)->traceback = tb;
        interp.set_pending(typ);
        return true;
    }
    interp.raise_format(interp.exceptions.type_error,
                        "exceptions must be classes or instances deriving from BaseException, "
                        "not %s",
                        std::string(type_name(interp, typ)).c_str());
    return false;
}

ResumeResult throw_generator(Interpreter& interp, Generator* gen, Value* out) {
    return throw_into(interp, gen, out);
}

Value get_awaitable(Interpreter& interp, Value v, uint32_t site) {
    if (is_coroutine(interp, v)) {
        if (!delegate_of(as_generator(v)).is_absent()) {
            return interp.raise(interp.exceptions.runtime_error,
                                "coroutine is being awaited already");
        }
        return v;
    }
    if (const UnaryFn await_native = type_of(interp, v)->slots.await_) {
        return await_native(interp, v);
    }
    const Value method = type_lookup(type_of(interp, v), interp.intern("__await__"));
    if (method.is_absent()) {
        if (site != 0) {
            return interp.raise_format(interp.exceptions.type_error,
                                       "'async with' received an object from %s that does not "
                                       "implement __await__: %s",
                                       site == 1 ? "__aenter__" : "__aexit__",
                                       std::string(type_name(interp, v)).c_str());
        }
        return interp.raise_format(interp.exceptions.type_error,
                                   "object %s can't be used in 'await' expression",
                                   std::string(type_name(interp, v)).c_str());
    }
    const Value it = ops::call_method(interp, v, interp.intern("__await__"), nullptr, 0);
    if (it.is_error()) return it;
    if (is_coroutine(interp, it))
        return interp.raise_type_error("__await__() returned a coroutine");
    if (!type_of(interp, it)->slots.iternext) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "__await__() returned non-iterator of type '%s'",
                                   std::string(type_name(interp, it)).c_str());
    }
    return it;
}

void init_generator_types(Interpreter& interp) {
    Type* g = make_builtin_type(interp, "generator", interp.types.object, sizeof(Generator), 0);
    g->slots.iter = gen_iter;
    g->slots.iternext = gen_iternext;
    interp.types.generator = g;
    // Coroutines are not iterators: only `await` (SEND) and send/throw/close drive them.
    Type* c = make_builtin_type(interp, "coroutine", interp.types.object, sizeof(Coroutine), 0);
    interp.types.coroutine = c;
    for (Type* t : {g, c}) {
        t->slots.repr = generator_repr;
        t->slots.getattr = generator_getattr;
        t->slots.setattr = generator_setattr;
        t->slots.trace = trace_generator;
        add_method(interp, t, "send", gen_send);
        add_method(interp, t, "throw", gen_throw);
        add_method(interp, t, "close", gen_close_method);
    }
    static_assert(sizeof(Coroutine) == sizeof(Generator), "a suspended task holds one");
    add_method(interp, g, "__next__", gen_next_method);
    init_async_generator_types(interp);
}

} // namespace coil::vm
