// The itertools module: lazy iterators with CPython's algorithms, so the order of the items
// (and how much of each input is consumed) matches python3.
#include "modules/module_builder.hpp"

#include "vm/class_creation.hpp"
#include "vm/float.hpp"
#include "vm/int.hpp"
#include "vm/list.hpp"
#include "vm/ops.hpp"
#include "vm/tuple.hpp"

#include <string>
#include <vector>

namespace coil::modules {

using namespace coil::vm;

namespace {

// The state of every itertools iterator: what each field means depends on the type (each
// iternext function says), and one trace function covers them all.
struct IterState : Object {
    Value a = Value::absent();
    Value b = Value::absent();
    Value c = Value::absent();
    Value d = Value::absent();
    Value e = Value::absent();
    int64_t n = 0;
    int64_t m = 0;
    int64_t step = 0;
    bool started = false;
    bool done = false;
    std::vector<int64_t> indices;
    std::vector<int64_t> cycles;
};

void trace_state(Object* self, Tracer& tracer) {
    auto* s = static_cast<IterState*>(self);
    tracer.mark(s->a);
    tracer.mark(s->b);
    tracer.mark(s->c);
    tracer.mark(s->d);
    tracer.mark(s->e);
}

void finalize_state(Object* self) {
    static_cast<IterState*>(self)->~IterState();
}

IterState* state_of(Value v) {
    return static_cast<IterState*>(v.as_object());
}

IterState* make_state(Interpreter& interp, Type* type) {
    return make_instance<IterState>(interp, type);
}

Value iter_self(Interpreter&, Value self) {
    return self;
}

bool collect_tuple(Interpreter& interp, Value iterable, Value* out) {
    if (is_tuple(iterable) && as_tuple(iterable)->type == interp.types.tuple) {
        *out = iterable;
        return true;
    }
    List* items = List::make(interp);
    Rooted keep(interp.shadow_roots(), items->value());
    Value it = ops::get_iter(interp, iterable);
    if (it.is_error()) return false;
    Rooted keep_it(interp.shadow_roots(), it);
    for (;;) {
        Value v = ops::iter_next(interp, it);
        if (v.is_error()) return false;
        if (v.is_absent()) break;
        items->append(interp, v);
    }
    *out = Tuple::make(interp, items->items(), items->size())->value();
    return true;
}

// --- count(start=0, step=1): a = current value, b = step.

Value count_new(Interpreter& interp, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[2];
    if (!bind_native_args(interp, "count", args, nargs, kwnames, {"start", "step"}, 0, 0, bound)) {
        return Value::error();
    }
    Value start = bound[0].is_absent() ? Value::from_small_int(0) : bound[0];
    Value step = bound[1].is_absent() ? Value::from_small_int(1) : bound[1];
    for (Value v : {start, step}) {
        Type* t = type_of(interp, v);
        if (!is_int(v) && !v.is_float() && t != interp.types.complex && !t->slots.index) {
            return interp.raise_type_error("a number is required");
        }
    }
    IterState* s = make_state(interp, type);
    s->a = start;
    s->b = step;
    return s->value();
}

Value count_next(Interpreter& interp, Value self) {
    IterState* s = state_of(self);
    Value current = s->a;
    Rooted keep(interp.shadow_roots(), current);
    Value next = ops::binary_op(interp, BinaryOp::Add, current, s->b);
    if (next.is_error()) return next;
    s->a = next;
    return current;
}

Value count_repr(Interpreter& interp, Value self) {
    IterState* s = state_of(self);
    Str* start = ops::repr(interp, s->a);
    if (!start) return Value::error();
    std::string out = "count(" + std::string(start->view());
    if (!(s->b.is_small_int() && s->b.as_small_int() == 1)) {
        Str* step = ops::repr(interp, s->b);
        if (!step) return Value::error();
        out += ", " + std::string(step->view());
    }
    out += ")";
    return Str::make(interp, out)->value();
}

// --- cycle(iterable): a = source iterator, b = saved items (a list), n = replay position.

Value cycle_new(Interpreter& interp, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "cycle", kwnames) || !check_arity(interp, "cycle", nargs, 1, 1)) {
        return Value::error();
    }
    Value it = ops::get_iter(interp, args[0]);
    if (it.is_error()) return it;
    Rooted keep(interp.shadow_roots(), it);
    IterState* s = make_state(interp, type);
    s->a = it;
    s->b = List::make(interp)->value();
    return s->value();
}

