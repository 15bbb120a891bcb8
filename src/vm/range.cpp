// range: construction, repr, indexing, containment and the fast iterator.
#include "vm/range.hpp"

#include "vm/heap.hpp"
#include "vm/int.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <algorithm>
#include <gmp.h>
#include <string>

namespace coil::vm {

namespace {

// An mpz_t that frees itself.
struct Big {
    mpz_t v;
    Big() { mpz_init(v); }
    explicit Big(Value x) {
        mpz_init(v);
        int_to_mpz(x, v);
    }
    ~Big() { mpz_clear(v); }
    Big(const Big&) = delete;
    Big& operator=(const Big&) = delete;
};

// The int with the value of `v` (an int subclass's instance becomes a plain int).
Value exact_int(Interpreter& interp, Value v) {
    if (v.is_small_int()) return v;
    if (v.is_bool()) return Value::from_small_int(v.is_true() ? 1 : 0);
    Big b(v);
    return make_int(interp, b.v);
}

// The number of items of range(start, stop, step), into `out`.
void range_length(const mpz_t start, const mpz_t stop, const mpz_t step, mpz_t out) {
    mpz_set_ui(out, 0);
    const int sign = mpz_sgn(step);
    if (sign > 0 ? mpz_cmp(start, stop) >= 0 : mpz_cmp(start, stop) <= 0) return;
    Big span, magnitude;
    if (sign > 0) {
        mpz_sub(span.v, stop, start);
    } else {
        mpz_sub(span.v, start, stop);
    }
    mpz_sub_ui(span.v, span.v, 1);
    mpz_abs(magnitude.v, step);
    mpz_fdiv_q(out, span.v, magnitude.v);
    mpz_add_ui(out, out, 1);
}

// start + i * step: item i of the range.
Value item_at(Interpreter& interp, const Range* r, const mpz_t i) {
    Big item(r->step);
    mpz_mul(item.v, item.v, i);
    Big start(r->start);
    mpz_add(item.v, item.v, start.v);
    return make_int(interp, item.v);
}

int64_t small_item(const Range* r, int64_t i) {
    return static_cast<int64_t>(static_cast<uint64_t>(r->first) +
                                static_cast<uint64_t>(i) * static_cast<uint64_t>(r->stride));
}

} // namespace

namespace {

// The common range(): small-int bounds and length, computed without GMP (every `for i in
// range(n)` makes one).
Range* make_small_range(Interpreter& interp, Value start, Value stop, Value step) {
    const int64_t a = start.as_small_int(), b = stop.as_small_int(), s = step.as_small_int();
    // Small ints have 48 bits, so these differences cannot overflow.
    int64_t n = 0;
    if (s > 0 && a < b) n = (b - a - 1) / s + 1;
    if (s < 0 && a > b) n = (a - b - 1) / -s + 1;
    if (!Value::fits_small_int(n)) return nullptr;
    Range* r = interp.heap().make<Range>(interp.types.range);
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = Value::from_small_int(n);
    r->small = true;
    r->first = a;
    r->stride = s;
    r->count = n;
    return r;
}

} // namespace

Range* make_range(Interpreter& interp, Value start, Value stop, Value step) {
    if (start.is_small_int() && stop.is_small_int() && step.is_small_int()) {
        if (Range* r = make_small_range(interp, start, stop, step)) return r;
    }
    Range* r = interp.heap().make<Range>(interp.types.range);
    r->start = exact_int(interp, start);
    r->stop = exact_int(interp, stop);
    r->step = exact_int(interp, step);
    Big b_start(r->start), b_stop(r->stop), b_step(r->step), length;
    range_length(b_start.v, b_stop.v, b_step.v, length.v);
    r->length = make_int(interp, length.v);
    int64_t stop64;
    r->small = int_to_int64(r->start, &r->first) && int_to_int64(r->stop, &stop64) &&
               int_to_int64(r->step, &r->stride) && int_to_int64(r->length, &r->count);
    return r;
}

Range* make_range(Interpreter& interp, int64_t start, int64_t stop, int64_t step) {
    return make_range(interp, make_int(interp, start), make_int(interp, stop),
                      make_int(interp, step));
}

namespace {

void trace_range(Object* self, Tracer& tracer) {
    auto* r = static_cast<Range*>(self);
    tracer.mark(r->start);
    tracer.mark(r->stop);
    tracer.mark(r->step);
    tracer.mark(r->length);
}

void trace_long_iterator(Object* self, Tracer& tracer) {
    auto* it = static_cast<LongRangeIterator*>(self);
    tracer.mark(it->next);
    tracer.mark(it->step);
    tracer.mark(it->remaining);
}

Range* as_range(Value v) {
    return static_cast<Range*>(v.as_object());
}

Value range_new(Interpreter& interp, Type*, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "range", kwnames)) return Value::error();
    if (nargs == 0) return interp.raise_type_error("range expected at least 1 argument, got 0");
    if (nargs > 3) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "range expected at most 3 arguments, got %zu", nargs);
    }
    // Rooted: __index__ of a later argument may run Python code and collect garbage.
    Rooted start(interp.shadow_roots(), Value::from_small_int(0));
    Rooted stop(interp.shadow_roots(), Value::none());
    Rooted step(interp.shadow_roots(), Value::from_small_int(1));
    Rooted* bounds[3] = {&start, &stop, &step};
    for (size_t i = 0; i < nargs; ++i) {
        const Value v = ops::index(interp, args[i]);
        if (v.is_error()) return v;
        bounds[nargs == 1 ? 1 : i]->set(v);
    }
    if (int_sign(step.get()) == 0) {
        return interp.raise(interp.exceptions.value_error, "range() arg 3 must not be zero");
    }
    return make_range(interp, start.get(), stop.get(), step.get())->value();
}

