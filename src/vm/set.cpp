// set and frozenset: the table (a transcription of CPython 3.11's setobject.c algorithms, so
// element order matches), the operators, the methods and frozenset's hash.
#include "vm/set.hpp"

#include "vm/class_creation.hpp"
#include "vm/dict.hpp"
#include "vm/exception.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>

namespace coil::vm {

namespace {

constexpr size_t min_size = 8;
constexpr size_t linear_probes = 9;
constexpr int perturb_shift = 5;

SetEntry* allocate_table(Interpreter& interp, size_t slots) {
    auto* t = static_cast<SetEntry*>(std::malloc(slots * sizeof(SetEntry)));
    if (!t) throw std::bad_alloc();
    for (size_t i = 0; i < slots; ++i) t[i] = SetEntry{0, Value::absent()};
    interp.heap().note_external_allocation(slots * sizeof(SetEntry));
    return t;
}

bool is_empty(const SetEntry& e) {
    return e.key.is_absent();
}
bool is_dummy(const SetEntry& e) {
    return e.key.is_error();
}

void insert_clean(SetEntry* table, size_t mask, Value key, int64_t hash) {
    auto perturb = static_cast<uint64_t>(hash);
    size_t i = static_cast<size_t>(hash) & mask;
    for (;;) {
        SetEntry* entry = &table[i];
        if (is_empty(*entry)) {
            *entry = SetEntry{hash, key};
            return;
        }
        if (i + linear_probes <= mask) {
            for (size_t j = 0; j < linear_probes; ++j) {
                ++entry;
                if (is_empty(*entry)) {
                    *entry = SetEntry{hash, key};
                    return;
                }
            }
        }
        perturb >>= perturb_shift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

void resize(Interpreter& interp, Set* s, size_t min_used) {
    size_t new_size = min_size;
    while (new_size <= min_used) new_size <<= 1;
    SetEntry* old = s->table;
    size_t old_slots = old ? s->mask + 1 : 0;
    SetEntry* table = allocate_table(interp, new_size);
    size_t mask = new_size - 1;
    for (size_t i = 0; i < old_slots; ++i) {
        if (!is_empty(old[i]) && !is_dummy(old[i]))
            insert_clean(table, mask, old[i].key, old[i].hash);
    }
    s->fill = s->used;
    std::free(old);
    s->table = table;
    s->mask = mask;
}

void ensure_table(Interpreter& interp, Set* s) {
    if (!s->table) {
        s->table = allocate_table(interp, min_size);
        s->mask = min_size - 1;
    }
}

// Keys equal? Identity and str first, then __eq__ (which may run Python code).
int keys_equal(Interpreter& interp, Value a, Value b) {
    if (a == b) return 1;
    if (is_str(a) && is_str(b)) return as_str(a)->equals(as_str(b));
    if (a.is_small_int() && b.is_small_int()) return 0;
    return ops::equals(interp, a, b);
}

// The slot holding key, or nullptr; *failed on comparison errors.
SetEntry* lookup(Interpreter& interp, Set* s, Value key, int64_t hash, bool* failed) {
    *failed = false;
    if (!s->table) return nullptr;
restart:
    size_t mask = s->mask;
    auto perturb = static_cast<uint64_t>(hash);
    size_t i = static_cast<size_t>(hash) & mask;
    for (;;) {
        SetEntry* entry = &s->table[i];
        size_t probes = (i + linear_probes <= mask) ? linear_probes : 0;
        for (;;) {
            if (is_empty(*entry)) return nullptr;
            if (entry->hash == hash && !is_dummy(*entry)) {
                SetEntry* table_before = s->table;
                Value start = entry->key;
                int eq = keys_equal(interp, start, key);
                if (eq < 0) {
                    *failed = true;
                    return nullptr;
                }
                if (s->table != table_before || entry->key != start) goto restart;
                if (eq) return entry;
            }
            if (probes-- == 0) break;
            ++entry;
        }
        perturb >>= perturb_shift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

int add_entry(Interpreter& interp, Set* s, Value key, int64_t hash) {
    ensure_table(interp, s);
restart:
    size_t mask = s->mask;
    size_t i = static_cast<size_t>(hash) & mask;
    SetEntry* freeslot = nullptr;
    auto perturb = static_cast<uint64_t>(hash);
    SetEntry* entry;
    for (;;) {
        entry = &s->table[i];
        size_t probes = (i + linear_probes <= mask) ? linear_probes : 0;
        for (;;) {
            if (is_empty(*entry)) goto found_unused_or_dummy;
            if (entry->hash == hash && !is_dummy(*entry)) {
                SetEntry* table_before = s->table;
                Value start = entry->key;
                int eq = keys_equal(interp, start, key);
                if (eq < 0) return -1;
                if (s->table != table_before || entry->key != start) goto restart;
                if (eq) return 0;
                mask = s->mask;
            } else if (is_dummy(*entry) && !freeslot) {
                freeslot = entry;
            }
            if (probes-- == 0) break;
            ++entry;
        }
        perturb >>= perturb_shift;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot) {
        ++s->used;
        *freeslot = SetEntry{hash, key};
        return 1;
    }
    ++s->fill;
    ++s->used;
    *entry = SetEntry{hash, key};
    if (s->fill * 5 >= mask * 3) resize(interp, s, s->used > 50000 ? s->used * 2 : s->used * 4);
    return 1;
}

int discard_entry(Interpreter& interp, Set* s, Value key, int64_t hash) {
    bool failed;
    SetEntry* e = lookup(interp, s, key, hash, &failed);
    if (failed) return -1;
    if (!e) return 0;
    e->key = Value::error();
    e->hash = -1;
    --s->used;
    return 1;
}

// set_merge: another set's entries, with CPython's bulk paths.
void merge(Interpreter& interp, Set* s, Set* other) {
    if (other == s || other->used == 0) return;
    ensure_table(interp, s);
    if ((s->fill + other->used) * 5 >= s->mask * 3) resize(interp, s, (s->used + other->used) * 2);
    if (s->fill == 0 && s->mask == other->mask && other->fill == other->used) {
        std::memcpy(s->table, other->table, (s->mask + 1) * sizeof(SetEntry));
        s->fill = other->fill;
        s->used = other->used;
        return;
    }
    if (s->fill == 0) {
        s->fill = other->used;
        s->used = other->used;
        for (size_t i = 0; i <= other->mask; ++i) {
            const SetEntry& e = other->table[i];
            if (!is_empty(e) && !is_dummy(e)) insert_clean(s->table, s->mask, e.key, e.hash);
        }
        return;
    }
    for (size_t i = 0; i <= other->mask; ++i) {
        const SetEntry& e = other->table[i];
        // Keys from a set were already compared equal-or-not by hash: no failure possible
        // except through __eq__ of colliding keys, which other set operations share.
        if (!is_empty(e) && !is_dummy(e)) add_entry(interp, s, e.key, e.hash);
    }
}

Set* as_set(Value v) {
    return static_cast<Set*>(v.as_object());
}

void trace_set(Object* self, Tracer& tracer) {
    auto* s = static_cast<Set*>(self);
    if (!s->table) return;
    for (size_t i = 0; i <= s->mask; ++i) tracer.mark(s->table[i].key);
}

void finalize_set(Object* self) {
    std::free(static_cast<Set*>(self)->table);
}

Set* make_like(Interpreter& interp, Value like) {
    Type* t = type_of(interp, like);
    bool frozen = t == interp.types.frozenset || t->base == interp.types.frozenset;
    return Set::make(interp, frozen);
}

Set* copy_of(Interpreter& interp, Set* s, bool frozen) {
    Set* r = Set::make(interp, frozen);
    merge(interp, r, s);
    return r;
}

// The other operand as a set (sets as they are, other iterables collected).
Set* as_set_operand(Interpreter& interp, Value v) {
    if (is_set_or_frozenset(interp, v)) return as_set(v);
    Set* s = Set::make(interp);
    Rooted keep(interp.shadow_roots(), s->value());
    if (s->update(interp, v) < 0) return nullptr;
    return s;
}

Value set_repr(Interpreter& interp, Value self) {
    Set* s = as_set(self);
    bool frozen = type_of(interp, self) != interp.types.set;
    std::string name(type_of(interp, self)->name->view());
    if (s->used == 0) return Str::make(interp, name + "()")->value();
    auto& active = interp.repr_active;
    if (std::find(active.begin(), active.end(), s) != active.end()) {
        return Str::make(interp, name + "(...)")->value();
    }
    active.push_back(s);
    std::string out = frozen || type_of(interp, self) != interp.types.set ? name + "({" : "{";
    size_t pos = 0;
    Value k;
    bool first = true;
    while (s->next(pos, &k)) {
        if (!first) out += ", ";
        first = false;
        Str* r = ops::repr(interp, k);
        if (!r) {
            active.pop_back();
            return Value::error();
        }
        out += r->view();
    }
    out += frozen || type_of(interp, self) != interp.types.set ? "})" : "}";
    active.pop_back();
    return Str::make(interp, out)->value();
}

int64_t set_len(Interpreter&, Value self) {
    return static_cast<int64_t>(as_set(self)->used);
}

int set_contains_slot(Interpreter& interp, Value self, Value key) {
    int r = as_set(self)->contains(interp, key);
    if (r < 0 && is_set_or_frozenset(interp, key) &&
        interp.pending_matches(interp.exceptions.type_error)) {
        // A set is looked up as the frozenset with the same items.
        interp.clear_pending();
        Set* f = copy_of(interp, as_set(key), true);
        return as_set(self)->contains(interp, f->value());
    }
    return r;
}

struct SetIterator : Object {
    Set* set;
    size_t pos;
    size_t size_at_start;
};

void trace_set_iterator(Object* self, Tracer& tracer) {
    tracer.mark(static_cast<SetIterator*>(self)->set);
}

Value set_iter(Interpreter& interp, Value self) {
    auto* it = interp.heap().make<SetIterator>(interp.types.set_iterator);
    it->set = as_set(self);
    it->pos = 0;
    it->size_at_start = as_set(self)->used;
    return it->value();
}

Value set_iterator_next(Interpreter& interp, Value self) {
    auto* it = static_cast<SetIterator*>(self.as_object());
    if (!it->set) return Value::absent();
    if (it->set->used != it->size_at_start) {
        it->size_at_start = SIZE_MAX;
        return interp.raise(interp.exceptions.runtime_error, "Set changed size during iteration");
    }
    Value k;
    if (!it->set->table || !it->set->next(it->pos, &k)) {
        it->set = nullptr;
        return Value::absent();
    }
    return k;
}

Value iter_self(Interpreter&, Value self) {
    return self;
}

bool is_subset(Interpreter& interp, Set* a, Set* b, int* failed) {
    *failed = 0;
    if (a->used > b->used) return false;
    size_t pos = 0;
    Value k;
    while (a->next(pos, &k)) {
        int c = b->contains(interp, k);
        if (c < 0) {
            *failed = 1;
            return false;
        }
        if (!c) return false;
    }
    return true;
}

Value set_richcompare(Interpreter& interp, Value self, Value other, CompareOp op) {
    if (!is_set_or_frozenset(interp, other)) return interp.not_implemented;
    Set* a = as_set(self);
    Set* b = as_set(other);
    int failed = 0;
    bool r;
    switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
        r = a->used == b->used && is_subset(interp, a, b, &failed);
        if (failed) return Value::error();
        return Value::from_bool(op == CompareOp::Eq ? r : !r);
    case CompareOp::Le:
        r = is_subset(interp, a, b, &failed);
        break;
    case CompareOp::Lt:
        r = a->used < b->used && is_subset(interp, a, b, &failed);
        break;
    case CompareOp::Ge:
        r = is_subset(interp, b, a, &failed);
        break;
    default:
        r = a->used > b->used && is_subset(interp, b, a, &failed);
        break;
    }
    if (failed) return Value::error();
    return Value::from_bool(r);
}

uint64_t shuffle_bits(uint64_t h) {
    return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull;
}

int64_t frozenset_hash(Interpreter&, Value self) {
    Set* s = as_set(self);
    uint64_t hash = 0;
    size_t pos = 0;
    Value k;
    while (s->next(pos, &k)) hash ^= shuffle_bits(static_cast<uint64_t>(s->table[pos - 1].hash));
    hash ^= (static_cast<uint64_t>(s->used) + 1) * 1927868237ull;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069u + 907133923ull;
    if (hash == static_cast<uint64_t>(-1)) hash = 590923713ull;
    return static_cast<int64_t>(hash);
}

// --- Set algebra, shared by operators and methods.

Set* set_union(Interpreter& interp, Value a, Value b) {
    Set* r = copy_of(interp, as_set(a), type_of(interp, a) != interp.types.set);
    Rooted keep(interp.shadow_roots(), r->value());
    if (r->update(interp, b) < 0) return nullptr;
    return r;
}

Set* set_intersection(Interpreter& interp, Value a, Value b) {
    Set* result = make_like(interp, a);
    Rooted keep(interp.shadow_roots(), result->value());
    Set* other = as_set_operand(interp, b);
    if (!other) return nullptr;
    Rooted keep_other(interp.shadow_roots(), other->value());
    Set* small = as_set(a);
    Set* large = other;
    if (small->used > large->used) std::swap(small, large);
    size_t pos = 0;
    Value k;
    while (small->next(pos, &k)) {
        int64_t h = small->table[pos - 1].hash;
        bool failed;
        SetEntry* e = lookup(interp, large, k, h, &failed);
        if (failed) return nullptr;
        if (e && add_entry(interp, result, k, h) < 0) return nullptr;
    }
    return result;
}

Set* set_difference(Interpreter& interp, Value a, Value b) {
    Set* other = as_set_operand(interp, b);
    if (!other) return nullptr;
    Rooted keep_other(interp.shadow_roots(), other->value());
    Set* s = as_set(a);
    Set* result;
    if ((s->used >> 2) > other->used) {
        result = copy_of(interp, s, type_of(interp, a) != interp.types.set);
        size_t pos = 0;
        Value k;
        while (other->next(pos, &k)) {
            if (discard_entry(interp, result, k, other->table[pos - 1].hash) < 0) return nullptr;
        }
        return result;
    }
    result = make_like(interp, a);
    Rooted keep(interp.shadow_roots(), result->value());
    size_t pos = 0;
    Value k;
    while (s->next(pos, &k)) {
        int64_t h = s->table[pos - 1].hash;
        bool failed;
        SetEntry* e = lookup(interp, other, k, h, &failed);
        if (failed) return nullptr;
        if (!e && add_entry(interp, result, k, h) < 0) return nullptr;
    }
    return result;
}

int symmetric_update(Interpreter& interp, Set* s, Set* other) {
    size_t pos = 0;
    Value k;
    while (other->next(pos, &k)) {
        int64_t h = other->table[pos - 1].hash;
        int r = discard_entry(interp, s, k, h);
        if (r < 0) return -1;
        if (r == 0 && add_entry(interp, s, k, h) < 0) return -1;
    }
    return 0;
}

Set* set_symmetric_difference(Interpreter& interp, Value a, Value b) {
    Set* other = as_set_operand(interp, b);
    if (!other) return nullptr;
    Rooted keep_other(interp.shadow_roots(), other->value());
    Set* result = copy_of(interp, other, type_of(interp, a) != interp.types.set);
    Rooted keep(interp.shadow_roots(), result->value());
    if (symmetric_update(interp, result, as_set(a)) < 0) return nullptr;
    return result;
}

using SetOp = Set* (*)(Interpreter&, Value, Value);

template <SetOp Op> Value set_binary(Interpreter& interp, Value a, Value b) {
    if (!is_set_or_frozenset(interp, a) || !is_set_or_frozenset(interp, b)) {
        return interp.not_implemented;
    }
    Set* r = Op(interp, a, b);
    return r ? r->value() : Value::error();
}

// In-place operators mutate a set (frozensets fall back to the binary form).
template <SetOp Op> Value set_inplace(Interpreter& interp, Value a, Value b) {
    if (type_of(interp, a) != interp.types.set || !is_set_or_frozenset(interp, b)) {
        return interp.not_implemented;
    }
    Set* r = Op(interp, a, b);
    if (!r) return Value::error();
    Set* s = as_set(a);
    std::swap(s->table, r->table);
    std::swap(s->mask, r->mask);
    std::swap(s->fill, r->fill);
    std::swap(s->used, r->used);
    return a;
}

Value set_inplace_or(Interpreter& interp, Value a, Value b) {
    if (type_of(interp, a) != interp.types.set || !is_set_or_frozenset(interp, b)) {
        return interp.not_implemented;
    }
    if (as_set(a)->update(interp, b) < 0) return Value::error();
    return a;
}

Value set_inplace_xor(Interpreter& interp, Value a, Value b) {
    if (type_of(interp, a) != interp.types.set || !is_set_or_frozenset(interp, b)) {
        return interp.not_implemented;
    }
    if (symmetric_update(interp, as_set(a), as_set(b)) < 0) return Value::error();
    return a;
}

Value set_new(Interpreter& interp, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    bool frozen = type == interp.types.frozenset || is_subtype(type, interp.types.frozenset);
    const char* name = frozen ? "frozenset" : "set";
    if (!reject_keywords(interp, name, kwnames) || !check_arity(interp, name, nargs, 0, 1)) {
        return Value::error();
    }
    if (frozen && nargs == 1 && type == interp.types.frozenset &&
        type_of(interp, args[0]) == interp.types.frozenset) {
        return args[0];
    }
    Set* s = make_instance<Set>(interp, type);
    if (frozen && nargs == 1) {
        Rooted keep(interp.shadow_roots(), s->value());
        if (s->update(interp, args[0]) < 0) return Value::error();
    }
    return s->value();
}

int set_init(Interpreter& interp, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    if (type_of(interp, self) == interp.types.frozenset) return 0;
    if (!reject_keywords(interp, "set", kwnames) || !check_arity(interp, "set", nargs, 0, 1)) {
        return -1;
    }
    Set* s = as_set(self);
    if (nargs == 1) return s->update(interp, args[0]);
    return 0;
}

// --- Methods.

Set* self_set(const Value* args) {
    return as_set(args[0]);
}

Value set_add(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "set.add", nargs - 1)) return Value::error();
    return self_set(args)->add(interp, args[1]) < 0 ? Value::error() : Value::none();
}

Value set_discard(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "set.discard", nargs - 1)) return Value::error();
    return self_set(args)->discard(interp, args[1]) < 0 ? Value::error() : Value::none();
}

Value set_remove(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "set.remove", nargs - 1)) return Value::error();
    int r = self_set(args)->discard(interp, args[1]);
    if (r < 0) return Value::error();
    if (r == 0) {
        interp.set_pending(
            make_exception(interp, interp.exceptions.key_error, Tuple::make(interp, {args[1]}))
                ->value());
        return Value::error();
    }
    return Value::none();
}

