// dict: the compact hash table, the dict type's slots and methods, and its views.
#include "vm/dict.hpp"

#include "vm/class_creation.hpp"
#include "vm/exception.hpp"
#include "vm/int.hpp"
#include "vm/list.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/set.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>

namespace coil::vm {

namespace {

// Versions are unique across all dicts of a thread (an interpreter runs on one thread), so a
// cache that saw version V of some dict knows that dict's keys are unchanged when it sees V
// again, whichever dict it is. Version 0 is only ever an empty dict's.
thread_local uint64_t dict_version_clock = 0;

uint64_t next_version() {
    return ++dict_version_clock;
}

} // namespace

Dict* Dict::make(Interpreter& interp, size_t expected_size) {
    Dict* d = interp.heap().make<Dict>(interp.types.dict);
    if (expected_size) d->resize(interp, expected_size);
    return d;
}

void Dict::release_storage() {
    std::free(index_);
    index_ = nullptr;
    entries_ = nullptr;
    capacity_ = 0;
    used_entries_ = 0;
    size_ = 0;
}

void Dict::resize(Interpreter& interp, size_t min_size) {
    size_t capacity = 8;
    while (capacity - capacity / 3 < min_size) capacity *= 2;
    if (capacity > (size_t(1) << 30)) throw std::bad_alloc();
    size_t usable_entries = capacity - capacity / 3;
    size_t bytes = capacity * sizeof(int32_t) + usable_entries * sizeof(DictEntry);
    // The entries follow the int32 index table; 8-byte alignment holds as capacity >= 8.
    auto* block = static_cast<char*>(std::malloc(bytes));
    if (!block) throw std::bad_alloc();
    interp.heap().note_external_allocation(bytes);
    auto* index = reinterpret_cast<int32_t*>(block);
    auto* entries = reinterpret_cast<DictEntry*>(block + capacity * sizeof(int32_t));
    std::memset(index, 0xFF, capacity * sizeof(int32_t)); // every slot empty_slot (-1)
    size_t mask = capacity - 1;
    uint32_t count = 0;
    for (uint32_t i = 0; i < used_entries_; ++i) {
        const DictEntry& e = entries_[i];
        if (e.key.is_absent()) continue;
        entries[count] = e;
        auto perturb = static_cast<uint64_t>(e.hash);
        size_t slot = static_cast<size_t>(e.hash) & mask;
        while (index[slot] != empty_slot) {
            perturb >>= 5;
            slot = (slot * 5 + perturb + 1) & mask;
        }
        index[slot] = static_cast<int32_t>(count++);
    }
    std::free(index_);
    index_ = index;
    entries_ = entries;
    capacity_ = static_cast<uint32_t>(capacity);
    used_entries_ = count;
}

int64_t Dict::find_str(const Str* key, int64_t hash) const {
    if (!capacity_) return -1;
    size_t mask = capacity_ - 1;
    auto perturb = static_cast<uint64_t>(hash);
    size_t slot = static_cast<size_t>(hash) & mask;
    Value key_value = key->value();
    for (;;) {
        int32_t ix = index_[slot];
        if (ix == empty_slot) return -1;
        if (ix >= 0) {
            const DictEntry& e = entries_[ix];
            if (e.key == key_value) return static_cast<int64_t>(slot);
            if (e.hash == hash && is_str(e.key) && as_str(e.key)->equals(key)) {
                return static_cast<int64_t>(slot);
            }
        }
        perturb >>= 5;
        slot = (slot * 5 + perturb + 1) & mask;
    }
}

int64_t Dict::find(Interpreter& interp, Value key, int64_t hash) {
    if (is_str(key)) return find_str(as_str(key), hash);
restart:
    if (!capacity_) return -1;
    size_t mask = capacity_ - 1;
    auto perturb = static_cast<uint64_t>(hash);
    size_t slot = static_cast<size_t>(hash) & mask;
    for (;;) {
        int32_t ix = index_[slot];
        if (ix == empty_slot) return -1;
        if (ix >= 0) {
            DictEntry& e = entries_[ix];
            if (e.key == key) return static_cast<int64_t>(slot);
            if (e.hash == hash) {
                Value stored = e.key;
                if (!(stored.is_small_int() && key.is_small_int())) {
                    // __eq__ may run Python code that changes this dict: start again then.
                    DictEntry* entries_before = entries_;
                    uint64_t version_before = version_;
                    Rooted keep(interp.shadow_roots(), stored);
                    int eq = ops::equals(interp, stored, key);
                    if (eq < 0) return -2;
                    if (entries_ != entries_before || version_ != version_before) goto restart;
                    if (eq) return static_cast<int64_t>(slot);
                }
            }
        }
        perturb >>= 5;
        slot = (slot * 5 + perturb + 1) & mask;
    }
}

void Dict::insert_new(Interpreter& interp, Value key, int64_t hash, Value value) {
    if (used_entries_ >= usable()) resize(interp, static_cast<size_t>(size_) * 2 + 1);
    size_t mask = capacity_ - 1;
    auto perturb = static_cast<uint64_t>(hash);
    size_t slot = static_cast<size_t>(hash) & mask;
    while (index_[slot] >= 0) {
        perturb >>= 5;
        slot = (slot * 5 + perturb + 1) & mask;
    }
    entries_[used_entries_] = DictEntry{hash, key, value};
    index_[slot] = static_cast<int32_t>(used_entries_++);
    ++size_;
    version_ = next_version();
}

void Dict::remove_at(int64_t slot) {
    DictEntry& e = entries_[index_[slot]];
    e.key = Value::absent();
    e.value = Value::none();
    index_[slot] = deleted_slot;
    --size_;
    version_ = next_version();
}

int64_t Dict::entry_index(const Str* key) const {
    int64_t slot = find_str(key, key->hash());
    return slot < 0 ? -1 : index_[slot];
}

Value Dict::get(const Str* key) const {
    int64_t slot = find_str(key, key->hash());
    return slot < 0 ? Value::absent() : entries_[index_[slot]].value;
}

int Dict::set(Interpreter& interp, Str* key, Value value) {
    int64_t hash = key->hash();
    int64_t slot = find_str(key, hash);
    if (slot >= 0) {
        entries_[index_[slot]].value = value;
        return 0;
    }
    insert_new(interp, key->value(), hash, value);
    return 0;
}

bool Dict::remove(const Str* key) {
    int64_t slot = find_str(key, key->hash());
    if (slot < 0) return false;
    remove_at(slot);
    return true;
}

Value Dict::get(Interpreter& interp, Value key) {
    int64_t hash = ops::hash(interp, key);
    if (hash == -1) return Value::error();
    return get(interp, key, hash);
}

Value Dict::get(Interpreter& interp, Value key, int64_t hash) {
    int64_t slot = find(interp, key, hash);
    if (slot == -2) return Value::error();
    return slot < 0 ? Value::absent() : entries_[index_[slot]].value;
}

int Dict::set(Interpreter& interp, Value key, Value value) {
    int64_t hash = ops::hash(interp, key);
    if (hash == -1) return -1;
    return set(interp, key, hash, value);
}

int Dict::set(Interpreter& interp, Value key, int64_t hash, Value value) {
    int64_t slot = find(interp, key, hash);
    if (slot == -2) return -1;
    if (slot >= 0) {
        entries_[index_[slot]].value = value;
        return 0;
    }
    insert_new(interp, key, hash, value);
    return 0;
}

int Dict::remove(Interpreter& interp, Value key) {
    Value ignored;
    return pop(interp, key, &ignored);
}

int Dict::pop(Interpreter& interp, Value key, Value* value) {
    int64_t hash = ops::hash(interp, key);
    if (hash == -1) return -1;
    int64_t slot = find(interp, key, hash);
    if (slot == -2) return -1;
    if (slot < 0) return 0;
    *value = entries_[index_[slot]].value;
    remove_at(slot);
    return 1;
}

void Dict::clear() {
    release_storage();
    version_ = next_version();
}

Dict* Dict::copy(Interpreter& interp) const {
    Dict* d = make(interp, size_);
    size_t pos = 0;
    Value k, v;
    while (next(pos, &k, &v)) d->insert_new(interp, k, entries_[pos - 1].hash, v);
    return d;
}

int Dict::update(Interpreter& interp, Dict* other) {
    if (other == this) return 0;
    size_t pos = 0;
    Value k, v;
    while (other->next(pos, &k, &v)) {
        if (set(interp, k, other->entries_[pos - 1].hash, v) < 0) return -1;
    }
    return 0;
}

void Dict::trace(Tracer& tracer) const {
    for (uint32_t i = 0; i < used_entries_; ++i) {
        tracer.mark(entries_[i].key);
        tracer.mark(entries_[i].value);
    }
}

namespace {

enum class ViewKind : uint8_t { Keys, Values, Items };

struct DictView : Object {
    Dict* dict;
};

struct DictIterator : Object {
    Dict* dict;
    size_t pos;
    uint32_t size_at_start;
};

void trace_dict(Object* self, Tracer& tracer) {
    static_cast<Dict*>(self)->trace(tracer);
}
void finalize_dict(Object* self) {
    static_cast<Dict*>(self)->release_storage();
}
void trace_view(Object* self, Tracer& tracer) {
    tracer.mark(static_cast<DictView*>(self)->dict);
}
void trace_dict_iterator(Object* self, Tracer& tracer) {
    tracer.mark(static_cast<DictIterator*>(self)->dict);
}

Value raise_key_error(Interpreter& interp, Value key) {
    interp.set_pending(
        make_exception(interp, interp.exceptions.key_error, Tuple::make(interp, {key}))->value());
    return Value::error();
}

Value dict_repr(Interpreter& interp, Value self) {
    Dict* d = as_dict(self);
    if (d->size() == 0) return Str::make(interp, "{}")->value();
    auto& active = interp.repr_active;
    if (std::find(active.begin(), active.end(), d) != active.end()) {
        return Str::make(interp, "{...}")->value();
    }
    active.push_back(d);
    std::string out = "{";
    size_t pos = 0;
    Value k, v;
    bool first = true;
    while (d->next(pos, &k, &v)) {
        if (!first) out += ", ";
        first = false;
        Rooted keep_v(interp.shadow_roots(), v);
        Str* kr = ops::repr(interp, k);
        if (!kr) {
            active.pop_back();
            return Value::error();
        }
        out += kr->view();
        out += ": ";
        Str* vr = ops::repr(interp, v);
        if (!vr) {
            active.pop_back();
            return Value::error();
        }
        out += vr->view();
    }
    out += "}";
    active.pop_back();
    return Str::make(interp, out)->value();
}

Value dict_richcompare(Interpreter& interp, Value self, Value other, CompareOp op) {
    if (!is_dict(other) || (op != CompareOp::Eq && op != CompareOp::Ne)) {
        return interp.not_implemented;
    }
    Dict* a = as_dict(self);
    Dict* b = as_dict(other);
    bool equal = a->size() == b->size();
    size_t pos = 0;
    Value k, v;
    while (equal && a->next(pos, &k, &v)) {
        Rooted keep_k(interp.shadow_roots(), k);
        Rooted keep_v(interp.shadow_roots(), v);
        Value w = b->get(interp, k, a->entries_[pos - 1].hash);
        if (w.is_error()) return w;
        if (w.is_absent()) {
            equal = false;
            break;
        }
        int eq = ops::equals(interp, v, w);
        if (eq < 0) return Value::error();
        equal = eq;
    }
    return Value::from_bool(op == CompareOp::Eq ? equal : !equal);
}

int64_t dict_len(Interpreter&, Value self) {
    return static_cast<int64_t>(as_dict(self)->size());
}

Value dict_getitem(Interpreter& interp, Value self, Value key) {
    Value v = as_dict(self)->get(interp, key);
    if (v.is_absent()) {
        if (as_dict(self)->type != interp.types.dict) {
            Value missing = type_lookup(as_dict(self)->type, interp.intern("__missing__"));
            if (!missing.is_absent()) {
                Value args[2] = {self, key};
                return ops::call(interp, missing, args, 2);
            }
        }
        return raise_key_error(interp, key);
    }
    return v;
}

int dict_setitem(Interpreter& interp, Value self, Value key, Value value) {
    Dict* d = as_dict(self);
    if (value.is_absent()) {
        int r = d->remove(interp, key);
        if (r == 0) {
            raise_key_error(interp, key);
            return -1;
        }
        return r < 0 ? -1 : 0;
    }
    return d->set(interp, key, value);
}

int dict_contains(Interpreter& interp, Value self, Value key) {
    Value v = as_dict(self)->get(interp, key);
    if (v.is_error()) return -1;
    return !v.is_absent();
}

Value make_iterator(Interpreter& interp, Dict* d, Type* type) {
    auto* it = interp.heap().make<DictIterator>(type);
    it->dict = d;
    it->pos = 0;
    it->size_at_start = static_cast<uint32_t>(d->size());
    return it->value();
}

Value dict_iter(Interpreter& interp, Value self) {
    return make_iterator(interp, as_dict(self), interp.types.dict_keyiterator);
}

template <ViewKind Kind> Value dict_iterator_next(Interpreter& interp, Value self) {
    auto* it = static_cast<DictIterator*>(self.as_object());
    if (!it->dict) return Value::absent();
    if (it->dict->size() != it->size_at_start) {
        it->size_at_start = UINT32_MAX; // keep raising, as CPython does
        return interp.raise(interp.exceptions.runtime_error,
                            "dictionary changed size during iteration");
    }
    Value k, v;
    if (!it->dict->next(it->pos, &k, &v)) {
        it->dict = nullptr;
        return Value::absent();
    }
    if constexpr (Kind == ViewKind::Keys) return k;
    if constexpr (Kind == ViewKind::Values) return v;
    return Tuple::make(interp, {k, v})->value();
}

Value iter_self(Interpreter&, Value self) {
    return self;
}

Value make_view(Interpreter& interp, Dict* d, Type* type) {
    auto* view = interp.heap().make<DictView>(type);
    view->dict = d;
    return view->value();
}

int64_t view_len(Interpreter&, Value self) {
    return static_cast<int64_t>(static_cast<DictView*>(self.as_object())->dict->size());
}

template <ViewKind Kind> Value view_iter(Interpreter& interp, Value self) {
    Dict* d = static_cast<DictView*>(self.as_object())->dict;
    Type* t = Kind == ViewKind::Keys     ? interp.types.dict_keyiterator
              : Kind == ViewKind::Values ? interp.types.dict_valueiterator
                                         : interp.types.dict_itemiterator;
    return make_iterator(interp, d, t);
}

template <ViewKind Kind> Value view_repr(Interpreter& interp, Value self) {
    Dict* d = static_cast<DictView*>(self.as_object())->dict;
    const char* name = Kind == ViewKind::Keys     ? "dict_keys(["
                       : Kind == ViewKind::Values ? "dict_values(["
                                                  : "dict_items([";
    auto& active = interp.repr_active;
    if (std::find(active.begin(), active.end(), self.as_object()) != active.end()) {
        return Str::make(interp, "...")->value();
    }
    List* items = List::make(interp, d->size());
    size_t pos = 0;
    Value k, v;
    while (d->next(pos, &k, &v)) {
        if constexpr (Kind == ViewKind::Keys) items->append(interp, k);
        if constexpr (Kind == ViewKind::Values) items->append(interp, v);
        if constexpr (Kind == ViewKind::Items)
            items->append(interp, Tuple::make(interp, {k, v})->value());
    }
    Rooted keep(interp.shadow_roots(), items->value());
    active.push_back(self.as_object());
    Str* r = repr_sequence(interp, items->items(), items->size(), name, "])");
    active.pop_back();
    return r ? r->value() : Value::error();
}

int keys_contains(Interpreter& interp, Value self, Value key) {
    return dict_contains(interp, static_cast<DictView*>(self.as_object())->dict->value(), key);
}

int items_contains(Interpreter& interp, Value self, Value item) {
    if (!is_tuple(item) || as_tuple(item)->size() != 2) return 0;
    Dict* d = static_cast<DictView*>(self.as_object())->dict;
    Value v = d->get(interp, (*as_tuple(item))[0]);
    if (v.is_error()) return -1;
    if (v.is_absent()) return 0;
    return ops::equals(interp, v, (*as_tuple(item))[1]);
}

int values_contains(Interpreter& interp, Value self, Value item) {
    Dict* d = static_cast<DictView*>(self.as_object())->dict;
    size_t pos = 0;
    Value k, v;
    while (d->next(pos, &k, &v)) {
        int eq = ops::equals(interp, v, item);
        if (eq != 0) return eq;
    }
    return 0;
}

// dict.update / dict(...) from one positional argument: a dict, an object with keys(), or an
// iterable of pairs.
int update_from(Interpreter& interp, Dict* d, Value source) {
    if (is_dict(source)) return d->update(interp, as_dict(source));
    Value keys_method = ops::get_attr_optional(interp, source, interp.intern("keys"));
    if (keys_method.is_error()) return -1;
    if (!keys_method.is_absent()) {
        Value keys = ops::call0(interp, keys_method);
        if (keys.is_error()) return -1;
        Value it = ops::get_iter(interp, keys);
        if (it.is_error()) return -1;
        Rooted keep(interp.shadow_roots(), it);
        for (;;) {
            Value k = ops::iter_next(interp, it);
            if (k.is_error()) return -1;
            if (k.is_absent()) return 0;
            Rooted keep_k(interp.shadow_roots(), k);
            Value v = ops::get_item(interp, source, k);
            if (v.is_error() || d->set(interp, k, v) < 0) return -1;
        }
    }
    Value it = ops::get_iter(interp, source);
    if (it.is_error()) return -1;
    Rooted keep(interp.shadow_roots(), it);
    for (size_t index = 0;; ++index) {
        Value item = ops::iter_next(interp, it);
        if (item.is_error()) return -1;
        if (item.is_absent()) return 0;
        Rooted keep_item(interp.shadow_roots(), item);
        Value pair = item;
        if (!is_tuple(item) && !is_list(item)) {
            Value seq = ops::call(interp, interp.types.tuple->value(), &item, 1);
            if (seq.is_error()) {
                if (interp.pending_matches(interp.exceptions.type_error)) {
                    interp.clear_pending();
                    interp.raise_format(interp.exceptions.type_error,
                                        "cannot convert dictionary update sequence element #%zu "
                                        "to a sequence",
                                        index);
                }
                return -1;
            }
            pair = seq;
        }
        size_t n = is_tuple(pair) ? as_tuple(pair)->size() : as_list(pair)->size();
        const Value* items = is_tuple(pair) ? as_tuple(pair)->items() : as_list(pair)->items();
        if (n != 2) {
            interp.raise_format(interp.exceptions.value_error,
                                "dictionary update sequence element #%zu has length %zu; 2 is "
                                "required",
                                index, n);
            return -1;
        }
        if (d->set(interp, items[0], items[1]) < 0) return -1;
    }
}

int update_from_keywords(Interpreter& interp, Dict* d, const Value* args, size_t nargs,
                         Tuple* kwnames) {
    if (!kwnames) return 0;
    for (size_t i = 0; i < kwnames->size(); ++i) {
        d->set(interp, as_str((*kwnames)[i]), args[nargs + i]);
    }
    return 0;
}

Value dict_new(Interpreter& interp, Type* type, const Value*, size_t, Tuple*) {
    // A subclass's instances may carry a __dict__ and __slots__ after the dict's fields.
    return make_instance<Dict>(interp, type)->value();
}

int dict_init(Interpreter& interp, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!check_arity(interp, "dict", nargs, 0, 1)) return -1;
    Dict* d = as_dict(self);
    if (nargs == 1 && update_from(interp, d, args[0]) < 0) return -1;
    return update_from_keywords(interp, d, args, nargs, kwnames);
}

Value dict_or(Interpreter& interp, Value a, Value b) {
    if (!is_dict(a) || !is_dict(b)) return interp.not_implemented;
    Dict* r = as_dict(a)->copy(interp);
    if (r->update(interp, as_dict(b)) < 0) return Value::error();
    return r->value();
}

Value dict_inplace_or(Interpreter& interp, Value a, Value b) {
    if (!is_dict(a)) return interp.not_implemented;
    if (update_from(interp, as_dict(a), b) < 0) return Value::error();
    return a;
}

// --- Methods.

Dict* self_dict(const Value* args) {
    return as_dict(args[0]);
}

Value dict_get_method(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_arity(interp, "get", nargs - 1, 1, 2)) return Value::error();
    Value v = self_dict(args)->get(interp, args[1]);
    if (v.is_absent()) return nargs > 2 ? args[2] : Value::none();
    return v;
}