Value cycle_next(Interpreter& interp, Value self) {
    IterState* s = state_of(self);
    List* saved = as_list(s->b);
    if (!s->done) {
        Value v = ops::iter_next(interp, s->a);
        if (v.is_error()) return v;
        if (!v.is_absent()) {
            saved->append(interp, v);
            return v;
        }
        s->done = true;
        s->a = Value::absent();
    }
    if (saved->size() == 0) return Value::absent();
    Value v = (*saved)[static_cast<size_t>(s->n)];
    s->n = (s->n + 1) % static_cast<int64_t>(saved->size());
    return v;
}

// --- repeat(object, times=None): a = object, n = times left (-1: forever).

Value repeat_new(Interpreter& interp, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[2];
    if (!bind_native_args(interp, "repeat", args, nargs, kwnames, {"object", "times"}, 1, 0,
                          bound)) {
        return Value::error();
    }
    int64_t times = -1;
    if (!bound[1].is_absent()) {
        Value n = ops::index(interp, bound[1]);
        if (n.is_error()) return n;
        if (!int_to_ssize(interp, n, &times)) return Value::error();
        if (times < 0) times = 0;
    }
    IterState* s = make_state(interp, type);
    s->a = bound[0];
    s->n = times;
    return s->value();
}

Value repeat_next(Interpreter&, Value self) {
    IterState* s = state_of(self);
    if (s->n == 0) return Value::absent();
    if (s->n > 0) --s->n;
    return s->a;
}

Value repeat_repr(Interpreter& interp, Value self) {
    IterState* s = state_of(self);
    Str* object = ops::repr(interp, s->a);
    if (!object) return Value::error();
    std::string out = "repeat(" + std::string(object->view());
    if (s->n >= 0) out += ", " + std::to_string(s->n);
    out += ")";
    return Str::make(interp, out)->value();
}

// --- accumulate(iterable, func=None, *, initial=None): a = source, b = func (or absent),
// c = running total (absent before the first), d = initial still to produce.

Value accumulate_new(Interpreter& interp, Type* type, const Value* args, size_t nargs,
                     Tuple* kwnames) {
    Value bound[3];
    if (!bind_native_args(interp, "accumulate", args, nargs, kwnames,
                          {"iterable", "func", "initial"}, 1, 0, bound)) {
        return Value::error();
    }
    if (nargs > 2) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "accumulate() takes at most 2 positional arguments (%zu given)",
                                   nargs);
    }
    Value it = ops::get_iter(interp, bound[0]);
    if (it.is_error()) return it;
    Rooted keep(interp.shadow_roots(), it);
    IterState* s = make_state(interp, type);
    s->a = it;
    s->b = bound[1].is_none() ? Value::absent() : bound[1];
    s->d = bound[2].is_none() ? Value::absent() : bound[2];
    return s->value();
}

Value accumulate_next(Interpreter& interp, Value self) {
    IterState* s = state_of(self);
    if (!s->d.is_absent()) {
        s->c = s->d;
        s->d = Value::absent();
        return s->c;
    }
    Value v = ops::iter_next(interp, s->a);
    if (v.is_error() || v.is_absent()) return v;
    if (s->c.is_absent()) {
        s->c = v;
        return v;
    }
    Rooted keep(interp.shadow_roots(), v);
    Value total;
    if (s->b.is_absent()) {
        total = ops::binary_op(interp, BinaryOp::Add, s->c, v);
    } else {
        Value pair[2] = {s->c, v};
        total = ops::call(interp, s->b, pair, 2);
    }
    if (total.is_error()) return total;
    s->c = total;
    return total;
}

// --- chain(*iterables) and chain.from_iterable(iterable): a = iterator over the iterables,
// b = the current one's iterator.

Value chain_new(Interpreter& interp, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "chain", kwnames)) return Value::error();
    Tuple* sources = Tuple::make(interp, args, nargs);
    Rooted keep(interp.shadow_roots(), sources->value());
    Value it = ops::get_iter(interp, sources->value());
    if (it.is_error()) return it;
    Rooted keep_it(interp.shadow_roots(), it);
    IterState* s = make_state(interp, type);
    s->a = it;
    return s->value();
}

Value chain_from_iterable(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "from_iterable", nargs - 1)) return Value::error();
    Value it = ops::get_iter(interp, args[1]);
    if (it.is_error()) return it;
    Rooted keep_it(interp.shadow_roots(), it);
    IterState* s = make_state(interp, as_type(args[0]));
    s->a = it;
    return s->value();
}

Value chain_next(Interpreter& interp, Value self) {
    IterState* s = state_of(self);
    for (;;) {
        if (s->b.is_absent()) {
            if (s->a.is_absent()) return Value::absent();
            Value next = ops::iter_next(interp, s->a);
            if (next.is_error()) return next;
            if (next.is_absent()) {
                s->a = Value::absent();
                return next;
            }
            Value it = ops::get_iter(interp, next);
            if (it.is_error()) return it;
            s->b = it;
        }
        Value v = ops::iter_next(interp, s->b);
        if (v.is_error() || !v.is_absent()) return v;
        s->b = Value::absent();
    }
}

