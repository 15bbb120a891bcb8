// The heapq module: CPython's sift algorithms on lists (so ties land in the same places),
// nlargest/nsmallest with their documented stable-sort results, and a lazy merge.
#include "modules/module_builder.hpp"

#include "vm/int.hpp"
#include "vm/list.hpp"
#include "vm/ops.hpp"
#include "vm/tuple.hpp"

namespace coil::modules {

using namespace coil::vm;

namespace {

// a < b for heap ordering; -1 on failure or when a comparison changed the heap's size.
int less_than(Interpreter& interp, List* heap, size_t size, Value a, Value b) {
    int r = ops::compare_bool(interp, CompareOp::Lt, a, b);
    if (r >= 0 && heap->size() != size) {
        interp.raise(interp.exceptions.runtime_error, "list changed size during iteration");
        return -1;
    }
    return r;
}

// Moves the item at `pos` up towards `start` while it is smaller than its parent.
bool sift_down(Interpreter& interp, List* heap, size_t start, size_t pos) {
    size_t size = heap->size();
    Rooted item(interp.shadow_roots(), (*heap)[pos]);
    while (pos > start) {
        size_t parent_pos = (pos - 1) >> 1;
        Value parent = (*heap)[parent_pos];
        int less = less_than(interp, heap, size, item.get(), parent);
        if (less < 0) return false;
        if (!less) break;
        (*heap)[pos] = (*heap)[parent_pos];
        pos = parent_pos;
    }
    (*heap)[pos] = item.get();
    return true;
}

// Moves the smaller child up until a leaf is reached, puts the item there, then sifts it
// back down: fewer comparisons than stopping early, as in CPython.
bool sift_up(Interpreter& interp, List* heap, size_t pos) {
    size_t end = heap->size();
    size_t start = pos;
    Rooted item(interp.shadow_roots(), (*heap)[pos]);
    size_t child = 2 * pos + 1;
    while (child < end) {
        size_t right = child + 1;
        if (right < end) {
            int less = less_than(interp, heap, end, (*heap)[child], (*heap)[right]);
            if (less < 0) return false;
            if (!less) child = right;
        }
        (*heap)[pos] = (*heap)[child];
        pos = child;
        child = 2 * pos + 1;
    }
    (*heap)[pos] = item.get();
    return sift_down(interp, heap, start, pos);
}

// The heap argument, with the argument-clinic message naming the function.
List* heap_arg(Interpreter& interp, Value v, const char* function, bool only_argument) {
    if (!is_list(v)) {
        interp.raise_format(interp.exceptions.type_error, "%s() argument%s must be list, not %s",
                            function, only_argument ? "" : " 1", type_name_of(interp, v).c_str());
        return nullptr;
    }
    return as_list(v);
}

Value heapq_heappush(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "heappush", kwnames) ||
        !check_arity(interp, "heappush", nargs, 2, 2)) {
        return Value::error();
    }
    List* heap = heap_arg(interp, args[0], "heappush", false);
    if (!heap) return Value::error();
    heap->append(interp, args[1]);
    return sift_down(interp, heap, 0, heap->size() - 1) ? Value::none() : Value::error();
}

Value heapq_heappop(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "heappop", kwnames) || !check_one_arg(interp, "heappop", nargs)) {
        return Value::error();
    }
    List* heap = heap_arg(interp, args[0], "heappop", true);
    if (!heap) return Value::error();
    if (heap->size() == 0) return interp.raise(interp.exceptions.index_error, "index out of range");
    Value last = heap->pop_back();
    if (heap->size() == 0) return last;
    Rooted result(interp.shadow_roots(), (*heap)[0]);
    (*heap)[0] = last;
    return sift_up(interp, heap, 0) ? result.get() : Value::error();
}

Value heapq_heapreplace(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "heapreplace", kwnames) ||
        !check_arity(interp, "heapreplace", nargs, 2, 2)) {
        return Value::error();
    }
    List* heap = heap_arg(interp, args[0], "heapreplace", false);
    if (!heap) return Value::error();
    if (heap->size() == 0) return interp.raise(interp.exceptions.index_error, "index out of range");
    Rooted result(interp.shadow_roots(), (*heap)[0]);
    (*heap)[0] = args[1];
    return sift_up(interp, heap, 0) ? result.get() : Value::error();
}