Value dict_setdefault(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_arity(interp, "setdefault", nargs - 1, 1, 2)) return Value::error();
    Dict* d = self_dict(args);
    Value v = d->get(interp, args[1]);
    if (!v.is_absent()) return v;
    Value fallback = nargs > 2 ? args[2] : Value::none();
    if (d->set(interp, args[1], fallback) < 0) return Value::error();
    return fallback;
}

Value dict_pop_method(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_arity(interp, "pop", nargs - 1, 1, 2)) return Value::error();
    Value v;
    int r = self_dict(args)->pop(interp, args[1], &v);
    if (r < 0) return Value::error();
    if (r == 0) return nargs > 2 ? args[2] : raise_key_error(interp, args[1]);
    return v;
}

Value dict_popitem(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "popitem", nargs - 1)) return Value::error();
    Dict* d = self_dict(args);
    for (uint32_t i = d->used_entries_; i-- > 0;) {
        DictEntry& e = d->entries_[i];
        if (e.key.is_absent()) continue;
        Tuple* pair = Tuple::make(interp, {e.key, e.value});
        d->remove(interp, e.key);
        return pair->value();
    }
    return interp.raise(interp.exceptions.key_error, "popitem(): dictionary is empty");
}

Value dict_update_method(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!check_arity(interp, "update", nargs - 1, 0, 1)) return Value::error();
    Dict* d = self_dict(args);
    if (nargs > 1 && update_from(interp, d, args[1]) < 0) return Value::error();
    update_from_keywords(interp, d, args, nargs, kwnames);
    return Value::none();
}