Value set_pop(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "set.pop", nargs - 1)) return Value::error();
    Set* s = self_set(args);
    if (s->used == 0) return interp.raise(interp.exceptions.key_error, "pop from an empty set");
    SetEntry* entry = s->table + (s->finger & s->mask);
    SetEntry* limit = s->table + s->mask;
    while (is_empty(*entry) || is_dummy(*entry)) {
        ++entry;
        if (entry > limit) entry = s->table;
    }
    Value key = entry->key;
    entry->key = Value::error();
    entry->hash = -1;
    --s->used;
    s->finger = static_cast<size_t>(entry - s->table) + 1;
    return key;
}

Value set_clear(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "set.clear", nargs - 1)) return Value::error();
    Set* s = self_set(args);
    std::free(s->table);
    s->table = nullptr;
    s->mask = 0;
    s->fill = s->used = s->finger = 0;
    return Value::none();
}

Value set_copy(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "copy", nargs - 1)) return Value::error();
    if (type_of(interp, args[0]) == interp.types.frozenset) return args[0];
    return copy_of(interp, self_set(args), type_of(interp, args[0]) != interp.types.set)->value();
}

Value set_update_method(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    for (size_t i = 1; i < nargs; ++i) {
        if (self_set(args)->update(interp, args[i]) < 0) return Value::error();
    }
    return Value::none();
}