// --- compress(data, selectors): a = data iterator, b = selectors iterator.

Value compress_new(Interpreter& interp, Type* type, const Value* args, size_t nargs,
                   Tuple* kwnames) {
    Value bound[2];
    if (!bind_native_args(interp, "compress", args, nargs, kwnames, {"data", "selectors"}, 2, 0,
                          bound)) {
        return Value::error();
    }
    Value data = ops::get_iter(interp, bound[0]);
    if (data.is_error()) return data;
    Rooted keep(interp.shadow_roots(), data);
    Value selectors = ops::get_iter(interp, bound[1]);
    if (selectors.is_error()) return selectors;
    Rooted keep_s(interp.shadow_roots(), selectors);
    IterState* s = make_state(interp, type);
    s->a = data;
    s->b = selectors;
    return s->value();
}

Value compress_next(Interpreter& interp, Value self) {
    IterState* s = state_of(self);
    for (;;) {
        Value d = ops::iter_next(interp, s->a);
        if (d.is_error() || d.is_absent()) return d;
        Rooted keep(interp.shadow_roots(), d);
        Value sel = ops::iter_next(interp, s->b);
        if (sel.is_error() || sel.is_absent()) return sel;
        int t = ops::truthy(interp, sel);
        if (t < 0) return Value::error();
        if (t) return d;
    }
}

// --- dropwhile / takewhile / filterfalse (predicate, iterable): a = predicate, b = source.

Value predicate_new(Interpreter& interp, Type* type, const char* name, const Value* args,
                    size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, name, kwnames) || !check_arity(interp, name, nargs, 2, 2)) {
        return Value::error();
    }
    Value it = ops::get_iter(interp, args[1]);
    if (it.is_error()) return it;
    Rooted keep(interp.shadow_roots(), it);
    IterState* s = make_state(interp, type);
    s->a = args[0];
    s->b = it;
    return s->value();
}

// pred(item) as a truth value: 1, 0, -1; a None predicate tests the item itself.
int test_predicate(Interpreter& interp, Value pred, Value item) {
    if (pred.is_none()) return ops::truthy(interp, item);
    Value r = ops::call1(interp, pred, item);
    if (r.is_error()) return -1;
    return ops::truthy(interp, r);
}

Value dropwhile_new(Interpreter& interp, Type* type, const Value* args, size_t nargs,
                    Tuple* kwnames) {
    return predicate_new(interp, type, "dropwhile", args, nargs, kwnames);
}

Value dropwhile_next(Interpreter& interp, Value self) {
    IterState* s = state_of(self);
    for (;;) {
        Value v = ops::iter_next(interp, s->b);
        if (v.is_error() || v.is_absent() || s->done) return v;
        Rooted keep(interp.shadow_roots(), v);
        int t = test_predicate(interp, s->a, v);
        if (t < 0) return Value::error();
        if (!t) {
            s->done = true;
            return v;
        }
    }
}

Value takewhile_new(Interpreter& interp, Type* type, const Value* args, size_t nargs,
                    Tuple* kwnames) {
    return predicate_new(interp, type, "takewhile", args, nargs, kwnames);
}

Value takewhile_next(Interpreter& interp, Value self) {
    IterState* s = state_of(self);
    if (s->done) return Value::absent();
    Value v = ops::iter_next(interp, s->b);
    if (v.is_error() || v.is_absent()) return v;
    Rooted keep(interp.shadow_roots(), v);
    int t = test_predicate(interp, s->a, v);
    if (t < 0) return Value::error();
    if (t) return v;
    s->done = true;
    return Value::absent();
}

Value filterfalse_new(Interpreter& interp, Type* type, const Value* args, size_t nargs,
                      Tuple* kwnames) {
    return predicate_new(interp, type, "filterfalse", args, nargs, kwnames);
}

Value filterfalse_next(Interpreter& interp, Value self) {
    IterState* s = state_of(self);
    for (;;) {
        Value v = ops::iter_next(interp, s->b);
        if (v.is_error() || v.is_absent()) return v;
        Rooted keep(interp.shadow_roots(), v);
        int t = test_predicate(interp, s->a, v);
        if (t < 0) return Value::error();
        if (!t) return v;
    }
}

// --- groupby(iterable, key=None), as CPython's: a = source, b = key function (or absent),
// c = target key, d = current key, e = current value, n = the generation: each step of the
// groupby invalidates the groupers it made before. A _grouper: a = its groupby, b = its key,
// n = its generation.

