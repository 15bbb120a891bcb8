// The "coroutine '...' was never awaited" RuntimeWarning, for a coroutine whose call result an
// expression statement throws away.
#pragma once
#include "vm/interpreter.hpp"

namespace coil::vm {

struct Frame;

// Called with the value an expression statement of the form `f(...)` discards. CPython frees
// that value right there (its only reference was the stack slot), and freeing a coroutine that
// never started prints the warning, pointing at the statement in `frame`. coil has no
// reference counts, so it reproduces exactly this, the common case: a coroutine that is
// dropped later (a variable going out of scope) is not reported. Prints at most once per
// (message, line) of a module, as the default warning filter does through the module's
// __warningregistry__.
void warn_if_coroutine_never_awaited(Interpreter& interp, Frame* frame, Value discarded);

} // namespace coil::vm