Value dict_keys(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "dict.keys", nargs - 1)) return Value::error();
    return make_view(interp, self_dict(args), interp.types.dict_keys);
}
Value dict_values(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "dict.values", nargs - 1)) return Value::error();
    return make_view(interp, self_dict(args), interp.types.dict_values);
}
Value dict_items(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "dict.items", nargs - 1)) return Value::error();
    return make_view(interp, self_dict(args), interp.types.dict_items);
}

Value dict_clear_method(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "dict.clear", nargs - 1)) return Value::error();
    self_dict(args)->clear();
    return Value::none();
}

Value dict_copy_method(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "dict.copy", nargs - 1)) return Value::error();
    return self_dict(args)->copy(interp)->value();
}

Value dict_fromkeys(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_arity(interp, "fromkeys", nargs - 1, 1, 2)) return Value::error();
    Value made = ops::call0(interp, args[0]);
    if (made.is_error()) return made;
    if (!is_dict(made)) return interp.raise_type_error("fromkeys() needs a dict class");
    Rooted keep(interp.shadow_roots(), made);
    Value fill = nargs > 2 ? args[2] : Value::none();
    Value it = ops::get_iter(interp, args[1]);
    if (it.is_error()) return it;
    Rooted keep_it(interp.shadow_roots(), it);
    for (;;) {
        Value k = ops::iter_next(interp, it);
        if (k.is_error()) return k;
        if (k.is_absent()) return made;
        if (as_dict(made)->set(interp, k, fill) < 0) return Value::error();
    }
}