Type* grouper_type_of(Interpreter& interp, Value groupby) {
    return as_type(type_lookup(type_of(interp, groupby), interp.intern("_grouper")));
}

Value groupby_new(Interpreter& interp, Type* type, const Value* args, size_t nargs,
                  Tuple* kwnames) {
    Value bound[2];
    if (!bind_native_args(interp, "groupby", args, nargs, kwnames, {"iterable", "key"}, 1, 0,
                          bound)) {
        return Value::error();
    }
    Value it = ops::get_iter(interp, bound[0]);
    if (it.is_error()) return it;
    Rooted keep(interp.shadow_roots(), it);
    IterState* s = make_state(interp, type);
    s->a = it;
    s->b = bound[1].is_none() ? Value::absent() : bound[1];
    return s->value();
}

// Reads the next value and its key into the groupby; 1 ok, 0 exhausted, -1 error.
int groupby_step(Interpreter& interp, IterState* g) {
    Value v = ops::iter_next(interp, g->a);
    if (v.is_error()) return -1;
    if (v.is_absent()) return 0;
    Rooted keep(interp.shadow_roots(), v);
    Value key = v;
    if (!g->b.is_absent()) {
        key = ops::call1(interp, g->b, v);
        if (key.is_error()) return -1;
    }
    g->e = v;
    g->d = key;
    return 1;
}

Value groupby_next(Interpreter& interp, Value self) {
    IterState* g = state_of(self);
    ++g->n; // a new generation: any earlier grouper is now exhausted
    Rooted keep_self(interp.shadow_roots(), self);
    for (;;) {
        if (!g->d.is_absent()) {
            if (g->c.is_absent()) break;
            int eq = ops::compare_bool(interp, CompareOp::Eq, g->c, g->d);
            if (eq < 0) return Value::error();
            if (!eq) break;
        }
        int r = groupby_step(interp, g);
        if (r <= 0) return r < 0 ? Value::error() : Value::absent();
    }
    g->c = g->d;
    IterState* grouper = make_state(interp, grouper_type_of(interp, self));
    grouper->a = self;
    grouper->b = g->c;
    grouper->n = g->n;
    Rooted keep_grouper(interp.shadow_roots(), grouper->value());
    return Tuple::make(interp, {g->c, grouper->value()})->value();
}

Value grouper_next(Interpreter& interp, Value self) {
    IterState* grouper = state_of(self);
    IterState* g = state_of(grouper->a);
    if (g->n != grouper->n) return Value::absent();
    if (g->e.is_absent()) {
        int r = groupby_step(interp, g);
        if (r <= 0) return r < 0 ? Value::error() : Value::absent();
    }
    int eq = ops::compare_bool(interp, CompareOp::Eq, grouper->b, g->d);
    if (eq < 0) return Value::error();
    if (!eq) return Value::absent();
    Value v = g->e;
    g->e = Value::absent();
    return v;
}

// --- islice(iterable, [start,] stop [, step]): a = source, n = items read, m = index of the
// next item to produce, step, and indices[0] = stop (-1: none).

bool islice_bound(Interpreter& interp, Value v, int64_t* out, const char* message) {
    if (v.is_none()) return true;
    if (is_int(v) || type_of(interp, v)->slots.index) {
        Value i = ops::index(interp, v);
        if (i.is_error()) return false;
        int64_t n;
        if (int_to_int64(i, &n) && n >= 0) {
            *out = n;
            return true;
        }
        if (int_sign(i) > 0) {
            *out = INT64_MAX;
            return true;
        }
    }
    interp.raise(interp.exceptions.value_error, message);
    return false;
}

Value islice_new(Interpreter& interp, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "islice", kwnames) ||
        !check_arity(interp, "islice", nargs, 2, 4)) {
        return Value::error();
    }
    int64_t start = 0, stop = -1, step = 1;
    if (nargs == 2) {
        if (!islice_bound(interp, args[1], &stop,
                          "Stop argument for islice() must be None or an integer: 0 <= x <= "
                          "sys.maxsize.")) {
            return Value::error();
        }
    } else {
        const char* message =
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
        if (!islice_bound(interp, args[1], &start, message) ||
            !islice_bound(interp, args[2], &stop,
                          "Stop argument for islice() must be None or an integer: 0 <= x <= "
                          "sys.maxsize.")) {
            return Value::error();
        }
        if (nargs == 4) {
            int64_t given = -1;
            if (!args[3].is_none()) {
                if (!islice_bound(interp, args[3], &given,
                                  "Step for islice() must be a positive integer or None.") ||
                    given == 0) {
                    if (!interp.has_pending()) {
                        interp.raise(interp.exceptions.value_error,
                                     "Step for islice() must be a positive integer or None.");
                    } else if (interp.pending_matches(interp.exceptions.value_error)) {
                        interp.clear_pending();
                        interp.raise(interp.exceptions.value_error,
                                     "Step for islice() must be a positive integer or None.");
                    }
                    return Value::error();
                }
                step = given;
            }
        }
    }
    Value it = ops::get_iter(interp, args[0]);
    if (it.is_error()) return it;
    Rooted keep(interp.shadow_roots(), it);
    IterState* s = make_state(interp, type);
    s->a = it;
    s->m = start;
    s->step = step;
    s->indices.push_back(stop);
    return s->value();
}