Value heapq_heappushpop(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "heappushpop", kwnames) ||
        !check_arity(interp, "heappushpop", nargs, 2, 2)) {
        return Value::error();
    }
    List* heap = heap_arg(interp, args[0], "heappushpop", false);
    if (!heap) return Value::error();
    if (heap->size() == 0) return args[1];
    Value top = (*heap)[0];
    int less = ops::compare_bool(interp, CompareOp::Lt, top, args[1]);
    if (less < 0) return Value::error();
    if (!less) return args[1];
    if (heap->size() == 0) return interp.raise(interp.exceptions.index_error, "index out of range");
    Rooted result(interp.shadow_roots(), (*heap)[0]);
    (*heap)[0] = args[1];
    return sift_up(interp, heap, 0) ? result.get() : Value::error();
}

Value heapq_heapify(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "heapify", kwnames) || !check_one_arg(interp, "heapify", nargs)) {
        return Value::error();
    }
    List* heap = heap_arg(interp, args[0], "heapify", true);
    if (!heap) return Value::error();
    for (size_t i = heap->size() / 2; i > 0; --i) {
        if (!sift_up(interp, heap, i - 1)) return Value::error();
    }
    return Value::none();
}

// nsmallest/nlargest: CPython documents them as sorted(iterable, key=key[, reverse=True])[:n],
// which its heap algorithm reproduces exactly (ties keep their input order).
Value n_extreme(Interpreter& interp, const char* name, const Value* args, size_t nargs,
                Tuple* kwnames, bool largest) {
    Value bound[3];
    if (!bind_native_args(interp, name, args, nargs, kwnames, {"n", "iterable", "key"}, 2, 0,
                          bound)) {
        return Value::error();
    }
    if (!is_int(bound[0]) && type_of(interp, bound[1])->slots.len) {
        // CPython first compares n with the size of a sized iterable.
        int64_t size = ops::len(interp, bound[1]);
        if (size < 0) return Value::error();
        if (ops::compare(interp, CompareOp::Ge, bound[0], make_int(interp, size)).is_error()) {
            return Value::error();
        }
    }
    Value n_value = ops::index(interp, bound[0]);
    if (n_value.is_error()) return n_value;
    int64_t n;
    if (!int_to_int64(n_value, &n)) n = int_sign(n_value) < 0 ? 0 : INT64_MAX;
    List* items = List::make(interp);
    Rooted keep(interp.shadow_roots(), items->value());
    if (n <= 0) return items->value();
    Value it = ops::get_iter(interp, bound[1]);
    if (it.is_error()) return it;
    Rooted keep_it(interp.shadow_roots(), it);
    for (;;) {
        Value v = ops::iter_next(interp, it);
        if (v.is_error()) return v;
        if (v.is_absent()) break;
        items->append(interp, v);
    }
    Value key = bound[2].is_none() ? Value::absent() : bound[2];
    if (list_sort(interp, items, key, largest) < 0) return Value::error();
    if (static_cast<uint64_t>(n) < items->size())
        items->splice(interp, n, items->size(), nullptr, 0);
    return items->value();
}

Value heapq_nsmallest(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    return n_extreme(interp, "nsmallest", args, nargs, kwnames, false);
}

Value heapq_nlargest(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    return n_extreme(interp, "nlargest", args, nargs, kwnames, true);
}

// merge(*iterables, key=None, reverse=False): the iterators, the head item of each (absent
// once exhausted) and its key; ties go to the earlier iterable, as CPython's heap entries
// carry the iterable's position.
struct Merge : Object {
    List* iterators = nullptr;
    List* heads = nullptr;
    List* keys = nullptr;
    Value key = Value::none();
    bool reverse = false;
    bool started = false;
};

void trace_merge(Object* self, Tracer& tracer) {
    auto* m = static_cast<Merge*>(self);
    tracer.mark(m->iterators);
    tracer.mark(m->heads);
    tracer.mark(m->keys);
    tracer.mark(m->key);
}

Value iter_self(Interpreter&, Value self) {
    return self;
}

