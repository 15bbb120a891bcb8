// range: construction, repr, indexing, containment and the fast iterator.
#include "vm/range.hpp"

#include "vm/int.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <string>

namespace coil::vm {

Range* make_range(Interpreter& interp, int64_t start, int64_t stop, int64_t step) {
    Range* r = interp.heap().make<Range>(interp.types.range);
    r->start = make_int(interp, start);
    r->stop = make_int(interp, stop);
    r->step = make_int(interp, step);
    int64_t length = 0;
    if (step > 0 && start < stop) {
        length =
            static_cast<int64_t>((static_cast<uint64_t>(stop) - static_cast<uint64_t>(start) - 1) /
                                     static_cast<uint64_t>(step) +
                                 1);
    } else if (step < 0 && start > stop) {
        length =
            static_cast<int64_t>((static_cast<uint64_t>(start) - static_cast<uint64_t>(stop) - 1) /
                                     (0 - static_cast<uint64_t>(step)) +
                                 1);
    }
    r->length = length;
    return r;
}

namespace {

void trace_range(Object* self, Tracer& tracer) {
    auto* r = static_cast<Range*>(self);
    tracer.mark(r->start);
    tracer.mark(r->stop);
    tracer.mark(r->step);
}

int64_t small(Value v) {
    int64_t i = 0;
    int_to_int64(v, &i);
    return i;
}

bool range_arg(Interpreter& interp, Value v, int64_t* out) {
    Value i = ops::index(interp, v);
    if (i.is_error()) return false;
    if (!int_to_int64(i, out) || *out < -(int64_t(1) << 62) || *out > (int64_t(1) << 62)) {
        interp.raise(interp.exceptions.overflow_error,
                     "Python int too large to convert to C ssize_t");
        return false;
    }
    return true;
}

Value range_new(Interpreter& interp, Type*, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "range", kwnames)) return Value::error();
    if (nargs == 0) return interp.raise_type_error("range expected at least 1 argument, got 0");
    if (nargs > 3) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "range expected at most 3 arguments, got %zu", nargs);
    }
    int64_t start = 0, stop, step = 1;
    if (nargs == 1) {
        if (!range_arg(interp, args[0], &stop)) return Value::error();
    } else {
        if (!range_arg(interp, args[0], &start) || !range_arg(interp, args[1], &stop)) {
            return Value::error();
        }
        if (nargs == 3) {
            if (!range_arg(interp, args[2], &step)) return Value::error();
            if (step == 0) {
                return interp.raise(interp.exceptions.value_error,
                                    "range() arg 3 must not be zero");
            }
        }
    }
    return make_range(interp, start, stop, step)->value();
}

Value range_repr(Interpreter& interp, Value self) {
    auto* r = static_cast<Range*>(self.as_object());
    std::string text = "range(" + int_to_string(r->start) + ", " + int_to_string(r->stop);
    if (small(r->step) != 1) text += ", " + int_to_string(r->step);
    text += ")";
    return Str::make_ascii(interp, text)->value();
}

int64_t range_len(Interpreter&, Value self) {
    return static_cast<Range*>(self.as_object())->length;
}

int64_t range_truth(Interpreter&, Value self) {
    return static_cast<Range*>(self.as_object())->length != 0;
}

Value range_getitem(Interpreter& interp, Value self, Value key) {
    auto* r = static_cast<Range*>(self.as_object());
    int64_t start = small(r->start), step = small(r->step);
    if (is_slice(interp, key)) {
        int64_t s, e, st, count;
        if (!slice_indices(interp, static_cast<Slice*>(key.as_object()), r->length, &s, &e, &st,
                           &count)) {
            return Value::error();
        }
        (void)count;
        return make_range(interp, start + s * step, start + e * step, step * st)->value();
    }
    int64_t i;
    if (!is_int(key) && !type_of(interp, key)->slots.index) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "range indices must be integers or slices, not %s",
                                   std::string(type_name(interp, key)).c_str());
    }
    if (!value_to_index(interp, key, &i)) return Value::error();
    if (i < 0) i += r->length;
    if (i < 0 || i >= r->length) {
        return interp.raise(interp.exceptions.index_error, "range object index out of range");
    }
    return make_int(interp, start + i * step);
}

int range_contains(Interpreter& interp, Value self, Value item) {
    auto* r = static_cast<Range*>(self.as_object());
    if (item.is_small_int() || item.is_bool()) {
        int64_t v = small(item), start = small(r->start), step = small(r->step);
        if (r->length == 0) return 0;
        int64_t last = start + (r->length - 1) * step;
        if (step > 0 ? (v < start || v > last) : (v > start || v < last)) return 0;
        return (v - start) % step == 0;
    }
    for (int64_t i = 0; i < r->length; ++i) {
        int eq = ops::equals(interp, make_int(interp, small(r->start) + i * small(r->step)), item);
        if (eq != 0) return eq;
    }
    return 0;
}

