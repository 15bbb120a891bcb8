// list: storage management, the list type's slots and methods, and list.sort.
#include "vm/list.hpp"

#include "vm/class_creation.hpp"
#include "vm/int.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/range.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace coil::vm {

List* List::make(Interpreter& interp, size_t capacity) {
    List* l = interp.heap().make<List>(interp.types.list);
    if (capacity) l->grow(interp, capacity);
    return l;
}

List* List::make(Interpreter& interp, const Value* items, size_t size) {
    List* l = make(interp, size);
    if (size) std::memcpy(l->items_, items, size * sizeof(Value));
    l->size_ = size;
    return l;
}

void List::grow(Interpreter& interp, size_t min_capacity) {
    size_t capacity = std::max<size_t>(min_capacity, capacity_ + (capacity_ >> 1) + 4);
    if (capacity > (SIZE_MAX >> 4)) throw std::bad_alloc();
    auto* items = static_cast<Value*>(std::realloc(items_, capacity * sizeof(Value)));
    if (!items) throw std::bad_alloc();
    interp.heap().note_external_allocation((capacity - capacity_) * sizeof(Value));
    items_ = items;
    capacity_ = capacity;
}

void List::insert(Interpreter& interp, size_t index, Value v) {
    if (index > size_) index = size_;
    if (size_ == capacity_) grow(interp, size_ + 1);
    std::memmove(items_ + index + 1, items_ + index, (size_ - index) * sizeof(Value));
    items_[index] = v;
    ++size_;
}

void List::erase(size_t index) {
    std::memmove(items_ + index, items_ + index + 1, (size_ - index - 1) * sizeof(Value));
    --size_;
}

void List::splice(Interpreter& interp, size_t lo, size_t hi, const Value* values, size_t count) {
    // `values` may point into this list: copy them first.
    std::vector<Value> copy(values, values + count);
    size_t removed = hi - lo;
    if (count > removed) reserve(interp, size_ + count - removed);
    if (size_ > hi) std::memmove(items_ + lo + count, items_ + hi, (size_ - hi) * sizeof(Value));
    if (count) std::memcpy(items_ + lo, copy.data(), count * sizeof(Value));
    size_ = size_ - removed + count;
}