template <SetOp Op> Value set_method(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    Rooted result(interp.shadow_roots(), args[0]);
    if (nargs == 1) {
        Set* r = copy_of(interp, self_set(args), type_of(interp, args[0]) != interp.types.set);
        return r->value();
    }
    for (size_t i = 1; i < nargs; ++i) {
        Set* r = Op(interp, result.get(), args[i]);
        if (!r) return Value::error();
        result.set(r->value());
    }
    return result.get();
}

template <SetOp Op>
Value set_update_with(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    for (size_t i = 1; i < nargs; ++i) {
        Set* r = Op(interp, args[0], args[i]);
        if (!r) return Value::error();
        Set* s = self_set(args);
        std::swap(s->table, r->table);
        std::swap(s->mask, r->mask);
        std::swap(s->fill, r->fill);
        std::swap(s->used, r->used);
    }
    return Value::none();
}

Value set_symmetric_method(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "symmetric_difference", nargs - 1)) return Value::error();
    Set* r = set_symmetric_difference(interp, args[0], args[1]);
    return r ? r->value() : Value::error();
}

Value set_symmetric_update_method(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "symmetric_difference_update", nargs - 1)) return Value::error();
    Set* other = as_set_operand(interp, args[1]);
    if (!other) return Value::error();
    Rooted keep(interp.shadow_roots(), other->value());
    if (symmetric_update(interp, self_set(args), other) < 0) return Value::error();
    return Value::none();
}