Value range_richcompare(Interpreter& interp, Value self, Value other, CompareOp op) {
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || !other.is_object() ||
        other.as_object()->type != interp.types.range) {
        return interp.not_implemented;
    }
    auto* a = static_cast<Range*>(self.as_object());
    auto* b = static_cast<Range*>(other.as_object());
    bool equal = a->length == b->length &&
                 (a->length == 0 || (small(a->start) == small(b->start) &&
                                     (a->length == 1 || small(a->step) == small(b->step))));
    return Value::from_bool(op == CompareOp::Eq ? equal : !equal);
}

Value range_iter(Interpreter& interp, Value self) {
    auto* r = static_cast<Range*>(self.as_object());
    auto* it = interp.heap().make<RangeIterator>(interp.types.range_iterator);
    it->next = small(r->start);
    it->step = small(r->step);
    it->remaining = r->length;
    return it->value();
}

Value range_iterator_next(Interpreter& interp, Value self) {
    auto* it = static_cast<RangeIterator*>(self.as_object());
    if (it->remaining <= 0) return Value::absent();
    --it->remaining;
    int64_t v = it->next;
    it->next += it->step;
    return make_int(interp, v);
}

Value iter_self(Interpreter&, Value self) {
    return self;
}

Value range_attr(Interpreter& interp, Value self, Str* name, bool suppress) {
    auto* r = static_cast<Range*>(self.as_object());
    if (name->equals("start")) return r->start;
    if (name->equals("stop")) return r->stop;
    if (name->equals("step")) return r->step;
    return generic_getattr(interp, self, name, suppress);
}

Value range_index(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "index", nargs - 1)) return Value::error();
    auto* r = static_cast<Range*>(args[0].as_object());
    int c = range_contains(interp, args[0], args[1]);
    if (c < 0) return Value::error();
    if (c && is_int(args[1])) {
        return make_int(interp, (small(args[1]) - small(r->start)) / small(r->step));
    }
    if (c) {
        // An equal value of another type (3.0): its position, found by comparing in order.
        for (int64_t i = 0; i < r->length; ++i) {
            const int eq = ops::equals(
                interp, make_int(interp, small(r->start) + i * small(r->step)), args[1]);
            if (eq < 0) return Value::error();
            if (eq) return make_int(interp, i);
        }
    }
    Str* text = ops::repr(interp, args[1]);
    if (!text) return Value::error();
    return interp.raise_format(interp.exceptions.value_error, "%s is not in range",
                               std::string(text->view()).c_str());
}

// Equal ranges hash equal: by (len, start, step), with start and step ignored where equality
// ignores them.
int64_t range_hash(Interpreter& interp, Value self) {
    auto* r = static_cast<Range*>(self.as_object());
    const Value none = Value::none();
    Tuple* key = Tuple::make(interp, {make_int(interp, r->length), r->length ? r->start : none,
                                      r->length > 1 ? r->step : none});
    return ops::hash(interp, key->value());
}

// reversed(range): a range iterator running from the last item back to the first.
Value range_reversed(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "__reversed__", nargs - 1)) return Value::error();
    auto* r = static_cast<Range*>(args[0].as_object());
    auto* it = interp.heap().make<RangeIterator>(interp.types.range_iterator);
    it->step = -small(r->step);
    it->next = small(r->start) + (r->length - 1) * small(r->step);
    it->remaining = r->length;
    return it->value();
}

Value range_count(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "count", nargs - 1)) return Value::error();
    int c = range_contains(interp, args[0], args[1]);
    return c < 0 ? Value::error() : Value::from_small_int(c);
}

} // namespace

void init_range_type(Interpreter& interp) {
    Type* t = make_builtin_type(interp, "range", interp.types.object, sizeof(Range), 0);
    interp.types.range = t;
    TypeSlots& s = t->slots;
    s.new_ = range_new;
    s.init = nullptr;
    s.repr = range_repr;
    s.len = range_len;
    s.truth = range_truth;
    s.getitem = range_getitem;
    s.contains = range_contains;
    s.richcompare = range_richcompare;
    s.hash = range_hash;
    s.iter = range_iter;
    s.getattr = range_attr;
    s.trace = trace_range;
    add_method(interp, t, "index", range_index);
    add_method(interp, t, "count", range_count);
    add_method(interp, t, "__reversed__", range_reversed);

    Type* it =
        make_builtin_type(interp, "range_iterator", interp.types.object, sizeof(RangeIterator), 0);
    it->slots.iter = iter_self;
    it->slots.iternext = range_iterator_next;
    it->slots.new_ = nullptr;
    it->slots.trace = nullptr;
    interp.types.range_iterator = it;
}

} // namespace coil::vm