namespace {

struct ListIterator : Object {
    List* list;
    size_t index;
};

void trace_list(Object* self, Tracer& tracer) {
    auto* l = static_cast<List*>(self);
    tracer.mark_range(l->items(), l->items() + l->size());
}

void finalize_list(Object* self) {
    std::free(static_cast<List*>(self)->items_);
}

void trace_list_iterator(Object* self, Tracer& tracer) {
    tracer.mark(static_cast<ListIterator*>(self)->list);
}

std::string arg_type(Interpreter& interp, Value v) {
    return std::string(type_name(interp, v));
}

// Collects any iterable's items into `out` (which the caller keeps reachable).
bool extend_from_iterable(Interpreter& interp, List* out, Value iterable) {
    if (is_list(iterable) || is_tuple(iterable)) {
        const Value* items =
            is_list(iterable) ? as_list(iterable)->items() : as_tuple(iterable)->items();
        size_t n = is_list(iterable) ? as_list(iterable)->size() : as_tuple(iterable)->size();
        out->splice(interp, out->size(), out->size(), items, n);
        return true;
    }
    Value it = ops::get_iter(interp, iterable);
    if (it.is_error()) return false;
    Rooted keep(interp.shadow_roots(), it);
    for (;;) {
        Value v = ops::iter_next(interp, it);
        if (v.is_error()) return false;
        if (v.is_absent()) return true;
        out->append(interp, v);
    }
}

Value list_repr(Interpreter& interp, Value self) {
    List* l = as_list(self);
    if (l->size() == 0) return Str::make(interp, "[]")->value();
    auto& active = interp.repr_active;
    if (std::find(active.begin(), active.end(), l) != active.end()) {
        return Str::make(interp, "[...]")->value();
    }
    active.push_back(l);
    // Items may change while their reprs run Python code: read them one at a time.
    std::string out = "[";
    for (size_t i = 0; i < l->size(); ++i) {
        if (i) out += ", ";
        Str* r = ops::repr(interp, (*l)[i]);
        if (!r) {
            active.pop_back();
            return Value::error();
        }
        out += r->view();
    }
    out += "]";
    active.pop_back();
    return Str::make(interp, out)->value();
}

Value list_richcompare(Interpreter& interp, Value self, Value other, CompareOp op) {
    if (!is_list(other)) return interp.not_implemented;
    List* a = as_list(self);
    List* b = as_list(other);
    return compare_sequences(interp, a->items(), a->size(), b->items(), b->size(), op);
}

int64_t list_len(Interpreter&, Value self) {
    return static_cast<int64_t>(as_list(self)->size());
}

bool list_index_arg(Interpreter& interp, Value key, int64_t* i) {
    if (key.is_small_int()) {
        *i = key.as_small_int();
        return true;
    }
    return value_to_index(interp, key, i);
}

Value list_getitem(Interpreter& interp, Value self, Value key) {
    List* l = as_list(self);
    if (is_slice(interp, key)) {
        int64_t start, stop, step, count;
        if (!slice_indices(interp, static_cast<Slice*>(key.as_object()),
                           static_cast<int64_t>(l->size()), &start, &stop, &step, &count)) {
            return Value::error();
        }
        List* r = List::make(interp, static_cast<size_t>(count));
        for (int64_t i = 0, at = start; i < count; ++i, at += step) r->append(interp, (*l)[at]);
        return r->value();
    }
    if (!key.is_small_int() && !is_int(key) && !type_of(interp, key)->slots.index) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "list indices must be integers or slices, not %s",
                                   arg_type(interp, key).c_str());
    }
    int64_t i;
    if (!list_index_arg(interp, key, &i)) return Value::error();
    if (!normalize_index(i, l->size())) {
        return interp.raise(interp.exceptions.index_error, "list index out of range");
    }
    return (*l)[static_cast<size_t>(i)];
}

int list_set_slice(Interpreter& interp, List* l, Slice* slice, Value value) {
    int64_t start, stop, step, count;
    if (!slice_indices(interp, slice, static_cast<int64_t>(l->size()), &start, &stop, &step,
                       &count)) {
        return -1;
    }
    if (value.is_absent()) {
        if (step == 1) {
            if (count > 0) l->splice(interp, start, start + count, nullptr, 0);
            return 0;
        }
        // Delete every step-th item: compact the survivors.
        std::vector<bool> drop(l->size(), false);
        for (int64_t i = 0, at = start; i < count; ++i, at += step) drop[at] = true;
        size_t w = 0;
        for (size_t r = 0; r < l->size(); ++r) {
            if (!drop[r]) (*l)[w++] = (*l)[r];
        }
        l->size_ = w;
        return 0;
    }
    List* items = List::make(interp);
    Rooted keep(interp.shadow_roots(), items->value());
    if (!is_list(value) && !is_tuple(value)) {
        if (ops::get_iter(interp, value).is_error()) {
            interp.clear_pending();
            interp.raise_type_error(step == 1 ? "can only assign an iterable"
                                              : "must assign iterable to extended slice");
            return -1;
        }
    }
    if (!extend_from_iterable(interp, items, value)) return -1;
    if (step == 1) {
        if (stop < start) stop = start;
        l->splice(interp, static_cast<size_t>(start), static_cast<size_t>(start + count),
                  items->items(), items->size());
        return 0;
    }
    if (static_cast<int64_t>(items->size()) != count) {
        interp.raise_format(interp.exceptions.value_error,
                            "attempt to assign sequence of size %zu to extended slice of size "
                            "%lld",
                            items->size(), static_cast<long long>(count));
        return -1;
    }
    for (int64_t i = 0, at = start; i < count; ++i, at += step) (*l)[at] = (*items)[i];
    return 0;
}