Value islice_next(Interpreter& interp, Value self) {
    IterState* s = state_of(self);
    if (s->a.is_absent()) return Value::absent();
    int64_t stop = s->indices[0];
    while (s->n < s->m) {
        Value skipped = ops::iter_next(interp, s->a);
        if (skipped.is_error()) return skipped;
        if (skipped.is_absent()) {
            s->a = Value::absent();
            return skipped;
        }
        ++s->n;
    }
    if (stop != -1 && s->n >= stop) {
        s->a = Value::absent();
        return Value::absent();
    }
    Value v = ops::iter_next(interp, s->a);
    if (v.is_error()) return v;
    if (v.is_absent()) {
        s->a = Value::absent();
        return v;
    }
    ++s->n;
    int64_t old = s->m;
    s->m += s->step;
    if (s->m < old || (stop != -1 && s->m > stop)) s->m = stop;
    return v;
}

// --- starmap(function, iterable): a = function, b = source.

Value starmap_new(Interpreter& interp, Type* type, const Value* args, size_t nargs,
                  Tuple* kwnames) {
    return predicate_new(interp, type, "starmap", args, nargs, kwnames);
}

Value starmap_next(Interpreter& interp, Value self) {
    IterState* s = state_of(self);
    Value item = ops::iter_next(interp, s->b);
    if (item.is_error() || item.is_absent()) return item;
    Rooted keep(interp.shadow_roots(), item);
    Value tuple;
    if (!collect_tuple(interp, item, &tuple)) return Value::error();
    Rooted keep_tuple(interp.shadow_roots(), tuple);
    return ops::call(interp, s->a, as_tuple(tuple)->items(), as_tuple(tuple)->size());
}

// --- tee(iterable, n=2): the iterators share a list whose item 0 is the source iterator
// (None once exhausted) and whose other items are everything read so far; a = that list,
// n = the next position to produce.

Value tee_next(Interpreter& interp, Value self) {
    IterState* s = state_of(self);
    List* shared = as_list(s->a);
    if (s->n + 1 >= static_cast<int64_t>(shared->size())) {
        Value source = (*shared)[0];
        if (source.is_none()) return Value::absent();
        Value v = ops::iter_next(interp, source);
        if (v.is_error()) return v;
        if (v.is_absent()) {
            (*shared)[0] = Value::none();
            return v;
        }
        shared->append(interp, v);
    }
    return (*shared)[static_cast<size_t>(++s->n)];
}

Value itertools_tee(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "tee", kwnames) || !check_arity(interp, "tee", nargs - 1, 1, 2)) {
        return Value::error();
    }
    int64_t n = 2;
    if (nargs > 2) {
        Value count = ops::index(interp, args[2]);
        if (count.is_error()) return count;
        if (!int_to_ssize(interp, count, &n)) return Value::error();
        if (n < 0) return interp.raise(interp.exceptions.value_error, "n must be >= 0");
    }
    Value it = ops::get_iter(interp, args[1]);
    if (it.is_error()) return it;
    Rooted keep(interp.shadow_roots(), it);
    List* shared = List::make(interp);
    shared->append(interp, it);
    Rooted keep_shared(interp.shadow_roots(), shared->value());
    Tuple* result = Tuple::make(interp, static_cast<size_t>(n));
    Rooted keep_result(interp.shadow_roots(), result->value());
    for (int64_t i = 0; i < n; ++i) {
        IterState* t = make_state(interp, as_type(args[0]));
        t->a = shared->value();
        (*result)[static_cast<size_t>(i)] = t->value();
    }
    return result->value();
}

// --- zip_longest(*iterables, fillvalue=None): a = list of iterators (None when exhausted),
// b = fillvalue, n = how many are still active.