Value dict_dunder_getitem(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "__getitem__", nargs - 1)) return Value::error();
    return dict_getitem(interp, args[0], args[1]);
}

Value dict_dunder_contains(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "__contains__", nargs - 1)) return Value::error();
    int r = dict_contains(interp, args[0], args[1]);
    return r < 0 ? Value::error() : Value::from_bool(r);
}

Value dict_dunder_len(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "__len__", nargs - 1)) return Value::error();
    return Value::from_small_int(static_cast<int64_t>(self_dict(args)->size()));
}

// Set operations on keys and items views: both operands become sets (any iterable will do,
// as in CPython), then the set operator answers.
template <BinaryOp Op> Value view_set_operation(Interpreter& interp, Value a, Value b) {
    Set* left = Set::make(interp);
    Rooted keep_left(interp.shadow_roots(), left->value());
    if (left->update(interp, a) < 0) return Value::error();
    Set* right = Set::make(interp);
    Rooted keep_right(interp.shadow_roots(), right->value());
    if (right->update(interp, b) < 0) return Value::error();
    return ops::binary_op(interp, Op, left->value(), right->value());
}

Value view_isdisjoint(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "isdisjoint", nargs - 1)) return Value::error();
    Value it = ops::get_iter(interp, args[1]);
    if (it.is_error()) return it;
    Rooted keep(interp.shadow_roots(), it);
    for (;;) {
        Value v = ops::iter_next(interp, it);
        if (v.is_error()) return v;
        if (v.is_absent()) return Value::true_();
        int found = ops::contains(interp, args[0], v);
        if (found < 0) return Value::error();
        if (found) return Value::false_();
    }
}