Value set_relation(Interpreter& interp, const Value* args, size_t nargs, const char* name,
                   int which) {
    if (!check_one_arg(interp, name, nargs - 1)) return Value::error();
    Set* other = as_set_operand(interp, args[1]);
    if (!other) return Value::error();
    Rooted keep(interp.shadow_roots(), other->value());
    Set* s = self_set(args);
    int failed;
    bool r;
    if (which == 0) {
        r = is_subset(interp, s, other, &failed);
    } else if (which == 1) {
        r = is_subset(interp, other, s, &failed);
    } else {
        failed = 0;
        r = true;
        Set* small = s->used <= other->used ? s : other;
        Set* large = small == s ? other : s;
        size_t pos = 0;
        Value k;
        while (r && small->next(pos, &k)) {
            int c = large->contains(interp, k);
            if (c < 0) return Value::error();
            if (c) r = false;
        }
    }
    if (failed) return Value::error();
    return Value::from_bool(r);
}

Value set_issubset(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    return set_relation(interp, args, nargs, "issubset", 0);
}
Value set_issuperset(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    return set_relation(interp, args, nargs, "issuperset", 1);
}
Value set_isdisjoint(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    return set_relation(interp, args, nargs, "isdisjoint", 2);
}

Value set_dunder_contains(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "__contains__", nargs - 1)) return Value::error();
    int r = set_contains_slot(interp, args[0], args[1]);
    return r < 0 ? Value::error() : Value::from_bool(r);
}

