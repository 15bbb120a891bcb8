// slice: the object made by a[i:j:k], and clamping a slice to a sequence's length.
#include "vm/range.hpp"

#include "vm/int.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <string>

namespace coil::vm {

Slice* make_slice(Interpreter& interp, Value start, Value stop, Value step) {
    Slice* s = interp.heap().make<Slice>(interp.types.slice);
    s->start = start;
    s->stop = stop;
    s->step = step;
    return s;
}

namespace {

// A slice bound as int64, clamped like CPython's _PyEval_SliceIndex.
bool slice_bound(Interpreter& interp, Value v, int64_t* out) {
    if (v.is_small_int()) {
        *out = v.as_small_int();
        return true;
    }
    if (!is_int(v) && !type_of(interp, v)->slots.index) {
        interp.raise_type_error(
            "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    Value i = ops::index(interp, v);
    if (i.is_error()) return false;
    if (!int_to_int64(i, out)) *out = int_sign(i) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    return true;
}

void trace_slice(Object* self, Tracer& tracer) {
    auto* s = static_cast<Slice*>(self);
    tracer.mark(s->start);
    tracer.mark(s->stop);
    tracer.mark(s->step);
}

Value slice_repr(Interpreter& interp, Value self) {
    auto* s = static_cast<Slice*>(self.as_object());
    std::string text = "slice(";
    Value parts[3] = {s->start, s->stop, s->step};
    for (int i = 0; i < 3; ++i) {
        if (i) text += ", ";
        Str* r = ops::repr(interp, parts[i]);
        if (!r) return Value::error();
        text += r->view();
    }
    text += ")";
    return Str::make(interp, text)->value();
}

Value slice_new(Interpreter& interp, Type*, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "slice", kwnames)) return Value::error();
    if (!check_arity(interp, "slice", nargs, 1, 3)) return Value::error();
    if (nargs == 1) return make_slice(interp, Value::none(), args[0], Value::none())->value();
    return make_slice(interp, args[0], args[1], nargs == 3 ? args[2] : Value::none())->value();
}

Value slice_attr(Interpreter& interp, Value self, Str* name, bool suppress) {
    auto* s = static_cast<Slice*>(self.as_object());
    if (name->equals("start")) return s->start;
    if (name->equals("stop")) return s->stop;
    if (name->equals("step")) return s->step;
    return generic_getattr(interp, self, name, suppress);
}

Value slice_richcompare(Interpreter& interp, Value self, Value other, CompareOp op) {
    if (!is_slice(interp, other)) return interp.not_implemented;
    auto* a = static_cast<Slice*>(self.as_object());
    auto* b = static_cast<Slice*>(other.as_object());
    Value x[3] = {a->start, a->stop, a->step};
    Value y[3] = {b->start, b->stop, b->step};
    return compare_sequences(interp, x, 3, y, 3, op);
}

} // namespace

bool slice_indices(Interpreter& interp, Slice* slice, int64_t length, int64_t* start, int64_t* stop,
                   int64_t* step, int64_t* count) {
    *step = 1;
    if (!slice->step.is_none()) {
        if (!slice_bound(interp, slice->step, step)) return false;
        if (*step == 0) {
            interp.raise(interp.exceptions.value_error, "slice step cannot be zero");
            return false;
        }
    }
    bool backwards = *step < 0;
    auto adjust = [&](Value v, int64_t fallback, int64_t* out) {
        if (v.is_none()) {
            *out = fallback;
            return true;
        }
        if (!slice_bound(interp, v, out)) return false;
        if (*out < 0) {
            *out += length;
            if (*out < 0) *out = backwards ? -1 : 0;
        } else if (*out >= length) {
            *out = backwards ? length - 1 : length;
        }
        return true;
    };
    if (!adjust(slice->start, backwards ? length - 1 : 0, start)) return false;
    if (!adjust(slice->stop, backwards ? -1 : length, stop)) return false;
    if (backwards) {
        *count = *stop < *start ? (*start - *stop - 1) / (-*step) + 1 : 0;
    } else {
        *count = *start < *stop ? (*stop - *start - 1) / *step + 1 : 0;
    }
    return true;
}

namespace {

// slice.indices(length): the (start, stop, step) a sequence of that length would use.
Value slice_indices_method(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "indices", nargs - 1)) return Value::error();
    int64_t length = 0;
    if (!value_to_index(interp, args[1], &length)) return Value::error();
    if (length < 0)
        return interp.raise(interp.exceptions.value_error, "length should not be negative");
    int64_t start, stop, step, count;
    if (!slice_indices(interp, static_cast<Slice*>(args[0].as_object()), length, &start, &stop,
                       &step, &count)) {
        return Value::error();
    }
    return Tuple::make(interp,
                       {make_int(interp, start), make_int(interp, stop), make_int(interp, step)})
        ->value();
}

} // namespace

void init_slice_type(Interpreter& interp) {
    Type* t = make_builtin_type(interp, "slice", interp.types.object, sizeof(Slice), 0);
    interp.types.slice = t;
    t->slots.new_ = slice_new;
    t->slots.init = nullptr;
    t->slots.repr = slice_repr;
    t->slots.getattr = slice_attr;
    t->slots.richcompare = slice_richcompare;
    t->slots.hash = nullptr;
    t->slots.trace = trace_slice;
    add_method(interp, t, "indices", slice_indices_method);
}

} // namespace coil::vm