// reversed() of a dict or a view: the items in reverse insertion order, from a snapshot.
template <ViewKind Kind>
Value reversed_snapshot(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "__reversed__", nargs - 1)) return Value::error();
    Dict* d =
        is_dict(args[0]) ? as_dict(args[0]) : static_cast<DictView*>(args[0].as_object())->dict;
    List* items = List::make(interp, d->size());
    Rooted keep(interp.shadow_roots(), items->value());
    size_t pos = 0;
    Value k, v;
    while (d->next(pos, &k, &v)) {
        Value item = Kind == ViewKind::Keys     ? k
                     : Kind == ViewKind::Values ? v
                                                : Tuple::make(interp, {k, v})->value();
        items->append(interp, item);
    }
    std::reverse(items->begin(), items->end());
    return ops::get_iter(interp, items->value());
}

Type* make_view_type(Interpreter& interp, const char* name, UnaryFn iter, UnaryFn repr,
                     int (*contains)(Interpreter&, Value, Value)) {
    Type* t = make_builtin_type(interp, name, interp.types.object, sizeof(DictView), 0);
    t->slots.len = view_len;
    t->slots.iter = iter;
    t->slots.repr = repr;
    t->slots.contains = contains;
    t->slots.trace = trace_view;
    t->slots.hash = nullptr;
    t->slots.new_ = nullptr;
    return t;
}