Value zip_longest_new(Interpreter& interp, Type* type, const Value* args, size_t nargs,
                      Tuple* kwnames) {
    Value fill = Value::none();
    if (kwnames) {
        for (size_t i = 0; i < kwnames->size(); ++i) {
            if (!as_str((*kwnames)[i])->equals("fillvalue")) {
                return interp.raise_type_error("zip_longest() got an unexpected keyword argument");
            }
            fill = args[nargs + i];
        }
    }
    List* iterators = List::make(interp);
    Rooted keep(interp.shadow_roots(), iterators->value());
    for (size_t i = 0; i < nargs; ++i) {
        Value it = ops::get_iter(interp, args[i]);
        if (it.is_error()) return it;
        iterators->append(interp, it);
    }
    IterState* s = make_state(interp, type);
    s->a = iterators->value();
    s->b = fill;
    s->n = static_cast<int64_t>(nargs);
    return s->value();
}

Value zip_longest_next(Interpreter& interp, Value self) {
    IterState* s = state_of(self);
    List* iterators = as_list(s->a);
    if (iterators->size() == 0 || s->n == 0) return Value::absent();
    Tuple* result = Tuple::make(interp, iterators->size());
    Rooted keep(interp.shadow_roots(), result->value());
    for (size_t i = 0; i < iterators->size(); ++i) {
        Value it = (*iterators)[i];
        Value v = s->b;
        if (!it.is_none()) {
            v = ops::iter_next(interp, it);
            if (v.is_error()) return v;
            if (v.is_absent()) {
                if (--s->n == 0) return Value::absent();
                (*iterators)[i] = Value::none();
                v = s->b;
            }
        }
        (*result)[i] = v;
    }
    return result->value();
}

// --- pairwise(iterable): a = source, b = the previous item.

Value pairwise_new(Interpreter& interp, Type* type, const Value* args, size_t nargs,
                   Tuple* kwnames) {
    if (!reject_keywords(interp, "pairwise", kwnames) ||
        !check_arity(interp, "pairwise", nargs, 1, 1)) {
        return Value::error();
    }
    Value it = ops::get_iter(interp, args[0]);
    if (it.is_error()) return it;
    Rooted keep(interp.shadow_roots(), it);
    IterState* s = make_state(interp, type);
    s->a = it;
    return s->value();
}

Value pairwise_next(Interpreter& interp, Value self) {
    IterState* s = state_of(self);
    if (s->a.is_absent()) return Value::absent();
    if (s->b.is_absent()) {
        Value first = ops::iter_next(interp, s->a);
        if (first.is_error()) return first;
        if (first.is_absent()) {
            s->a = Value::absent();
            return first;
        }
        s->b = first;
    }
    Value v = ops::iter_next(interp, s->a);
    if (v.is_error()) return v;
    if (v.is_absent()) {
        s->a = Value::absent();
        s->b = Value::absent();
        return v;
    }
    Value pair = Tuple::make(interp, {s->b, v})->value();
    s->b = v;
    return pair;
}

// --- Combinatorics. a = the pool (a tuple; for product a tuple of tuples), indices and
// cycles as in the pure-Python equivalents in CPython's documentation, n = r.

Value tuple_of_indices(Interpreter& interp, Tuple* pool, const std::vector<int64_t>& indices,
                       size_t r) {
    Tuple* t = Tuple::make(interp, r);
    for (size_t i = 0; i < r; ++i) (*t)[i] = (*pool)[static_cast<size_t>(indices[i])];
    return t->value();
}

bool read_r(Interpreter& interp, Value v, int64_t* r) {
    if (!is_int(v)) {
        interp.raise_type_error("Expected int as r");
        return false;
    }
    if (!int_to_ssize(interp, v, r)) return false;
    if (*r < 0) {
        interp.raise(interp.exceptions.value_error, "r must be non-negative");
        return false;
    }
    return true;
}

Value product_new(Interpreter& interp, Type* type, const Value* args, size_t nargs,
                  Tuple* kwnames) {
    int64_t repeat = 1;
    if (kwnames) {
        for (size_t i = 0; i < kwnames->size(); ++i) {
            if (!as_str((*kwnames)[i])->equals("repeat")) {
                return interp.raise_format(interp.exceptions.type_error,
                                           "product() got an unexpected keyword argument '%s'",
                                           std::string(as_str((*kwnames)[i])->view()).c_str());
            }
            Value n = ops::index(interp, args[nargs + i]);
            if (n.is_error()) return n;
            if (!int_to_ssize(interp, n, &repeat)) return Value::error();
            if (repeat < 0) {
                return interp.raise(interp.exceptions.value_error,
                                    "repeat argument cannot be negative");
            }
        }
    }
    List* pools = List::make(interp);
    Rooted keep(interp.shadow_roots(), pools->value());
    for (size_t i = 0; i < nargs; ++i) {
        Value pool;
        if (!collect_tuple(interp, args[i], &pool)) return Value::error();
        pools->append(interp, pool);
    }
    size_t count = pools->size();
    for (int64_t r = 1; r < repeat; ++r) {
        for (size_t i = 0; i < count; ++i) pools->append(interp, (*pools)[i]);
    }
    if (repeat == 0) pools->clear();
    IterState* s = make_state(interp, type);
    s->a = Tuple::make(interp, pools->items(), pools->size())->value();
    s->indices.assign(pools->size(), 0);
    return s->value();
}