int list_setitem(Interpreter& interp, Value self, Value key, Value value) {
    List* l = as_list(self);
    if (is_slice(interp, key)) {
        return list_set_slice(interp, l, static_cast<Slice*>(key.as_object()), value);
    }
    if (!is_int(key) && !type_of(interp, key)->slots.index) {
        interp.raise_format(interp.exceptions.type_error,
                            "list indices must be integers or slices, not %s",
                            arg_type(interp, key).c_str());
        return -1;
    }
    int64_t i;
    if (!list_index_arg(interp, key, &i)) return -1;
    if (!normalize_index(i, l->size())) {
        interp.raise(interp.exceptions.index_error, "list assignment index out of range");
        return -1;
    }
    if (value.is_absent()) {
        l->erase(static_cast<size_t>(i));
    } else {
        (*l)[static_cast<size_t>(i)] = value;
    }
    return 0;
}

int list_contains(Interpreter& interp, Value self, Value item) {
    List* l = as_list(self);
    for (size_t i = 0; i < l->size(); ++i) {
        int eq = ops::equals(interp, (*l)[i], item);
        if (eq != 0) return eq;
    }
    return 0;
}

Value list_iter(Interpreter& interp, Value self) {
    auto* it = interp.heap().make<ListIterator>(interp.types.list_iterator);
    it->list = as_list(self);
    it->index = 0;
    return it->value();
}

Value list_iterator_next(Interpreter&, Value self) {
    auto* it = static_cast<ListIterator*>(self.as_object());
    if (!it->list) return Value::absent();
    if (it->index < it->list->size()) return (*it->list)[it->index++];
    it->list = nullptr;
    return Value::absent();
}

Value list_reverse_iterator_next(Interpreter&, Value self) {
    // `index` counts the items still to produce, from the end.
    auto* it = static_cast<ListIterator*>(self.as_object());
    if (!it->list) return Value::absent();
    if (it->index > 0 && it->index <= it->list->size()) return (*it->list)[--it->index];
    it->list = nullptr;
    return Value::absent();
}

Value iter_self(Interpreter&, Value self) {
    return self;
}

Value list_add(Interpreter& interp, Value a, Value b) {
    if (!is_list(a) || !is_list(b)) return interp.not_implemented;
    List* x = as_list(a);
    List* y = as_list(b);
    List* r = List::make(interp, x->size() + y->size());
    r->splice(interp, 0, 0, x->items(), x->size());
    r->splice(interp, r->size(), r->size(), y->items(), y->size());
    return r->value();
}

Value list_inplace_add(Interpreter& interp, Value a, Value b) {
    if (!is_list(a)) return interp.not_implemented;
    if (!extend_from_iterable(interp, as_list(a), b)) return Value::error();
    return a;
}

bool repeat_count(Interpreter& interp, Value count, int64_t* n) {
    return int_to_ssize(interp, count, n);
}

Value list_mul(Interpreter& interp, Value a, Value b) {
    Value seq = is_list(a) ? a : b;
    Value count = is_list(a) ? b : a;
    if (!is_int(count)) return interp.not_implemented;
    int64_t n;
    if (!repeat_count(interp, count, &n)) return Value::error();
    List* l = as_list(seq);
    if (n <= 0 || l->size() == 0) return List::make(interp)->value();
    if (static_cast<uint64_t>(n) > (SIZE_MAX >> 5) / l->size()) return interp.raise_memory_error();
    List* r = List::make(interp, l->size() * static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) r->splice(interp, r->size(), r->size(), l->items(), l->size());
    return r->value();
}

