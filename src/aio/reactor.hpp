// Reactor: what the event loop waits on between iterations (time now, I/O later), behind a
// small interface so a host, a test or the virtual clock can stand in for libuv.
#pragma once
#include <memory>

namespace coil::aio {

class Reactor {
public:
    virtual ~Reactor() = default;
    // The loop's clock in seconds (CPython's loop.time(), time.monotonic()).
    virtual double time() = 0;
    // Waits until `timeout` seconds have passed or I/O is ready; a negative timeout waits
    // without limit, zero only polls.
    virtual void wait(double timeout) = 0;
};

// The real reactor: libuv's loop, the monotonic clock.
std::unique_ptr<Reactor> make_uv_reactor();

// A virtual clock: waiting for a timeout advances time() by it at once, so sleeps take no
// wall time while the order of events and the values of time() stay as if they had.
std::unique_ptr<Reactor> make_virtual_reactor();

} // namespace coil::aio
