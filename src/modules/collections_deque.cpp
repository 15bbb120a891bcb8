// collections.deque: a double-ended queue in a growable ring buffer, with an optional maxlen.
#include "modules/collections.hpp"
#include "modules/module_builder.hpp"

#include "vm/class_creation.hpp"
#include "vm/int.hpp"
#include "vm/list.hpp"
#include "vm/ops.hpp"
#include "vm/range.hpp"
#include "vm/tuple.hpp"

#include <algorithm>
#include <cstdlib>
#include <new>
#include <string>
#include <vector>

namespace coil::modules {

using namespace coil::vm;

namespace {

struct Deque : Object {
    Value* buffer = nullptr;
    size_t capacity = 0;
    size_t head = 0; // position of the leftmost item
    size_t size = 0;
    int64_t maxlen = -1; // -1: unbounded
    // Bumped by every mutation, so iterators notice "deque mutated during iteration".
    uint64_t state = 0;

    Value& at(size_t i) { return buffer[(head + i) % capacity]; }

    void grow(Interpreter& interp) {
        size_t new_capacity = capacity ? capacity * 2 : 8;
        auto* fresh = static_cast<Value*>(std::malloc(new_capacity * sizeof(Value)));
        if (!fresh) throw std::bad_alloc();
        for (size_t i = 0; i < size; ++i) fresh[i] = at(i);
        std::free(buffer);
        interp.heap().note_external_allocation((new_capacity - capacity) * sizeof(Value));
        buffer = fresh;
        capacity = new_capacity;
        head = 0;
    }
    void push_back(Interpreter& interp, Value v) {
        if (size == capacity) grow(interp);
        at(size++) = v;
    }
    void push_front(Interpreter& interp, Value v) {
        if (size == capacity) grow(interp);
        head = (head + capacity - 1) % capacity;
        buffer[head] = v;
        ++size;
    }
    Value pop_back() { return at(--size); }
    Value pop_front() {
        Value v = buffer[head];
        head = (head + 1) % capacity;
        --size;
        return v;
    }
    // append/appendleft with maxlen: a full deque drops an item from the other end.
    void append(Interpreter& interp, Value v) {
        if (maxlen == 0) return;
        if (maxlen > 0 && static_cast<int64_t>(size) >= maxlen) pop_front();
        push_back(interp, v);
        ++state;
    }
    void appendleft(Interpreter& interp, Value v) {
        if (maxlen == 0) return;
        if (maxlen > 0 && static_cast<int64_t>(size) >= maxlen) pop_back();
        push_front(interp, v);
        ++state;
    }
    void clear() {
        size = 0;
        head = 0;
        ++state;
    }
    void erase(size_t index) {
        for (size_t i = index; i + 1 < size; ++i) at(i) = at(i + 1);
        --size;
        ++state;
    }
    void insert(Interpreter& interp, size_t index, Value v) {
        push_back(interp, v);
        for (size_t i = size - 1; i > index; --i) at(i) = at(i - 1);
        at(index) = v;
        ++state;
    }
};

struct DequeIterator : Object {
    Deque* deque = nullptr;
    size_t index = 0; // items produced so far
    uint64_t state = 0;
    bool reverse = false;
};

void trace_deque(Object* self, Tracer& tracer) {
    auto* d = static_cast<Deque*>(self);
    for (size_t i = 0; i < d->size; ++i) tracer.mark(d->at(i));
}

void finalize_deque(Object* self) {
    std::free(static_cast<Deque*>(self)->buffer);
}

void trace_deque_iterator(Object* self, Tracer& tracer) {
    tracer.mark(static_cast<DequeIterator*>(self)->deque);
}

Deque* as_deque(Value v) {
    return static_cast<Deque*>(v.as_object());
}

Deque* self_deque(const Value* args) {
    return as_deque(args[0]);
}

// The types are per interpreter; deque methods find the iterator types through the deque's
// type dictionary, where make_deque_type stores them.
Type* iterator_type(Interpreter& interp, Value deque, bool reverse) {
    Type* t = type_of(interp, deque);
    Value it = type_lookup(t, interp.intern(reverse ? "_reverse_iterator" : "_iterator"));
    return as_type(it);
}

// deque and its subclasses share the deque's trace function.
bool is_deque(Interpreter&, Value v) {
    return v.is_object() && v.as_object()->type->slots.trace == trace_deque;
}

// Appends every item of an iterable; with `left` each goes to the front (extendleft).
bool deque_extend_impl(Interpreter& interp, Deque* d, Value iterable, bool left) {
    Value source = iterable;
    if (iterable.is_object() && iterable.as_object() == d) {
        // d.extend(d): iterate over a snapshot.
        source = List::make(interp)->value();
        for (size_t i = 0; i < d->size; ++i) as_list(source)->append(interp, d->at(i));
    }
    Rooted keep_source(interp.shadow_roots(), source);
    Value it = ops::get_iter(interp, source);
    if (it.is_error()) return false;
    Rooted keep_it(interp.shadow_roots(), it);
    for (;;) {
        Value v = ops::iter_next(interp, it);
        if (v.is_error()) return false;
        if (v.is_absent()) return true;
        if (left) {
            d->appendleft(interp, v);
        } else {
            d->append(interp, v);
        }
    }
}

Value deque_new(Interpreter& interp, Type* type, const Value*, size_t, Tuple*) {
    return make_instance<Deque>(interp, type)->value();
}

int deque_init(Interpreter& interp, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[2];
    if (!bind_native_args(interp, "deque", args, nargs, kwnames, {"iterable", "maxlen"}, 0, 0,
                          bound)) {
        return -1;
    }
    Deque* d = as_deque(self);
    d->maxlen = -1;
    if (!bound[1].is_absent() && !bound[1].is_none()) {
        if (!is_int(bound[1])) {
            interp.raise_type_error("an integer is required");
            return -1;
        }
        Value n = bound[1];
        if (n.is_error()) return -1;
        int64_t maxlen;
        if (!int_to_ssize(interp, n, &maxlen)) return -1;
        if (maxlen < 0) {
            interp.raise(interp.exceptions.value_error, "maxlen must be non-negative");
            return -1;
        }
        d->maxlen = maxlen;
    }
    if (d->size) d->clear();
    if (!bound[0].is_absent() && !deque_extend_impl(interp, d, bound[0], false)) return -1;
    return 0;
}

Value deque_repr(Interpreter& interp, Value self) {
    Deque* d = as_deque(self);
    auto& active = interp.repr_active;
    if (std::find(active.begin(), active.end(), d) != active.end()) {
        return Str::make(interp, "[...]")->value();
    }
    List* items = List::make(interp, d->size);
    for (size_t i = 0; i < d->size; ++i) items->append(interp, d->at(i));
    Rooted keep(interp.shadow_roots(), items->value());
    active.push_back(d);
    Str* inner = ops::repr(interp, items->value());
    active.pop_back();
    if (!inner) return Value::error();
    std::string out =
        std::string(type_of(interp, self)->name->view()) + "(" + std::string(inner->view());
    if (d->maxlen >= 0) out += ", maxlen=" + std::to_string(d->maxlen);
    out += ")";
    return Str::make(interp, out)->value();
}

int64_t deque_len(Interpreter&, Value self) {
    return static_cast<int64_t>(as_deque(self)->size);
}

bool deque_index_arg(Interpreter& interp, Deque* d, Value key, size_t* out) {
    if (!is_int(key) && !type_of(interp, key)->slots.index) {
        interp.raise_format(interp.exceptions.type_error,
                            "sequence index must be integer, not '%s'",
                            type_name_of(interp, key).c_str());
        return false;
    }
    int64_t i;
    if (!value_to_index(interp, key, &i)) return false;
    if (!normalize_index(i, d->size)) {
        interp.raise(interp.exceptions.index_error, "deque index out of range");
        return false;
    }
    *out = static_cast<size_t>(i);
    return true;
}

Value deque_getitem(Interpreter& interp, Value self, Value key) {
    Deque* d = as_deque(self);
    size_t i;
    if (!deque_index_arg(interp, d, key, &i)) return Value::error();
    return d->at(i);
}

int deque_setitem(Interpreter& interp, Value self, Value key, Value value) {
    Deque* d = as_deque(self);
    size_t i;
    if (!deque_index_arg(interp, d, key, &i)) return -1;
    if (value.is_absent()) {
        d->erase(i);
    } else {
        d->at(i) = value;
    }
    return 0;
}

int deque_contains(Interpreter& interp, Value self, Value item) {
    Deque* d = as_deque(self);
    uint64_t state = d->state;
    for (size_t i = 0; i < d->size; ++i) {
        int eq = ops::equals(interp, d->at(i), item);
        if (eq != 0) return eq;
        if (d->state != state) {
            interp.raise(interp.exceptions.runtime_error, "deque mutated during iteration");
            return -1;
        }
    }
    return 0;
}

Value make_iterator(Interpreter& interp, Value self, bool reverse) {
    auto* it = interp.heap().make<DequeIterator>(iterator_type(interp, self, reverse));
    it->deque = as_deque(self);
    it->state = it->deque->state;
    it->reverse = reverse;
    return it->value();
}

Value deque_iter(Interpreter& interp, Value self) {
    return make_iterator(interp, self, false);
}

Value deque_iterator_next(Interpreter& interp, Value self) {
    auto* it = static_cast<DequeIterator*>(self.as_object());
    Deque* d = it->deque;
    if (!d) return Value::absent();
    if (d->state != it->state) {
        it->deque = nullptr;
        return interp.raise(interp.exceptions.runtime_error, "deque mutated during iteration");
    }
    if (it->index >= d->size) {
        it->deque = nullptr;
        return Value::absent();
    }
    size_t i = it->index++;
    return it->reverse ? d->at(d->size - 1 - i) : d->at(i);
}

Value iter_self(Interpreter&, Value self) {
    return self;
}

Value deque_richcompare(Interpreter& interp, Value self, Value other, CompareOp op) {
    if (!is_deque(interp, other)) return interp.not_implemented;
    Deque* a = as_deque(self);
    Deque* b = as_deque(other);
    std::vector<Value> left, right;
    for (size_t i = 0; i < a->size; ++i) left.push_back(a->at(i));
    for (size_t i = 0; i < b->size; ++i) right.push_back(b->at(i));
    Tuple* l = Tuple::make(interp, left.data(), left.size());
    Rooted keep_l(interp.shadow_roots(), l->value());
    Tuple* r = Tuple::make(interp, right.data(), right.size());
    Rooted keep_r(interp.shadow_roots(), r->value());
    return compare_sequences(interp, l->items(), l->size(), r->items(), r->size(), op);
}

Deque* copy_deque(Interpreter& interp, Deque* d) {
    Deque* c = interp.heap().make<Deque>(d->type);
    c->maxlen = d->maxlen;
    for (size_t i = 0; i < d->size; ++i) c->push_back(interp, d->at(i));
    return c;
}

Value deque_add(Interpreter& interp, Value a, Value b) {
    if (!is_deque(interp, a)) return interp.not_implemented;
    if (!is_deque(interp, b)) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "can only concatenate deque (not \"%s\") to deque",
                                   type_name_of(interp, b).c_str());
    }
    Deque* c = copy_deque(interp, as_deque(a));
    Deque* other = as_deque(b);
    for (size_t i = 0; i < other->size; ++i) c->append(interp, other->at(i));
    return c->value();
}