Value list_inplace_mul(Interpreter& interp, Value a, Value b) {
    if (!is_list(a) || !is_int(b)) return interp.not_implemented;
    int64_t n;
    if (!repeat_count(interp, b, &n)) return Value::error();
    List* l = as_list(a);
    if (n <= 0) {
        l->clear();
        return a;
    }
    size_t size = l->size();
    if (size && static_cast<uint64_t>(n) > (SIZE_MAX >> 5) / size)
        return interp.raise_memory_error();
    l->reserve(interp, size * static_cast<size_t>(n));
    for (int64_t i = 1; i < n; ++i) l->splice(interp, l->size(), l->size(), l->items(), size);
    return a;
}

Value list_new(Interpreter& interp, Type* type, const Value*, size_t, Tuple*) {
    return make_instance<List>(interp, type)->value();
}

int list_init(Interpreter& interp, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "list", kwnames)) return -1;
    if (!check_arity(interp, "list", nargs, 0, 1)) return -1;
    List* l = as_list(self);
    l->clear();
    if (nargs == 1 && !extend_from_iterable(interp, l, args[0])) return -1;
    return 0;
}

// --- Methods.

List* self_list(const Value* args) {
    return as_list(args[0]);
}

Value list_append(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "list.append", nargs - 1)) return Value::error();
    self_list(args)->append(interp, args[1]);
    return Value::none();
}

Value list_extend(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "list.extend", nargs - 1)) return Value::error();
    if (!extend_from_iterable(interp, self_list(args), args[1])) return Value::error();
    return Value::none();
}

Value list_pop(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_arity(interp, "pop", nargs - 1, 0, 1)) return Value::error();
    List* l = self_list(args);
    int64_t i = -1;
    if (nargs > 1 && !list_index_arg(interp, args[1], &i)) return Value::error();
    if (l->size() == 0) return interp.raise(interp.exceptions.index_error, "pop from empty list");
    if (!normalize_index(i, l->size())) {
        return interp.raise(interp.exceptions.index_error, "pop index out of range");
    }
    Value v = (*l)[static_cast<size_t>(i)];
    l->erase(static_cast<size_t>(i));
    return v;
}

Value list_insert(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_arity(interp, "insert", nargs - 1, 2, 2)) return Value::error();
    List* l = self_list(args);
    int64_t i;
    if (!list_index_arg(interp, args[1], &i)) return Value::error();
    auto n = static_cast<int64_t>(l->size());
    if (i < 0) i = std::max<int64_t>(i + n, 0);
    l->insert(interp, static_cast<size_t>(std::min(i, n)), args[2]);
    return Value::none();
}

Value list_remove(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "list.remove", nargs - 1)) return Value::error();
    List* l = self_list(args);
    for (size_t i = 0; i < l->size(); ++i) {
        int eq = ops::equals(interp, (*l)[i], args[1]);
        if (eq < 0) return Value::error();
        if (eq) {
            if (i < l->size()) l->erase(i);
            return Value::none();
        }
    }
    return interp.raise(interp.exceptions.value_error, "list.remove(x): x not in list");
}

Value list_index(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_arity(interp, "index", nargs - 1, 1, 3)) return Value::error();
    List* l = self_list(args);
    int64_t n = static_cast<int64_t>(l->size());
    int64_t start = 0, stop = n;
    if (nargs > 2 && !value_to_index(interp, args[2], &start)) return Value::error();
    if (nargs > 3 && !value_to_index(interp, args[3], &stop)) return Value::error();
    if (start < 0) start = std::max<int64_t>(start + n, 0);
    if (stop < 0) stop = std::max<int64_t>(stop + n, 0);
    for (int64_t i = start; i < stop && i < static_cast<int64_t>(l->size()); ++i) {
        int eq = ops::equals(interp, (*l)[i], args[1]);
        if (eq < 0) return Value::error();
        if (eq) return Value::from_small_int(i);
    }
    Str* r = ops::repr(interp, args[1]);
    if (!r) return Value::error();
    return interp.raise_format(interp.exceptions.value_error, "%s is not in list",
                               std::string(r->view()).c_str());
}