// Whether every item of iterable `a` is in `b`: 1, 0, or -1 on error.
int all_contained_in(Interpreter& interp, Value a, Value b) {
    const Value it = ops::get_iter(interp, a);
    if (it.is_error()) return -1;
    Rooted keep(interp.shadow_roots(), it);
    for (;;) {
        const Value item = ops::iter_next(interp, it);
        if (item.is_error()) return -1;
        if (item.is_absent()) return 1;
        Rooted keep_item(interp.shadow_roots(), item);
        const int c = ops::contains(interp, b, item);
        if (c <= 0) return c;
    }
}

// Keys and items views compare with sets and with each other as sets do.
Value view_richcompare(Interpreter& interp, Value self, Value other, CompareOp op) {
    const BuiltinTypes& types = interp.types;
    Type* other_type = type_of(interp, other);
    if (!is_set_or_frozenset(interp, other) && other_type != types.dict_keys &&
        other_type != types.dict_items) {
        return interp.not_implemented;
    }
    const int64_t a = ops::len(interp, self);
    const int64_t b = ops::len(interp, other);
    if (a < 0 || b < 0) return Value::error();
    bool sizes_fit = false;
    bool self_in_other = true;
    switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
        sizes_fit = a == b;
        break;
    case CompareOp::Lt:
        sizes_fit = a < b;
        break;
    case CompareOp::Le:
        sizes_fit = a <= b;
        break;
    case CompareOp::Gt:
        sizes_fit = a > b;
        self_in_other = false;
        break;
    default:
        sizes_fit = a >= b;
        self_in_other = false;
        break;
    }
    int result = 0;
    if (sizes_fit) {
        result = self_in_other ? all_contained_in(interp, self, other)
                               : all_contained_in(interp, other, self);
        if (result < 0) return Value::error();
    }
    return Value::from_bool(op == CompareOp::Ne ? !result : result != 0);
}

