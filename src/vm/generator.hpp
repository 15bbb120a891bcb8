// Generators and coroutines: a function's frame kept on the heap between `yield`s (or
// `await`s) and resumed by next(), send(), throw() and close(). Both are this one object,
// told apart by their type.
#pragma once
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

namespace coil::vm {

struct Dict;
struct Frame;
struct Str;

struct Generator : Object {
    Frame* frame = nullptr;     // nullptr once the generator has finished
    CodeObject* code = nullptr; // gi_code, which outlives the frame
    // (__name__, __qualname__) once either is assigned; until then the code's. Every word
    // counts here: a suspended task is a coroutine (issue 4's memory target).
    Tuple* names = nullptr;
    // The exception its except/finally bodies were handling when it last yielded (None when
    // none). The one its resumer was handling waits on ExecutionState::resumers_handled.
    Value handled = Value::none();
    bool running = false;
    // Made by a call whose result a `for` or `async for` statement iterates directly, so that
    // loop's stack slot is the only reference: leaving the loop early (POP_ITER, or an
    // exception unwinding past it) finalizes it there, when CPython's reference count would.
    bool loop_owned = false;
};

// Until its first step a coroutine is on interp.unstarted_coroutines, which remembers where
// CPython would say it was never awaited (coroutine_never_awaited.hpp). Both fields fit in
// Generator's tail padding.
struct Coroutine : Generator {
    static constexpr uint32_t not_unstarted = UINT32_MAX;
    bool reported = false;                    // "never awaited" was printed for it
    uint32_t unstarted_index = not_unstarted; // its record in interp.unstarted_coroutines
};

Str* generator_name(const Generator* gen);
Str* generator_qualname(const Generator* gen);

// What resuming a generator produced.
enum class ResumeResult { Yielded, Returned, Raised };

inline bool is_generator(const Interpreter& interp, Value v) {
    return v.is_object() && v.as_object()->type == interp.types.generator;
}
inline bool is_coroutine(const Interpreter& interp, Value v) {
    return v.is_object() && v.as_object()->type == interp.types.coroutine;
}
// A generator or a coroutine: something SEND can resume directly.
inline bool is_resumable(const Interpreter& interp, Value v) {
    return is_generator(interp, v) || is_coroutine(interp, v);
}
inline Generator* as_generator(Value v) {
    return static_cast<Generator*>(v.as_object());
}
inline Coroutine* as_coroutine(Value v) {
    return static_cast<Coroutine*>(v.as_object());
}

// A generator or async generator that a loop owns (Generator::loop_owned).
inline bool is_loop_owned(const Interpreter& interp, Value v) {
    if (!v.is_object()) return false;
    const Type* t = v.as_object()->type;
    return (t == interp.types.generator || t == interp.types.async_generator) &&
           static_cast<const Generator*>(v.as_object())->loop_owned;
}

// Wraps a frame prepared for a generator or coroutine function's code (by its code flags);
// no code runs yet. A coroutine's origin is read from interp.exec.current_frame, whose lasti
// must be the creating call.
Generator* make_generator(Interpreter& interp, Frame* frame);

// For the loop's CALL: `next` points at the instruction after the call that made `gen`. A
// `for` statement (GET_ITER, FOR_ITER) or `async for` (GET_AITER, GET_ANEXT) over the call's
// result owns it; a comprehension's outermost iterable (GET_ITER, CALL) does not.
void mark_if_loop_owned(Generator* gen, const uint32_t* next);

// Finalizes a loop-owned generator whose loop dropped it, as CPython's generator finalizer
// does: a generator is closed (an error is reported as "Exception ignored in"), an async
// generator is handed to the finalizer hook its event loop installed (or closed at once when
// there is none). A pending exception (one unwinding past the loop) is kept.
void finalize_abandoned(Interpreter& interp, Generator* gen);

// Every loop-owned generator in the stack slots [begin, end), which an exception unwinding is
// about to drop.
void finalize_abandoned_in(Interpreter& interp, Value* begin, Value* end);

// Runs `gen` until it yields, returns or raises. `value` is sent in (None for next());
// when `throwing`, the pending exception is raised at the yield instead. *out receives the
// yielded or returned value; on Raised the exception is pending.
ResumeResult resume_generator(Interpreter& interp, Generator* gen, Value value, bool throwing,
                              Value* out);

// gen.throw(exc) with `exc` pending: the innermost awaitable it delegates to sees it first,
// as CPython's gen_throw does; results as resume_generator's.
ResumeResult throw_generator(Interpreter& interp, Generator* gen, Value* out);

// next(gen): the next value, or error() with StopIteration(return value) pending once it
// finishes (the iternext slot reports exhaustion as absent and drops the value).
Value generator_next(Interpreter& interp, Generator* gen);

// gen.throw(typ[, val[, tb]]): makes the exception as `raise` would (typ a class or an
// instance) and leaves it pending; false with a TypeError pending when the arguments are bad.
bool set_thrown_exception(Interpreter& interp, const Value* args, size_t nargs);

// The bookkeeping around running a generator's frame, shared by resume_generator and the
// loop's SEND fast path (which runs the frame without leaving the loop): the running flag and
// the handled-exception state, and on finishing the PEP 479 StopIteration conversion.
void generator_resumed(Interpreter& interp, Generator* gen);
void generator_suspended(Interpreter& interp, Generator* gen);
void generator_finished(Interpreter& interp, Generator* gen, bool raised);

// GET_AWAITABLE: a coroutine itself, or the iterator its __await__ returns; error() with
// CPython's TypeError when the value cannot be awaited. `site` is GET_AWAITABLE's argument:
// 1 or 2 when v came from __aenter__ or __aexit__, which the message then names.
Value get_awaitable(Interpreter& interp, Value v, uint32_t site = 0);

// The slots generators, coroutines and async generators share: repr, the gi_/cr_/ag_
// attributes, and tracing of the Generator fields.
Value generator_repr(Interpreter& interp, Value self);
Value generator_getattr(Interpreter& interp, Value self, Str* name, bool suppress_missing);
void trace_generator(Object* self, Tracer& tracer);

void init_generator_types(Interpreter& interp);

} // namespace coil::vm
