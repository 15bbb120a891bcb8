// SIGINT as Python sees it: the handler only records the signal; the interpreter turns it into
// KeyboardInterrupt (or asyncio.run's cancellation of its main task) at the next backward
// jump, or between event-loop callbacks.
#pragma once
#include <csignal>

namespace coil::vm {

class Interpreter;

// Set by the handler, cleared by handle_sigint. A signal belongs to the process, not to one
// interpreter, so this is the one piece of process-wide state (CPython's is_tripped).
extern volatile std::sig_atomic_t sigint_pending;

// Installs the SIGINT handler, as CPython's command line does at start-up (a host embedding
// coil decides for itself whether to call this).
void install_sigint_handler();

// What the handler wakes when the signal arrives while the event loop sleeps: `wake(data)`
// must be async-signal-safe (uv_async_send). nullptr: nothing sleeps.
void set_sigint_wakeup(void (*wake)(void* data), void* data);

// Consumes the pending SIGINT: runs interp.sigint_hook when one is set, else raises
// KeyboardInterrupt. false with the exception pending.
bool handle_sigint(Interpreter& interp);

} // namespace coil::vm