Value list_count(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "list.count", nargs - 1)) return Value::error();
    List* l = self_list(args);
    int64_t count = 0;
    for (size_t i = 0; i < l->size(); ++i) {
        int eq = ops::equals(interp, (*l)[i], args[1]);
        if (eq < 0) return Value::error();
        count += eq;
    }
    return Value::from_small_int(count);
}

Value list_clear(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "list.clear", nargs - 1)) return Value::error();
    self_list(args)->clear();
    return Value::none();
}

Value list_copy(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "list.copy", nargs - 1)) return Value::error();
    List* l = self_list(args);
    return List::make(interp, l->items(), l->size())->value();
}

Value list_reverse(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "list.reverse", nargs - 1)) return Value::error();
    List* l = self_list(args);
    std::reverse(l->begin(), l->end());
    return Value::none();
}

Value list_sort_method(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (nargs > 1) return interp.raise_type_error("sort() takes no positional arguments");
    Value bound[2];
    if (!bind_native_args(interp, "sort", args + 1, 0, kwnames, {"key", "reverse"}, 0, 0, bound)) {
        return Value::error();
    }
    bool reverse = false;
    if (!bound[1].is_absent()) {
        // reverse is an int flag, as in CPython's argument clinic ('i' format).
        int64_t flag = 0;
        if (!value_to_index(interp, bound[1], &flag)) return Value::error();
        reverse = flag != 0;
    }
    Value key = bound[0].is_none() ? Value::absent() : bound[0];
    if (list_sort(interp, self_list(args), key, reverse) < 0) return Value::error();
    return Value::none();
}

Value list_reversed(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "__reversed__", nargs - 1)) return Value::error();
    auto* it = interp.heap().make<ListIterator>(interp.types.list_reverseiterator);
    it->list = self_list(args);
    it->index = it->list->size();
    return it->value();
}

Value list_dunder_len(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "__len__", nargs - 1)) return Value::error();
    return Value::from_small_int(static_cast<int64_t>(self_list(args)->size()));
}

// a < b for sorting, with native fast paths; -1 on failure.
int sort_less(Interpreter& interp, Value a, Value b) {
    if (a.is_small_int() && b.is_small_int()) return a.as_small_int() < b.as_small_int();
    if (a.is_float() && b.is_float()) return a.as_float() < b.as_float();
    if (is_str(a) && is_str(b) && as_str(a)->type == interp.types.str &&
        as_str(b)->type == interp.types.str) {
        std::string_view x = as_str(a)->view(), y = as_str(b)->view();
        return x < y;
    }
    return ops::compare_bool(interp, CompareOp::Lt, a, b);
}

} // namespace