Value set_dunder_len(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "__len__", nargs - 1)) return Value::error();
    return Value::from_small_int(static_cast<int64_t>(self_set(args)->used));
}

void fill_common(Interpreter& interp, Type* t) {
    TypeSlots& s = t->slots;
    s.repr = set_repr;
    s.len = set_len;
    s.contains = set_contains_slot;
    s.iter = set_iter;
    s.richcompare = set_richcompare;
    s.binary[static_cast<int>(BinaryOp::Or)] = set_binary<set_union>;
    s.binary[static_cast<int>(BinaryOp::And)] = set_binary<set_intersection>;
    s.binary[static_cast<int>(BinaryOp::Sub)] = set_binary<set_difference>;
    s.binary[static_cast<int>(BinaryOp::Xor)] = set_binary<set_symmetric_difference>;
    s.new_ = set_new;
    s.init = set_init;
    s.trace = trace_set;
    s.finalize = finalize_set;
    struct {
        const char* name;
        NativeFn fn;
    } methods[] = {
        {"copy", set_copy},
        {"union", set_method<set_union>},
        {"intersection", set_method<set_intersection>},
        {"difference", set_method<set_difference>},
        {"symmetric_difference", set_symmetric_method},
        {"issubset", set_issubset},
        {"issuperset", set_issuperset},
        {"isdisjoint", set_isdisjoint},
        {"__contains__", set_dunder_contains},
        {"__len__", set_dunder_len},
    };
    for (auto& m : methods) add_method(interp, t, m.name, m.fn);
}

} // namespace

