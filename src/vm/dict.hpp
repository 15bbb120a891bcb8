// dict: CPython 3.6+'s compact insertion-ordered hash table. A sparse index table points into
// a dense array of (hash, key, value) entries kept in insertion order.
//
// Lookups by Str* (globals, attributes, keyword arguments) never run Python code and cannot
// fail: they compare pointers first, then cached hashes, then bytes. Lookups by any Value may
// call __hash__/__eq__ and so may fail with an exception pending.
#pragma once
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

#include <cstdint>

namespace coil::vm {

struct DictEntry {
    int64_t hash;
    Value key; // Value::absent(): a deleted entry, skipped by iteration
    Value value;
};

struct Dict : Object {
    static Dict* make(Interpreter& interp, size_t expected_size = 0);

    size_t size() const { return size_; }

    // --- Str keys: no Python code runs, never fails. A key is found only if it is a str.
    Value get(const Str* key) const;                     // Value::absent() when missing
    int set(Interpreter& interp, Str* key, Value value); // always 0: cannot fail
    bool remove(const Str* key);                         // false when missing
    // Position of `key` in the entries (stable until the next insertion or deletion), or -1.
    int64_t entry_index(const Str* key) const;

    // --- Any key: may call __hash__ / __eq__.
    Value get(Interpreter& interp, Value key); // absent when missing, error() on failure
    Value get(Interpreter& interp, Value key, int64_t hash);
    int set(Interpreter& interp, Value key, Value value); // 0, or -1 on failure
    int set(Interpreter& interp, Value key, int64_t hash, Value value);
    int remove(Interpreter& interp, Value key); // 1 removed, 0 missing, -1 failure
    // Removes `key` and stores its value in *value; same results as remove.
    int pop(Interpreter& interp, Value key, Value* value);

    void clear();
    Dict* copy(Interpreter& interp) const;
    // dict.update(other) for another dict; 0 or -1.
    int update(Interpreter& interp, Dict* other);

    // Iteration in insertion order: `pos` starts at 0; false at the end.
    bool next(size_t& pos, Value* key, Value* value) const {
        while (pos < used_entries_) {
            const DictEntry& e = entries_[pos++];
            if (!e.key.is_absent()) {
                *key = e.key;
                *value = e.value;
                return true;
            }
        }
        return false;
    }
    // Changes on every insertion or deletion (not on overwriting a value), so iterators can
    // raise "dictionary changed size during iteration" and caches can validate. Unique across
    // the thread's dicts; 0 only while a dict has never had a key.
    uint64_t version() const { return version_; }

    void trace(Tracer& tracer) const;
    void release_storage();

    // Storage: one malloc'd block holding the index table (int32, capacity_ slots) and then
    // the entries (usable() of them).
    int32_t* index_ = nullptr;
    DictEntry* entries_ = nullptr;
    uint32_t capacity_ = 0;     // index slots, a power of two (0 before the first insertion)
    uint32_t used_entries_ = 0; // entries written, deleted ones included
    uint32_t size_ = 0;         // live entries
    uint64_t version_ = 0;

private:
    static constexpr int32_t empty_slot = -1;
    static constexpr int32_t deleted_slot = -2;
    uint32_t usable() const { return capacity_ - capacity_ / 3; }
    void resize(Interpreter& interp, size_t min_size);
    void insert_new(Interpreter& interp, Value key, int64_t hash, Value value);
    // Index-table slot holding `key`, or -1 when missing, -2 on failure.
    int64_t find_str(const Str* key, int64_t hash) const;
    int64_t find(Interpreter& interp, Value key, int64_t hash);
    void remove_at(int64_t slot);
};

inline bool is_dict(Value v) {
    return v.is_object() && v.as_object()->type->has_flag(TypeDictSubclass);
}
inline Dict* as_dict(Value v) {
    return static_cast<Dict*>(v.as_object());
}

void init_dict_type(Interpreter& interp);

} // namespace coil::vm