Value range_repr(Interpreter& interp, Value self) {
    Range* r = as_range(self);
    std::string text = "range(" + int_to_string(r->start) + ", " + int_to_string(r->stop);
    if (r->step != Value::from_small_int(1)) text += ", " + int_to_string(r->step);
    text += ")";
    return Str::make_ascii(interp, text)->value();
}

int64_t range_len(Interpreter& interp, Value self) {
    Range* r = as_range(self);
    int64_t n;
    if (int_to_int64(r->length, &n)) return n;
    interp.raise(interp.exceptions.overflow_error, "Python int too large to convert to C ssize_t");
    return -1;
}

int64_t range_truth(Interpreter&, Value self) {
    return int_sign(as_range(self)->length) != 0;
}

// compute_slice: the range of the items a slice selects, with bounds of any size.
Value range_slice(Interpreter& interp, Range* r, Slice* slice) {
    // Rooted: __index__ of a later part may run Python code and collect garbage.
    Rooted start_part(interp.shadow_roots(), slice->start);
    Rooted stop_part(interp.shadow_roots(), slice->stop);
    Rooted step_part(interp.shadow_roots(), slice->step);
    for (Rooted* part : {&start_part, &stop_part, &step_part}) {
        const Value v = part->get();
        if (v.is_none()) continue;
        if (!is_int(v) && !type_of(interp, v)->slots.index) {
            return interp.raise_type_error(
                "slice indices must be integers or None or have an __index__ method");
        }
        const Value i = ops::index(interp, v);
        if (i.is_error()) return i;
        part->set(i);
    }
    const Value parts[3] = {start_part.get(), stop_part.get(), step_part.get()};
    Big step, length(r->length), lower, upper, start, stop;
    if (parts[2].is_none()) {
        mpz_set_ui(step.v, 1);
    } else {
        int_to_mpz(parts[2], step.v);
        if (mpz_sgn(step.v) == 0) {
            return interp.raise(interp.exceptions.value_error, "slice step cannot be zero");
        }
    }
    const bool backwards = mpz_sgn(step.v) < 0;
    if (backwards) {
        mpz_set_si(lower.v, -1);
        mpz_sub_ui(upper.v, length.v, 1);
    } else {
        mpz_set_ui(lower.v, 0);
        mpz_set(upper.v, length.v);
    }
    auto clamp = [&](Value v, const mpz_t fallback, mpz_t out) {
        if (v.is_none()) {
            mpz_set(out, fallback);
            return;
        }
        int_to_mpz(v, out);
        if (mpz_sgn(out) < 0) {
            mpz_add(out, out, length.v);
            if (mpz_cmp(out, lower.v) < 0) mpz_set(out, lower.v);
        } else if (mpz_cmp(out, upper.v) > 0) {
            mpz_set(out, upper.v);
        }
    };
    clamp(parts[0], backwards ? upper.v : lower.v, start.v);
    clamp(parts[1], backwards ? lower.v : upper.v, stop.v);
    const Value first = item_at(interp, r, start.v);
    const Value last = item_at(interp, r, stop.v);
    Big new_step(r->step);
    mpz_mul(new_step.v, new_step.v, step.v);
    return make_range(interp, first, last, make_int(interp, new_step.v))->value();
}

