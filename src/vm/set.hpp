// set and frozenset: CPython's open-addressing table (linear probes, then perturbation), so
// iteration order, and therefore printed output, matches python3's.
#pragma once
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

namespace coil::vm {

struct SetEntry {
    int64_t hash;
    Value key; // absent: never used; error(): a deleted entry (CPython's dummy)
};

struct Set : Object {
    static Set* make(Interpreter& interp, bool frozen = false);

    size_t size() const { return used; }
    // 1 added, 0 already there, -1 failure.
    int add(Interpreter& interp, Value key);
    int contains(Interpreter& interp, Value key); // 1, 0, -1
    int discard(Interpreter& interp, Value key);  // 1 removed, 0 missing, -1 failure
    // Adds every item of an iterable (sets and dicts take CPython's fast paths). 0 or -1.
    int update(Interpreter& interp, Value iterable);
    bool next(size_t& pos, Value* key) const {
        if (!table) return false; // never grown: no slots at all
        while (pos <= mask) {
            const SetEntry& e = table[pos++];
            if (!e.key.is_absent() && !e.key.is_error()) {
                *key = e.key;
                return true;
            }
        }
        return false;
    }

    SetEntry* table = nullptr;
    size_t mask = 0;
    size_t fill = 0;   // active plus deleted entries
    size_t used = 0;   // active entries
    size_t finger = 0; // where pop() looks next
};

inline bool is_set_or_frozenset(const Interpreter& interp, Value v) {
    if (!v.is_object()) return false;
    Type* t = v.as_object()->type;
    return t == interp.types.set || t == interp.types.frozenset ||
           (t->base && (t->base == interp.types.set || t->base == interp.types.frozenset));
}

// A set display of three or more constants ({8, 16, 32}) as CPython 3.11 evaluates it: the
// compiler folds it into a frozenset constant, rebuilt once from its own iteration order, and
// SET_UPDATE copies that; the printed order follows. nullptr with an exception on failure.
Set* set_from_constant_display(Interpreter& interp, const Value* items, size_t count);

void init_set_types(Interpreter& interp);

} // namespace coil::vm
