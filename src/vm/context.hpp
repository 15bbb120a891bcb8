// contextvars' Context, ContextVar and Token: the mapping of context variables code runs in.
// The interpreter holds the current context; asyncio runs each task step and each callback
// inside the context it captured (aio/task.cpp, aio/event_loop.cpp).
#pragma once
#include "vm/dict.hpp"
#include "vm/interpreter.hpp"

namespace coil::vm {

struct Context : Object {
    // Shared by copies and never changed once made: ContextVar.set replaces it with a new
    // dict, so copy_context() is O(1) as with CPython's immutable HAMT.
    Dict* vars = nullptr;
    Context* prev = nullptr; // the context that was current when this one was entered
    // The interpreter's borrowed context only: where the Context made on the first
    // ContextVar.set is stored (context_enter_owned).
    Object** owner = nullptr;
    bool entered = false;
};

struct ContextVar : Object {
    Str* name = nullptr;
    Value default_value = Value::absent(); // absent: no default
};

struct ContextToken : Object {
    Context* context = nullptr;
    ContextVar* var = nullptr;
    Value old_value = Value::absent(); // absent: Token.MISSING
    bool used = false;
};

// The context code runs in now (an empty one is made the first time).
Context* current_context(Interpreter& interp);
// contextvars.copy_context(): a new context with the current one's variables.
Context* copy_context(Interpreter& interp);
// Is v a contextvars.Context?
bool is_context(Interpreter& interp, Value v);

// Makes `ctx` current, as Context.run does on entry; false with RuntimeError "cannot enter
// context: ... is already entered" when it is current somewhere already.
bool context_enter(Interpreter& interp, Context* ctx);
// Restores the context that was current before context_enter(ctx).
void context_exit(Interpreter& interp, Context* ctx);

// A context owned by one runner (an asyncio Task), held in *slot as either a Context or, until
// it is needed, only the variables dict it was copied from: copy_context() for every task
// would cost a Context per suspended task. Entering a dict steps in the interpreter's borrowed
// context; the first ContextVar.set() there makes the real Context and stores it in *slot.
// `vars` for a new slot: the current context's variables (what copy_context() would copy).
Object* context_snapshot(Interpreter& interp);
bool context_enter_owned(Interpreter& interp, Object** slot);
void context_exit_owned(Interpreter& interp, Object** slot);

// ContextVar.get() with no default: absent (no exception) when the variable has no value.
Value context_var_lookup(Interpreter& interp, ContextVar* var);

// Creates the three types in interp.types (once).
void init_context_types(Interpreter& interp);

} // namespace coil::vm