// Reads the next item of iterator i into heads[i]/keys[i]; false on failure.
bool advance(Interpreter& interp, Merge* m, size_t i) {
    Value it = (*m->iterators)[i];
    if (it.is_none()) return true;
    Value v = ops::iter_next(interp, it);
    if (v.is_error()) return false;
    if (v.is_absent()) {
        (*m->iterators)[i] = Value::none();
        (*m->heads)[i] = Value::none();
        (*m->keys)[i] = Value::none();
        return true;
    }
    (*m->heads)[i] = v;
    Value k = v;
    if (!m->key.is_none()) {
        k = ops::call1(interp, m->key, v);
        if (k.is_error()) return false;
    }
    (*m->keys)[i] = k;
    return true;
}

Value merge_next(Interpreter& interp, Value self) {
    auto* m = static_cast<Merge*>(self.as_object());
    Rooted keep(interp.shadow_roots(), self);
    if (!m->started) {
        m->started = true;
        for (size_t i = 0; i < m->iterators->size(); ++i) {
            if (!advance(interp, m, i)) return Value::error();
        }
    }
    int64_t best = -1;
    for (size_t i = 0; i < m->iterators->size(); ++i) {
        if ((*m->iterators)[i].is_none()) continue;
        if (best < 0) {
            best = static_cast<int64_t>(i);
            continue;
        }
        Value candidate = (*m->keys)[i], current = (*m->keys)[static_cast<size_t>(best)];
        int better = m->reverse ? ops::compare_bool(interp, CompareOp::Lt, current, candidate)
                                : ops::compare_bool(interp, CompareOp::Lt, candidate, current);
        if (better < 0) return Value::error();
        if (better) best = static_cast<int64_t>(i);
    }
    if (best < 0) return Value::absent();
    Rooted result(interp.shadow_roots(), (*m->heads)[static_cast<size_t>(best)]);
    if (!advance(interp, m, static_cast<size_t>(best))) return Value::error();
    return result.get();
}

Value heapq_merge(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value key = Value::none();
    bool reverse = false;
    for (size_t i = 0; kwnames && i < kwnames->size(); ++i) {
        Str* name = as_str((*kwnames)[i]);
        if (name->equals("key")) {
            key = args[nargs + i];
        } else if (name->equals("reverse")) {
            int t = ops::truthy(interp, args[nargs + i]);
            if (t < 0) return Value::error();
            reverse = t;
        } else {
            return interp.raise_format(interp.exceptions.type_error,
                                       "merge() got an unexpected keyword argument '%s'",
                                       std::string(name->view()).c_str());
        }
    }
    auto* m = interp.heap().make<Merge>(as_type(args[0]));
    Rooted keep(interp.shadow_roots(), m->value());
    m->key = key;
    m->reverse = reverse;
    m->iterators = List::make(interp);
    m->heads = List::make(interp);
    m->keys = List::make(interp);
    for (size_t i = 1; i < nargs; ++i) {
        Value it = ops::get_iter(interp, args[i]);
        if (it.is_error()) return it;
        m->iterators->append(interp, it);
        m->heads->append(interp, Value::none());
        m->keys->append(interp, Value::none());
    }
    return m->value();
}

} // namespace

Module* make_heapq_module(Interpreter& interp) {
    Module* m = make_module(interp, "heapq");
    module_def(interp, m, "heappush", heapq_heappush);
    module_def(interp, m, "heappop", heapq_heappop);
    module_def(interp, m, "heapreplace", heapq_heapreplace);
    module_def(interp, m, "heappushpop", heapq_heappushpop);
    module_def(interp, m, "heapify", heapq_heapify);
    module_def(interp, m, "nsmallest", heapq_nsmallest);
    module_def(interp, m, "nlargest", heapq_nlargest);
    Type* merge = make_builtin_type(interp, "merge", interp.types.object, sizeof(Merge), 0);
    merge->slots.new_ = nullptr;
    merge->slots.init = nullptr;
    merge->slots.iter = iter_self;
    merge->slots.iternext = merge_next;
    merge->slots.trace = trace_merge;
    NativeFunction* f = make_bound_native(interp, "merge", heapq_merge, nullptr, merge->value());
    f->module = m->name->value();
    module_set(interp, m, "merge", f->value());
    return m;
}

} // namespace coil::modules
