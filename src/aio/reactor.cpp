// The libuv reactor and the virtual clock.
#include "aio/reactor.hpp"

#include "vm/signals.hpp"

#include <uv.h>

#include <cmath>

namespace coil::aio {

namespace {

double monotonic_seconds() {
    return static_cast<double>(uv_hrtime()) / 1e9;
}

// libuv's loop with one timer for the deadline. It is made on the first real wait, so a
// program that never sleeps never opens an epoll descriptor.
class UvReactor final : public Reactor {
public:
    ~UvReactor() override {
        if (!loop_) return;
        uv_close(reinterpret_cast<uv_handle_t*>(&timer_), nullptr);
        uv_close(reinterpret_cast<uv_handle_t*>(&sigint_wakeup_), nullptr);
        uv_run(loop_.get(), UV_RUN_DEFAULT);
        uv_loop_close(loop_.get());
    }

    double time() override { return monotonic_seconds(); }

    void wait(double timeout) override {
        if (timeout == 0) return; // no I/O sources yet: nothing to poll
        if (!loop_) {
            loop_ = std::make_unique<uv_loop_t>();
            uv_loop_init(loop_.get());
            uv_timer_init(loop_.get(), &timer_);
            uv_async_init(loop_.get(), &sigint_wakeup_, [](uv_async_t*) {});
        }
        // Without a limit nothing can wake the loop until I/O exists: wait in long steps, as
        // CPython's selector would block.
        const double seconds = timeout < 0 ? 86400.0 : timeout;
        // Milliseconds rounded up, as CPython's epoll timeout is, so the deadline has passed.
        const auto ms = static_cast<uint64_t>(std::ceil(seconds * 1000.0));
        uv_update_time(loop_.get());
        uv_timer_start(
            &timer_, [](uv_timer_t*) {}, ms, 0);
        // A SIGINT ends the wait early, so the loop can deliver it (asyncio.run cancels).
        vm::set_sigint_wakeup(
            [](void* async) { uv_async_send(static_cast<uv_async_t*>(async)); }, &sigint_wakeup_);
        if (!vm::sigint_pending) uv_run(loop_.get(), UV_RUN_ONCE);
        vm::set_sigint_wakeup(nullptr, nullptr);
        uv_timer_stop(&timer_);
    }

private:
    std::unique_ptr<uv_loop_t> loop_;
    uv_timer_t timer_{};
    uv_async_t sigint_wakeup_{};
};

class VirtualReactor final : public Reactor {
public:
    double time() override { return now_; }
    void wait(double timeout) override {
        if (timeout > 0) {
            now_ += timeout;
        } else if (timeout < 0) {
            real_.wait(timeout); // nothing can ever happen: block as the real loop would
        }
    }

private:
    double now_ = monotonic_seconds();
    UvReactor real_;
};

} // namespace

std::unique_ptr<Reactor> make_uv_reactor() {
    return std::make_unique<UvReactor>();
}

std::unique_ptr<Reactor> make_virtual_reactor() {
    return std::make_unique<VirtualReactor>();
}

} // namespace coil::aio