Value deque_inplace_add(Interpreter& interp, Value a, Value b) {
    if (!is_deque(interp, a)) return interp.not_implemented;
    if (!deque_extend_impl(interp, as_deque(a), b, false)) return Value::error();
    return a;
}

Value deque_mul(Interpreter& interp, Value a, Value b) {
    Value seq = is_deque(interp, a) ? a : b;
    Value count = is_deque(interp, a) ? b : a;
    if (!is_int(count)) return interp.not_implemented;
    int64_t n;
    if (!int_to_ssize(interp, count, &n)) return Value::error();
    Deque* d = as_deque(seq);
    Deque* c = interp.heap().make<Deque>(d->type);
    c->maxlen = d->maxlen;
    size_t size = d->size;
    for (int64_t r = 0; r < n; ++r) {
        for (size_t i = 0; i < size; ++i) c->append(interp, d->at(i));
    }
    return c->value();
}

Value deque_inplace_mul(Interpreter& interp, Value a, Value b) {
    if (!is_deque(interp, a) || !is_int(b)) return interp.not_implemented;
    int64_t n;
    if (!int_to_ssize(interp, b, &n)) return Value::error();
    Deque* d = as_deque(a);
    if (n <= 0) {
        d->clear();
        return a;
    }
    size_t size = d->size;
    std::vector<Value> items;
    for (size_t i = 0; i < size; ++i) items.push_back(d->at(i));
    for (int64_t r = 1; r < n; ++r) {
        for (Value v : items) d->append(interp, v);
    }
    return a;
}