Value range_getitem(Interpreter& interp, Value self, Value key) {
    Range* r = as_range(self);
    if (is_slice(interp, key)) return range_slice(interp, r, static_cast<Slice*>(key.as_object()));
    if (r->small && key.is_small_int()) {
        int64_t i = key.as_small_int();
        if (i < 0) i += r->count;
        if (i < 0 || i >= r->count) {
            return interp.raise(interp.exceptions.index_error, "range object index out of range");
        }
        return make_int(interp, small_item(r, i));
    }
    if (!is_int(key) && !type_of(interp, key)->slots.index) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "range indices must be integers or slices, not %s",
                                   std::string(type_name(interp, key)).c_str());
    }
    const Value index = ops::index(interp, key);
    if (index.is_error()) return index;
    Big i(index), length(r->length);
    if (mpz_sgn(i.v) < 0) mpz_add(i.v, i.v, length.v);
    if (mpz_sgn(i.v) < 0 || mpz_cmp(i.v, length.v) >= 0) {
        return interp.raise(interp.exceptions.index_error, "range object index out of range");
    }
    return item_at(interp, r, i.v);
}

// The position of int `v` in the range into *position, or false when it is not an item.
bool int_position(const Range* r, Value v, mpz_t position) {
    Big start(r->start), stop(r->stop), step(r->step), x(v);
    const bool inside = mpz_sgn(step.v) > 0
                            ? mpz_cmp(start.v, x.v) <= 0 && mpz_cmp(x.v, stop.v) < 0
                            : mpz_cmp(stop.v, x.v) < 0 && mpz_cmp(x.v, start.v) <= 0;
    if (!inside) return false;
    Big offset, remainder;
    mpz_sub(offset.v, x.v, start.v);
    mpz_fdiv_qr(position, remainder.v, offset.v, step.v);
    return mpz_sgn(remainder.v) == 0;
}

bool is_exact_int(Interpreter& interp, Value v) {
    return v.is_small_int() || v.is_bool() ||
           (v.is_object() && v.as_object()->type == interp.types.int_);
}

int range_contains(Interpreter& interp, Value self, Value item) {
    Range* r = as_range(self);
    if (r->small && (item.is_small_int() || item.is_bool())) {
        if (r->count == 0) return 0;
        const __int128 v = item.is_bool() ? item.is_true() : item.as_small_int();
        const __int128 first = r->first, step = r->stride;
        const __int128 last = first + static_cast<__int128>(r->count - 1) * step;
        if (step > 0 ? (v < first || v > last) : (v > first || v < last)) return 0;
        return (v - first) % step == 0;
    }
    if (is_exact_int(interp, item)) {
        Big position;
        return int_position(r, item, position.v);
    }
    // Another type that may equal an item (3.0, an int subclass): compared item by item.
    Big i, length(r->length);
    for (; mpz_cmp(i.v, length.v) < 0; mpz_add_ui(i.v, i.v, 1)) {
        Rooted candidate(interp.shadow_roots(), item_at(interp, r, i.v));
        const int eq = ops::equals(interp, candidate.get(), item);
        if (eq != 0) return eq;
    }
    return 0;
}

Value range_richcompare(Interpreter& interp, Value self, Value other, CompareOp op) {
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || !other.is_object() ||
        other.as_object()->type != interp.types.range) {
        return interp.not_implemented;
    }
    Range* a = as_range(self);
    Range* b = as_range(other);
    bool equal = int_compare(a->length, b->length) == 0;
    if (equal && int_sign(a->length) != 0) {
        equal = int_compare(a->start, b->start) == 0 &&
                (a->length == Value::from_small_int(1) || int_compare(a->step, b->step) == 0);
    }
    return Value::from_bool(op == CompareOp::Eq ? equal : !equal);
}

Value long_iterator(Interpreter& interp, Value next, Value step, Value remaining) {
    auto* it = interp.heap().make<LongRangeIterator>(interp.types.longrange_iterator);
    it->next = next;
    it->step = step;
    it->remaining = remaining;
    return it->value();
}