Type* make_iterator_type(Interpreter& interp, const char* name, UnaryFn next) {
    Type* t = make_builtin_type(interp, name, interp.types.object, sizeof(DictIterator), 0);
    t->slots.iter = iter_self;
    t->slots.iternext = next;
    t->slots.trace = trace_dict_iterator;
    t->slots.new_ = nullptr;
    return t;
}

} // namespace

void init_dict_type(Interpreter& interp) {
    Type* t = interp.types.dict;
    TypeSlots& s = t->slots;
    s.repr = dict_repr;
    s.hash = nullptr;
    s.richcompare = dict_richcompare;
    s.len = dict_len;
    s.getitem = dict_getitem;
    s.setitem = dict_setitem;
    s.contains = dict_contains;
    s.iter = dict_iter;
    s.binary[static_cast<int>(BinaryOp::Or)] = dict_or;
    s.inplace[static_cast<int>(BinaryOp::Or)] = dict_inplace_or;
    s.new_ = dict_new;
    s.init = dict_init;
    s.trace = trace_dict;
    s.finalize = finalize_dict;
    struct {
        const char* name;
        NativeFn fn;
    } methods[] = {
        {"get", dict_get_method},
        {"setdefault", dict_setdefault},
        {"pop", dict_pop_method},
        {"popitem", dict_popitem},
        {"update", dict_update_method},
        {"keys", dict_keys},
        {"values", dict_values},
        {"items", dict_items},
        {"clear", dict_clear_method},
        {"copy", dict_copy_method},
        {"__getitem__", dict_dunder_getitem},
        {"__contains__", dict_dunder_contains},
        {"__len__", dict_dunder_len},
    };
    for (auto& m : methods) add_method(interp, t, m.name, m.fn);
    add_method(interp, t, "fromkeys", dict_fromkeys, NativeClassMethod);

    BuiltinTypes& types = interp.types;
    types.dict_keys = make_view_type(interp, "dict_keys", view_iter<ViewKind::Keys>,
                                     view_repr<ViewKind::Keys>, keys_contains);
    types.dict_values = make_view_type(interp, "dict_values", view_iter<ViewKind::Values>,
                                       view_repr<ViewKind::Values>, values_contains);
    types.dict_items = make_view_type(interp, "dict_items", view_iter<ViewKind::Items>,
                                      view_repr<ViewKind::Items>, items_contains);
    add_method(interp, t, "__reversed__", reversed_snapshot<ViewKind::Keys>);
    add_method(interp, types.dict_keys, "__reversed__", reversed_snapshot<ViewKind::Keys>);
    add_method(interp, types.dict_values, "__reversed__", reversed_snapshot<ViewKind::Values>);
    add_method(interp, types.dict_items, "__reversed__", reversed_snapshot<ViewKind::Items>);
    for (Type* view : {types.dict_keys, types.dict_items}) {
        TypeSlots& vs = view->slots;
        vs.binary[static_cast<int>(BinaryOp::And)] = view_set_operation<BinaryOp::And>;
        vs.binary[static_cast<int>(BinaryOp::Or)] = view_set_operation<BinaryOp::Or>;
        vs.binary[static_cast<int>(BinaryOp::Sub)] = view_set_operation<BinaryOp::Sub>;
        vs.binary[static_cast<int>(BinaryOp::Xor)] = view_set_operation<BinaryOp::Xor>;
        add_method(interp, view, "isdisjoint", view_isdisjoint);
        vs.richcompare = view_richcompare;
    }
    types.dict_keyiterator =
        make_iterator_type(interp, "dict_keyiterator", dict_iterator_next<ViewKind::Keys>);
    types.dict_valueiterator =
        make_iterator_type(interp, "dict_valueiterator", dict_iterator_next<ViewKind::Values>);
    types.dict_itemiterator =
        make_iterator_type(interp, "dict_itemiterator", dict_iterator_next<ViewKind::Items>);
}

} // namespace coil::vm