Value product_next(Interpreter& interp, Value self) {
    IterState* s = state_of(self);
    if (s->done) return Value::absent();
    Tuple* pools = as_tuple(s->a);
    size_t n = pools->size();
    if (!s->started) {
        s->started = true;
        for (Value p : *pools) {
            if (as_tuple(p)->size() == 0) {
                s->done = true;
                return Value::absent();
            }
        }
    } else {
        size_t i = n;
        for (;;) {
            if (i == 0) {
                s->done = true;
                return Value::absent();
            }
            --i;
            if (++s->indices[i] < static_cast<int64_t>(as_tuple((*pools)[i])->size())) break;
            s->indices[i] = 0;
        }
    }
    Tuple* t = Tuple::make(interp, n);
    for (size_t i = 0; i < n; ++i) {
        (*t)[i] = (*as_tuple((*pools)[i]))[static_cast<size_t>(s->indices[i])];
    }
    return t->value();
}

Value combinations_new_common(Interpreter& interp, Type* type, const char* name, const Value* args,
                              size_t nargs, Tuple* kwnames) {
    Value bound[2];
    if (!bind_native_args(interp, name, args, nargs, kwnames, {"iterable", "r"}, 2, 0, bound)) {
        return Value::error();
    }
    int64_t r;
    if (!read_r(interp, bound[1], &r)) return Value::error();
    Value pool;
    if (!collect_tuple(interp, bound[0], &pool)) return Value::error();
    Rooted keep(interp.shadow_roots(), pool);
    IterState* s = make_state(interp, type);
    s->a = pool;
    s->n = r;
    return s->value();
}

Value combinations_new(Interpreter& interp, Type* type, const Value* args, size_t nargs,
                       Tuple* kwnames) {
    return combinations_new_common(interp, type, "combinations", args, nargs, kwnames);
}

Value combinations_next(Interpreter& interp, Value self) {
    IterState* s = state_of(self);
    if (s->done) return Value::absent();
    Tuple* pool = as_tuple(s->a);
    auto n = static_cast<int64_t>(pool->size());
    int64_t r = s->n;
    if (!s->started) {
        s->started = true;
        if (r > n) {
            s->done = true;
            return Value::absent();
        }
        for (int64_t i = 0; i < r; ++i) s->indices.push_back(i);
    } else {
        int64_t i = r - 1;
        while (i >= 0 && s->indices[i] == i + n - r) --i;
        if (i < 0) {
            s->done = true;
            return Value::absent();
        }
        ++s->indices[i];
        for (int64_t j = i + 1; j < r; ++j) s->indices[j] = s->indices[j - 1] + 1;
    }
    return tuple_of_indices(interp, pool, s->indices, static_cast<size_t>(r));
}

Value cwr_new(Interpreter& interp, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    return combinations_new_common(interp, type, "combinations_with_replacement", args, nargs,
                                   kwnames);
}

Value cwr_next(Interpreter& interp, Value self) {
    IterState* s = state_of(self);
    if (s->done) return Value::absent();
    Tuple* pool = as_tuple(s->a);
    auto n = static_cast<int64_t>(pool->size());
    int64_t r = s->n;
    if (!s->started) {
        s->started = true;
        if (n == 0 && r > 0) {
            s->done = true;
            return Value::absent();
        }
        s->indices.assign(static_cast<size_t>(r), 0);
    } else {
        int64_t i = r - 1;
        while (i >= 0 && s->indices[i] == n - 1) --i;
        if (i < 0) {
            s->done = true;
            return Value::absent();
        }
        int64_t v = s->indices[i] + 1;
        for (int64_t j = i; j < r; ++j) s->indices[j] = v;
    }
    return tuple_of_indices(interp, pool, s->indices, static_cast<size_t>(r));
}