Value range_iter(Interpreter& interp, Value self) {
    Range* r = as_range(self);
    if (!r->small) return long_iterator(interp, r->start, r->step, r->length);
    auto* it = interp.heap().make<RangeIterator>(interp.types.range_iterator);
    it->next = r->first;
    it->step = r->stride;
    it->remaining = r->count;
    return it->value();
}

Value range_iterator_next(Interpreter& interp, Value self) {
    auto* it = static_cast<RangeIterator*>(self.as_object());
    if (it->remaining <= 0) return Value::absent();
    --it->remaining;
    const int64_t v = it->next;
    it->next =
        static_cast<int64_t>(static_cast<uint64_t>(it->next) + static_cast<uint64_t>(it->step));
    return make_int(interp, v);
}

Value long_iterator_next(Interpreter& interp, Value self) {
    auto* it = static_cast<LongRangeIterator*>(self.as_object());
    if (int_sign(it->remaining) <= 0) return Value::absent();
    const Value v = it->next;
    Big next(it->next), step(it->step), remaining(it->remaining);
    mpz_add(next.v, next.v, step.v);
    mpz_sub_ui(remaining.v, remaining.v, 1);
    it->next = make_int(interp, next.v);
    it->remaining = make_int(interp, remaining.v);
    return v;
}

// __length_hint__ of both iterators.
Value iterator_length_hint(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "__length_hint__", nargs - 1)) return Value::error();
    const Object* o = args[0].as_object();
    if (o->type == interp.types.range_iterator) {
        return make_int(interp,
                        std::max<int64_t>(0, static_cast<const RangeIterator*>(o)->remaining));
    }
    return static_cast<const LongRangeIterator*>(o)->remaining;
}

Value iter_self(Interpreter&, Value self) {
    return self;
}

Value range_attr(Interpreter& interp, Value self, Str* name, bool suppress) {
    Range* r = as_range(self);
    if (name->equals("start")) return r->start;
    if (name->equals("stop")) return r->stop;
    if (name->equals("step")) return r->step;
    return generic_getattr(interp, self, name, suppress);
}

Value range_index(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "index", nargs - 1)) return Value::error();
    Range* r = as_range(args[0]);
    if (is_exact_int(interp, args[1])) {
        Big position;
        if (int_position(r, args[1], position.v)) return make_int(interp, position.v);
    } else {
        // An equal value of another type (3.0): its position, found by comparing in order.
        Big i, length(r->length);
        for (; mpz_cmp(i.v, length.v) < 0; mpz_add_ui(i.v, i.v, 1)) {
            Rooted candidate(interp.shadow_roots(), item_at(interp, r, i.v));
            const int eq = ops::equals(interp, candidate.get(), args[1]);
            if (eq < 0) return Value::error();
            if (eq) return make_int(interp, i.v);
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
    Range* r = as_range(self);
    const Value none = Value::none();
    const bool empty = int_sign(r->length) == 0;
    const bool single = r->length == Value::from_small_int(1);
    Tuple* key =
        Tuple::make(interp, {r->length, empty ? none : r->start, empty || single ? none : r->step});
    return ops::hash(interp, key->value());
}

// reversed(range): an iterator running from the last item back to the first.
Value range_reversed(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "__reversed__", nargs - 1)) return Value::error();
    Range* r = as_range(args[0]);
    if (r->small) {
        auto* it = interp.heap().make<RangeIterator>(interp.types.range_iterator);
        it->step = static_cast<int64_t>(0 - static_cast<uint64_t>(r->stride));
        it->next = r->count ? small_item(r, r->count - 1) : r->first;
        it->remaining = r->count;
        return it->value();
    }
    Big last(r->length), step(r->step);
    mpz_sub_ui(last.v, last.v, 1);
    const Value first = int_sign(r->length) ? item_at(interp, r, last.v) : r->start;
    mpz_neg(step.v, step.v);
    return long_iterator(interp, first, make_int(interp, step.v), r->length);
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
    add_method(interp, it, "__length_hint__", iterator_length_hint);
    interp.types.range_iterator = it;

    Type* big = make_builtin_type(interp, "longrange_iterator", interp.types.object,
                                  sizeof(LongRangeIterator), 0);
    big->slots.iter = iter_self;
    big->slots.iternext = long_iterator_next;
    big->slots.new_ = nullptr;
    big->slots.trace = trace_long_iterator;
    add_method(interp, big, "__length_hint__", iterator_length_hint);
    interp.types.longrange_iterator = big;
}

} // namespace coil::vm
