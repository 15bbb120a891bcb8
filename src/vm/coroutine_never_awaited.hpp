// The "coroutine '...' was never awaited" RuntimeWarning CPython prints when a coroutine that
// never started is freed: for one an expression statement throws away, for one the collector
// finds dead, and for those still alive when the program ends.
#pragma once
#include "vm/interpreter.hpp"

#include <vector>

namespace coil::vm {

struct Coroutine;
struct Frame;
class Tracer;

using UnstartedCoroutine = Interpreter::UnstartedCoroutine;

// A new coroutine, made while `site` runs (nullptr: no Python frame): CPython would report it
// there if it were dropped unstarted.
void note_unstarted_coroutine(Interpreter& interp, Coroutine* coro, const Frame* site);
// Its first step (or a close before it): it can no longer be never awaited.
void forget_unstarted_coroutine(Interpreter& interp, Coroutine* coro);

// Called with the value an expression statement of the form `f(...)` discards. CPython frees
// that value right there (its only reference was the stack slot), and freeing a coroutine that
// never started prints the warning, pointing at the statement in `frame`. Prints at most once
// per (message, line) of a module, as the default warning filter does through the module's
// __warningregistry__.
void warn_if_coroutine_never_awaited(Interpreter& interp, Frame* frame, Value discarded);

// For the collector, once marking is done: prunes interp.unstarted_coroutines, and marks
// (keeps alive for this cycle) the dead coroutines that never started, returned in the order
// they were made. The caller finishes marking from them.
std::vector<UnstartedCoroutine> keep_coroutines_never_awaited(Interpreter& interp,
                                                              Tracer& tracer);

// After the collection: warns for each of those, at the place recorded when it was made,
// as CPython does when the creating function returns.
void report_coroutines_never_awaited(Interpreter& interp,
                                     const std::vector<UnstartedCoroutine>& dead);

// At the end of a program: the dead unstarted coroutines are reported as a collection would,
// then those still alive as CPython reports them while tearing the modules down
// ("sys:1: RuntimeWarning: coroutine 'f' was never awaited", once per name).
void report_coroutines_never_awaited_at_exit(Interpreter& interp);

} // namespace coil::vm