// --- Methods.

Value deque_append(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "deque.append", nargs - 1)) return Value::error();
    self_deque(args)->append(interp, args[1]);
    return Value::none();
}

Value deque_appendleft(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "deque.appendleft", nargs - 1)) return Value::error();
    self_deque(args)->appendleft(interp, args[1]);
    return Value::none();
}

Value deque_pop(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "deque.pop", nargs - 1)) return Value::error();
    Deque* d = self_deque(args);
    if (d->size == 0) return interp.raise(interp.exceptions.index_error, "pop from an empty deque");
    ++d->state;
    return d->pop_back();
}

Value deque_popleft(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "deque.popleft", nargs - 1)) return Value::error();
    Deque* d = self_deque(args);
    if (d->size == 0) return interp.raise(interp.exceptions.index_error, "pop from an empty deque");
    ++d->state;
    return d->pop_front();
}

Value deque_extend(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "deque.extend", nargs - 1)) return Value::error();
    if (!deque_extend_impl(interp, self_deque(args), args[1], false)) return Value::error();
    return Value::none();
}

Value deque_extendleft(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "deque.extendleft", nargs - 1)) return Value::error();
    if (!deque_extend_impl(interp, self_deque(args), args[1], true)) return Value::error();
    return Value::none();
}

Value deque_rotate(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_arity(interp, "rotate", nargs - 1, 0, 1)) return Value::error();
    int64_t n = 1;
    if (nargs > 1) {
        Value v = ops::index(interp, args[1]);
        if (v.is_error()) return v;
        if (!int_to_ssize(interp, v, &n)) return Value::error();
    }
    Deque* d = self_deque(args);
    if (d->size <= 1) return Value::none();
    auto size = static_cast<int64_t>(d->size);
    n %= size;
    if (n < 0) n += size;
    // Rotating right by n moves the last n items to the front.
    for (int64_t i = 0; i < n; ++i) d->push_front(interp, d->pop_back());
    ++d->state;
    return Value::none();
}