int list_sort(Interpreter& interp, List* list, Value key, bool reverse) {
    size_t n = list->size();
    List* values = List::make(interp, list->items(), n);
    Rooted keep_values(interp.shadow_roots(), values->value());
    List* keys = values;
    Rooted keep_keys(interp.shadow_roots(), Value::none());
    if (!key.is_absent()) {
        keys = List::make(interp, n);
        keep_keys.set(keys->value());
        for (size_t i = 0; i < n; ++i) {
            Value k = ops::call1(interp, key, (*values)[i]);
            if (k.is_error()) return -1;
            keys->append(interp, k);
        }
    }
    // Keys that are all small ints (the common case) compare without ever failing or running
    // Python code: sort them directly, stably.
    bool all_small_ints = true;
    for (size_t i = 0; i < n && all_small_ints; ++i) all_small_ints = (*keys)[i].is_small_int();
    if (all_small_ints) {
        std::vector<std::pair<int64_t, size_t>> pairs(n);
        for (size_t i = 0; i < n; ++i) pairs[i] = {(*keys)[i].as_small_int(), i};
        if (reverse) {
            std::stable_sort(pairs.begin(), pairs.end(),
                             [](const auto& a, const auto& b) { return b.first < a.first; });
        } else {
            std::stable_sort(pairs.begin(), pairs.end(),
                             [](const auto& a, const auto& b) { return a.first < b.first; });
        }
        if (list->size() != n) {
            interp.raise(interp.exceptions.value_error, "list modified during sort");
            return -1;
        }
        for (size_t i = 0; i < n; ++i) (*list)[i] = (*values)[pairs[i].second];
        return 0;
    }
    // A stable merge sort on a permutation, so a failing comparison can stop it cleanly.
    // `reverse` keeps stability by comparing b < a, as CPython's reversed sort does.
    std::vector<size_t> order(n), buffer(n);
    for (size_t i = 0; i < n; ++i) order[i] = i;
    bool failed = false;
    auto less = [&](size_t x, size_t y) -> bool {
        if (failed) return false;
        Value a = (*keys)[x], b = (*keys)[y];
        int r = reverse ? sort_less(interp, b, a) : sort_less(interp, a, b);
        if (r < 0) failed = true;
        return r > 0;
    };
    for (size_t width = 1; width < n && !failed; width *= 2) {
        for (size_t lo = 0; lo < n && !failed; lo += 2 * width) {
            size_t mid = std::min(lo + width, n), hi = std::min(lo + 2 * width, n);
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi)
                buffer[k++] = less(order[j], order[i]) ? order[j++] : order[i++];
            while (i < mid) buffer[k++] = order[i++];
            while (j < hi) buffer[k++] = order[j++];
        }
        order.swap(buffer);
    }
    if (failed) return -1;
    if (list->size() != n) {
        interp.raise(interp.exceptions.value_error, "list modified during sort");
        return -1;
    }
    for (size_t i = 0; i < n; ++i) (*list)[i] = (*values)[order[i]];
    return 0;
}

void init_list_type(Interpreter& interp) {
    Type* t = make_builtin_type(interp, "list", interp.types.object, sizeof(List),
                                TypeBaseType | TypeListSubclass);
    interp.types.list = t;
    TypeSlots& s = t->slots;
    s.repr = list_repr;
    s.hash = nullptr;
    s.richcompare = list_richcompare;
    s.len = list_len;
    s.getitem = list_getitem;
    s.setitem = list_setitem;
    s.contains = list_contains;
    s.iter = list_iter;
    s.binary[static_cast<int>(BinaryOp::Add)] = list_add;
    s.binary[static_cast<int>(BinaryOp::Mul)] = list_mul;
    s.inplace[static_cast<int>(BinaryOp::Add)] = list_inplace_add;
    s.inplace[static_cast<int>(BinaryOp::Mul)] = list_inplace_mul;
    s.new_ = list_new;
    s.init = list_init;
    s.trace = trace_list;
    s.finalize = finalize_list;
    struct {
        const char* name;
        NativeFn fn;
    } methods[] = {
        {"append", list_append},      {"extend", list_extend},    {"pop", list_pop},
        {"insert", list_insert},      {"remove", list_remove},    {"index", list_index},
        {"count", list_count},        {"clear", list_clear},      {"copy", list_copy},
        {"reverse", list_reverse},    {"sort", list_sort_method}, {"__reversed__", list_reversed},
        {"__len__", list_dunder_len},
    };
    for (auto& m : methods) add_method(interp, t, m.name, m.fn);

    Type* it =
        make_builtin_type(interp, "list_iterator", interp.types.object, sizeof(ListIterator), 0);
    it->slots.iter = iter_self;
    it->slots.iternext = list_iterator_next;
    it->slots.trace = trace_list_iterator;
    it->slots.new_ = nullptr;
    interp.types.list_iterator = it;
    Type* rit = make_builtin_type(interp, "list_reverseiterator", interp.types.object,
                                  sizeof(ListIterator), 0);
    rit->slots.iter = iter_self;
    rit->slots.iternext = list_reverse_iterator_next;
    rit->slots.trace = trace_list_iterator;
    rit->slots.new_ = nullptr;
    interp.types.list_reverseiterator = rit;
}

} // namespace coil::vm
