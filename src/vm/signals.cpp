// The SIGINT handler and its delivery to the interpreter as KeyboardInterrupt.
#include "vm/signals.hpp"

#include "vm/exception.hpp"
#include "vm/interpreter.hpp"
#include "vm/tuple.hpp"

#include <atomic>

namespace coil::vm {

volatile std::sig_atomic_t sigint_pending = 0;

namespace {

struct Wakeup {
    void (*wake)(void*);
    void* data;
};

// Read by the handler, so swapped whole and lock-free.
std::atomic<const Wakeup*> current_wakeup{nullptr};
Wakeup wakeup_storage[2];
int wakeup_slot = 0;

void on_sigint(int) {
    sigint_pending = 1;
    if (const Wakeup* w = current_wakeup.load()) w->wake(w->data);
}

} // namespace

void install_sigint_handler() {
    struct sigaction action {};
    action.sa_handler = on_sigint;
    sigemptyset(&action.sa_mask);
    // No SA_RESTART: a blocking call returns EINTR so its caller can raise KeyboardInterrupt.
    action.sa_flags = 0;
    sigaction(SIGINT, &action, nullptr);
}

void set_sigint_wakeup(void (*wake)(void* data), void* data) {
    if (!wake) {
        current_wakeup.store(nullptr);
        return;
    }
    // The handler may be reading the other slot right now; write the free one.
    wakeup_slot ^= 1;
    wakeup_storage[wakeup_slot] = Wakeup{wake, data};
    current_wakeup.store(&wakeup_storage[wakeup_slot]);
}

bool handle_sigint(Interpreter& interp) {
    sigint_pending = 0;
    if (interp.sigint_hook) return interp.sigint_hook(interp);
    interp.set_pending(
        make_exception(interp, interp.exceptions.keyboard_interrupt, Tuple::make(interp, 0))
            ->value());
    return false;
}

} // namespace coil::vm