Value deque_clear(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "deque.clear", nargs - 1)) return Value::error();
    self_deque(args)->clear();
    return Value::none();
}

Value deque_count(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "deque.count", nargs - 1)) return Value::error();
    Deque* d = self_deque(args);
    uint64_t state = d->state;
    int64_t count = 0;
    for (size_t i = 0; i < d->size; ++i) {
        int eq = ops::equals(interp, d->at(i), args[1]);
        if (eq < 0) return Value::error();
        count += eq;
        if (d->state != state) {
            return interp.raise(interp.exceptions.runtime_error, "deque mutated during iteration");
        }
    }
    return make_int(interp, count);
}

// A slice bound of index()/insert(): negative counts from the end, then clamped.
bool clamp_bound(Interpreter& interp, Value v, int64_t size, int64_t* out) {
    if (!is_int(v) && !type_of(interp, v)->slots.index) {
        interp.raise_type_error("slice indices must be integers or have an __index__ method");
        return false;
    }
    Value i = ops::index(interp, v);
    if (i.is_error()) return false;
    int64_t n;
    if (!int_to_int64(i, &n)) n = int_sign(i) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    if (n < 0) n = std::max<int64_t>(n + size, 0);
    *out = std::min(n, size);
    return true;
}

Value deque_index(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_arity(interp, "index", nargs - 1, 1, 3)) return Value::error();
    Deque* d = self_deque(args);
    auto size = static_cast<int64_t>(d->size);
    int64_t start = 0, stop = size;
    if (nargs > 2 && !clamp_bound(interp, args[2], size, &start)) return Value::error();
    if (nargs > 3 && !clamp_bound(interp, args[3], size, &stop)) return Value::error();
    uint64_t state = d->state;
    for (int64_t i = start; i < stop && i < static_cast<int64_t>(d->size); ++i) {
        int eq = ops::equals(interp, d->at(static_cast<size_t>(i)), args[1]);
        if (eq < 0) return Value::error();
        if (d->state != state) {
            return interp.raise(interp.exceptions.runtime_error, "deque mutated during iteration");
        }
        if (eq) return make_int(interp, i);
    }
    Str* shown = ops::repr(interp, args[1]);
    if (!shown) return Value::error();
    return interp.raise_format(interp.exceptions.value_error, "%s is not in deque",
                               std::string(shown->view()).c_str());
}

Value deque_insert(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_arity(interp, "insert", nargs - 1, 2, 2)) return Value::error();
    Deque* d = self_deque(args);
    if (d->maxlen >= 0 && static_cast<int64_t>(d->size) >= d->maxlen) {
        return interp.raise(interp.exceptions.index_error, "deque already at its maximum size");
    }
    int64_t at;
    if (!clamp_bound(interp, args[1], static_cast<int64_t>(d->size), &at)) return Value::error();
    d->insert(interp, static_cast<size_t>(at), args[2]);
    return Value::none();
}