Set* Set::make(Interpreter& interp, bool frozen) {
    return interp.heap().make<Set>(frozen ? interp.types.frozenset : interp.types.set);
}

int Set::add(Interpreter& interp, Value key) {
    int64_t h = ops::hash(interp, key);
    if (h == -1) return -1;
    return add_entry(interp, this, key, h);
}

int Set::contains(Interpreter& interp, Value key) {
    int64_t h = ops::hash(interp, key);
    if (h == -1) return -1;
    bool failed;
    SetEntry* e = lookup(interp, this, key, h, &failed);
    return failed ? -1 : e != nullptr;
}

int Set::discard(Interpreter& interp, Value key) {
    int64_t h = ops::hash(interp, key);
    if (h == -1) return -1;
    return discard_entry(interp, this, key, h);
}

int Set::update(Interpreter& interp, Value iterable) {
    if (is_set_or_frozenset(interp, iterable)) {
        merge(interp, this, as_set(iterable));
        return 0;
    }
    if (is_dict(iterable)) {
        Dict* d = as_dict(iterable);
        ensure_table(interp, this);
        if ((fill + d->size()) * 5 >= mask * 3) resize(interp, this, (used + d->size()) * 2);
        size_t pos = 0;
        Value k, v;
        while (d->next(pos, &k, &v)) {
            if (add_entry(interp, this, k, d->entries_[pos - 1].hash) < 0) return -1;
        }
        return 0;
    }
    Value it = ops::get_iter(interp, iterable);
    if (it.is_error()) return -1;
    Rooted keep(interp.shadow_roots(), it);
    for (;;) {
        Value v = ops::iter_next(interp, it);
        if (v.is_error()) return -1;
        if (v.is_absent()) return 0;
        if (add(interp, v) < 0) return -1;
    }
}

