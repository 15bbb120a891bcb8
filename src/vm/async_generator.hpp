// Async generators (PEP 525): `async def` functions with `yield`, driven through the
// awaitables asend()/__anext__() and athrow()/aclose() return, and the sys.set_asyncgen_hooks
// interface an event loop uses to track and finalize them.
//
// For the event loop: sys.set_asyncgen_hooks(firstiter=, finalizer=) stores the hooks in
// interp.exec (asyncgen_firstiter / asyncgen_finalizer). firstiter(agen) is called when an
// async generator is first iterated (its first __anext__/asend/athrow/aclose), which is
// where asyncio's loop adds it to the set that shutdown_asyncgens() closes with aclose().
// The finalizer in effect at that moment is kept by the generator (async_generator_finalizer);
// coil's collector runs no finalizers, so nothing calls it implicitly.
#pragma once
#include "vm/generator.hpp"

namespace coil::vm {

struct Module;

struct AsyncGenerator : Generator {
    Value finalizer = Value::none(); // sys.get_asyncgen_hooks().finalizer when first iterated
    bool hooks_inited = false;       // firstiter has been called
    bool running_async = false;      // an asend()/athrow() awaitable is being driven
    bool closed = false;             // finished, or aclose() began
};

inline AsyncGenerator* as_async_generator(Value v) {
    return static_cast<AsyncGenerator*>(v.as_object());
}

// An async generator object with no frame yet (make_generator attaches it).
AsyncGenerator* make_async_generator(Interpreter& interp);

// ag_running.
bool async_generator_running(const Generator* gen);

// The finalizer an async generator keeps (None when there was none).
Value async_generator_finalizer(Value agen);

// ASYNC_GEN_WRAP: marks a value yielded by an async generator's `yield` (rather than passed
// through from an `await` inside it), so asend() can tell the two apart.
Value wrap_async_yield(Interpreter& interp, Value value);

// sys.set_asyncgen_hooks(firstiter=..., finalizer=...) and sys.get_asyncgen_hooks().
Value sys_set_asyncgen_hooks(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames);
Value sys_get_asyncgen_hooks(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames);

void init_async_generator_types(Interpreter& interp);

} // namespace coil::vm