Value deque_remove(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "deque.remove", nargs - 1)) return Value::error();
    Deque* d = self_deque(args);
    uint64_t state = d->state;
    for (size_t i = 0; i < d->size; ++i) {
        int eq = ops::equals(interp, d->at(i), args[1]);
        if (eq < 0) return Value::error();
        if (d->state != state) {
            return interp.raise(interp.exceptions.index_error, "deque mutated during remove().");
        }
        if (eq) {
            d->erase(i);
            return Value::none();
        }
    }
    Str* shown = ops::repr(interp, args[1]);
    if (!shown) return Value::error();
    return interp.raise_format(interp.exceptions.value_error, "%s is not in deque",
                               std::string(shown->view()).c_str());
}

Value deque_reverse(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "deque.reverse", nargs - 1)) return Value::error();
    Deque* d = self_deque(args);
    for (size_t i = 0, j = d->size; i + 1 < j; ++i, --j) std::swap(d->at(i), d->at(j - 1));
    ++d->state;
    return Value::none();
}

Value deque_copy(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "deque.copy", nargs - 1)) return Value::error();
    return copy_deque(interp, self_deque(args))->value();
}

Value deque_reversed(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "deque.__reversed__", nargs - 1)) return Value::error();
    return make_iterator(interp, args[0], true);
}

Value deque_getattr(Interpreter& interp, Value self, Str* name, bool suppress) {
    if (name->equals("maxlen")) {
        Deque* d = as_deque(self);
        return d->maxlen < 0 ? Value::none() : make_int(interp, d->maxlen);
    }
    return generic_getattr(interp, self, name, suppress);
}

int deque_setattr(Interpreter& interp, Value self, Str* name, Value value) {
    if (name->equals("maxlen")) {
        interp.raise(interp.exceptions.attribute_error,
                     "attribute 'maxlen' of 'collections.deque' objects is not writable");
        return -1;
    }
    return generic_setattr(interp, self, name, value);
}

Type* make_iterator_type(Interpreter& interp, const char* name) {
    Type* t = make_builtin_type(interp, name, interp.types.object, sizeof(DequeIterator), 0);
    t->slots.new_ = nullptr;
    t->slots.init = nullptr;
    t->slots.iter = iter_self;
    t->slots.iternext = deque_iterator_next;
    t->slots.trace = trace_deque_iterator;
    return t;
}

} // namespace

Type* make_deque_type(Interpreter& interp) {
    Type* t = make_builtin_type(interp, "deque", interp.types.object, sizeof(Deque), TypeBaseType);
    set_native_type_module(interp, t, "collections");
    TypeSlots& s = t->slots;
    s.new_ = deque_new;
    s.init = deque_init;
    s.repr = deque_repr;
    s.hash = nullptr;
    s.richcompare = deque_richcompare;
    s.len = deque_len;
    s.getitem = deque_getitem;
    s.setitem = deque_setitem;
    s.contains = deque_contains;
    s.iter = deque_iter;
    s.getattr = deque_getattr;
    s.setattr = deque_setattr;
    s.binary[static_cast<int>(BinaryOp::Add)] = deque_add;
    s.inplace[static_cast<int>(BinaryOp::Add)] = deque_inplace_add;
    s.binary[static_cast<int>(BinaryOp::Mul)] = deque_mul;
    s.inplace[static_cast<int>(BinaryOp::Mul)] = deque_inplace_mul;
    s.trace = trace_deque;
    s.finalize = finalize_deque;
    struct {
        const char* name;
        NativeFn fn;
    } methods[] = {
        {"append", deque_append},   {"appendleft", deque_appendleft},
        {"pop", deque_pop},         {"popleft", deque_popleft},
        {"extend", deque_extend},   {"extendleft", deque_extendleft},
        {"rotate", deque_rotate},   {"clear", deque_clear},
        {"count", deque_count},     {"index", deque_index},
        {"insert", deque_insert},   {"remove", deque_remove},
        {"reverse", deque_reverse}, {"copy", deque_copy},
        {"__copy__", deque_copy},   {"__reversed__", deque_reversed},
    };
    for (auto& m : methods) add_method(interp, t, m.name, m.fn);
    type_set_attr(interp, t, "_iterator", make_iterator_type(interp, "_deque_iterator")->value());
    type_set_attr(interp, t, "_reverse_iterator",
                  make_iterator_type(interp, "_deque_reverse_iterator")->value());
    return t;
}

} // namespace coil::modules