Value permutations_new(Interpreter& interp, Type* type, const Value* args, size_t nargs,
                       Tuple* kwnames) {
    Value bound[2];
    if (!bind_native_args(interp, "permutations", args, nargs, kwnames, {"iterable", "r"}, 1, 0,
                          bound)) {
        return Value::error();
    }
    Value pool;
    if (!collect_tuple(interp, bound[0], &pool)) return Value::error();
    Rooted keep(interp.shadow_roots(), pool);
    int64_t r = static_cast<int64_t>(as_tuple(pool)->size());
    if (!bound[1].is_absent() && !bound[1].is_none() && !read_r(interp, bound[1], &r)) {
        return Value::error();
    }
    IterState* s = make_state(interp, type);
    s->a = pool;
    s->n = r;
    return s->value();
}

Value permutations_next(Interpreter& interp, Value self) {
    IterState* s = state_of(self);
    if (s->done) return Value::absent();
    Tuple* pool = as_tuple(s->a);
    auto n = static_cast<int64_t>(pool->size());
    int64_t r = s->n;
    if (!s->started) {
        s->started = true;
        if (r > n) {
            s->done = true;
            return Value::absent();
        }
        for (int64_t i = 0; i < n; ++i) s->indices.push_back(i);
        for (int64_t i = n; i > n - r; --i) s->cycles.push_back(i);
        return tuple_of_indices(interp, pool, s->indices, static_cast<size_t>(r));
    }
    auto& indices = s->indices;
    auto& cycles = s->cycles;
    for (int64_t i = r - 1; i >= 0; --i) {
        if (--cycles[i] == 0) {
            int64_t first = indices[i];
            for (int64_t j = i; j < n - 1; ++j) indices[j] = indices[j + 1];
            indices[n - 1] = first;
            cycles[i] = n - i;
        } else {
            int64_t j = cycles[i];
            std::swap(indices[i], indices[n - j]);
            return tuple_of_indices(interp, pool, indices, static_cast<size_t>(r));
        }
    }
    s->done = true;
    return Value::absent();
}

struct IteratorKind {
    const char* name;
    decltype(TypeSlots::new_) new_;
    UnaryFn next;
    UnaryFn repr;
};

Type* make_iterator_type(Interpreter& interp, const IteratorKind& kind) {
    Type* t = make_builtin_type(interp, kind.name, interp.types.object, sizeof(IterState),
                                kind.new_ ? uint32_t(TypeBaseType) : 0u);
    set_native_type_module(interp, t, "itertools");
    t->slots.new_ = kind.new_;
    t->slots.init = nullptr;
    t->slots.iter = iter_self;
    t->slots.iternext = kind.next;
    if (kind.repr) t->slots.repr = kind.repr;
    t->slots.trace = trace_state;
    t->slots.finalize = finalize_state;
    return t;
}

} // namespace

Module* make_itertools_module(Interpreter& interp) {
    Module* m = make_module(interp, "itertools");
    const IteratorKind kinds[] = {
        {"count", count_new, count_next, count_repr},
        {"cycle", cycle_new, cycle_next, nullptr},
        {"repeat", repeat_new, repeat_next, repeat_repr},
        {"accumulate", accumulate_new, accumulate_next, nullptr},
        {"chain", chain_new, chain_next, nullptr},
        {"compress", compress_new, compress_next, nullptr},
        {"dropwhile", dropwhile_new, dropwhile_next, nullptr},
        {"takewhile", takewhile_new, takewhile_next, nullptr},
        {"filterfalse", filterfalse_new, filterfalse_next, nullptr},
        {"groupby", groupby_new, groupby_next, nullptr},
        {"islice", islice_new, islice_next, nullptr},
        {"starmap", starmap_new, starmap_next, nullptr},
        {"zip_longest", zip_longest_new, zip_longest_next, nullptr},
        {"pairwise", pairwise_new, pairwise_next, nullptr},
        {"product", product_new, product_next, nullptr},
        {"combinations", combinations_new, combinations_next, nullptr},
        {"combinations_with_replacement", cwr_new, cwr_next, nullptr},
        {"permutations", permutations_new, permutations_next, nullptr},
    };
    for (const IteratorKind& kind : kinds) {
        Type* t = make_iterator_type(interp, kind);
        module_set(interp, m, kind.name, t->value());
        if (kind.next == chain_next) {
            add_method(interp, t, "from_iterable", chain_from_iterable, NativeClassMethod);
        }
        if (kind.next == groupby_next) {
            Type* grouper =
                make_iterator_type(interp, {"_grouper", nullptr, grouper_next, nullptr});
            type_set_attr(interp, t, "_grouper", grouper->value());
        }
    }
    Type* tee = make_iterator_type(interp, {"_tee", nullptr, tee_next, nullptr});
    module_set(interp, m, "_tee", tee->value());
    module_set(interp, m, "tee",
               make_bound_native(interp, "tee", itertools_tee, nullptr, tee->value())->value());
    return m;
}

} // namespace coil::modules