Set* set_from_constant_display(Interpreter& interp, const Value* items, size_t count) {
    Set* folded = Set::make(interp, true);
    Rooted keep_folded(interp.shadow_roots(), folded->value());
    for (size_t i = 0; i < count; ++i) {
        if (folded->add(interp, items[i]) < 0) return nullptr;
    }
    Set* rebuilt = Set::make(interp, true);
    Rooted keep_rebuilt(interp.shadow_roots(), rebuilt->value());
    size_t pos = 0;
    Value k;
    while (folded->next(pos, &k)) {
        if (rebuilt->add(interp, k) < 0) return nullptr;
    }
    Set* result = Set::make(interp);
    merge(interp, result, rebuilt);
    return result;
}

void init_set_types(Interpreter& interp) {
    Type* set = make_builtin_type(interp, "set", interp.types.object, sizeof(Set), TypeBaseType);
    interp.types.set = set;
    Type* frozen =
        make_builtin_type(interp, "frozenset", interp.types.object, sizeof(Set), TypeBaseType);
    interp.types.frozenset = frozen;
    fill_common(interp, set);
    fill_common(interp, frozen);
    set->slots.hash = nullptr;
    frozen->slots.hash = frozenset_hash;
    set->slots.inplace[static_cast<int>(BinaryOp::Or)] = set_inplace_or;
    set->slots.inplace[static_cast<int>(BinaryOp::And)] = set_inplace<set_intersection>;
    set->slots.inplace[static_cast<int>(BinaryOp::Sub)] = set_inplace<set_difference>;
    set->slots.inplace[static_cast<int>(BinaryOp::Xor)] = set_inplace_xor;
    struct {
        const char* name;
        NativeFn fn;
    } methods[] = {
        {"add", set_add},
        {"discard", set_discard},
        {"remove", set_remove},
        {"pop", set_pop},
        {"clear", set_clear},
        {"update", set_update_method},
        {"intersection_update", set_update_with<set_intersection>},
        {"difference_update", set_update_with<set_difference>},
        {"symmetric_difference_update", set_symmetric_update_method},
    };
    for (auto& m : methods) add_method(interp, set, m.name, m.fn);

    Type* it =
        make_builtin_type(interp, "set_iterator", interp.types.object, sizeof(SetIterator), 0);
    it->slots.iter = iter_self;
    it->slots.iternext = set_iterator_next;
    it->slots.trace = trace_set_iterator;
    it->slots.new_ = nullptr;
    interp.types.set_iterator = it;
}

} // namespace coil::vm
