// The bisect module: binary search and insertion in sorted sequences, with key=.
#include "modules/module_builder.hpp"

#include "vm/int.hpp"
#include "vm/list.hpp"
#include "vm/ops.hpp"
#include "vm/tuple.hpp"

namespace coil::modules {

using namespace coil::vm;

namespace {

// The insertion point for x in a[lo:hi]: leftmost (bisect_left) or after equal items
// (bisect_right), comparing key(item) with x using only `<` as CPython does. -1 on failure.
int64_t search(Interpreter& interp, Value a, Value x, int64_t lo, int64_t hi, Value key,
               bool right) {
    while (lo < hi) {
        int64_t mid = lo + (hi - lo) / 2;
        Value item = ops::get_item(interp, a, make_int(interp, mid));
        if (item.is_error()) return -1;
        if (!key.is_absent() && !key.is_none()) {
            Rooted keep(interp.shadow_roots(), item);
            item = ops::call1(interp, key, item);
            if (item.is_error()) return -1;
        }
        Rooted keep_item(interp.shadow_roots(), item);
        int less = right ? ops::compare_bool(interp, CompareOp::Lt, x, item)
                         : ops::compare_bool(interp, CompareOp::Lt, item, x);
        if (less < 0) return -1;
        if (right == static_cast<bool>(less)) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    return lo;
}

// Parses (a, x, lo=0, hi=None, *, key=None) into bound[] and the bounds; false on failure.
bool parse_arguments(Interpreter& interp, const char* name, const Value* args, size_t nargs,
                     Tuple* kwnames, Value* bound, int64_t* lo, int64_t* hi) {
    if (nargs > 4) {
        interp.raise_format(interp.exceptions.type_error,
                            "%s() takes at most 4 positional arguments (%zu given)", name, nargs);
        return false;
    }
    if (!bind_native_args(interp, name, args, nargs, kwnames, {"a", "x", "lo", "hi", "key"}, 2, 0,
                          bound)) {
        return false;
    }
    *lo = 0;
    if (!bound[2].is_absent()) {
        Value v = ops::index(interp, bound[2]);
        if (v.is_error() || !int_to_ssize(interp, v, lo)) return false;
        if (*lo < 0) {
            interp.raise(interp.exceptions.value_error, "lo must be non-negative");
            return false;
        }
    }
    if (bound[3].is_absent() || bound[3].is_none()) {
        *hi = ops::len(interp, bound[0]);
        return *hi >= 0;
    }
    Value v = ops::index(interp, bound[3]);
    return !v.is_error() && int_to_ssize(interp, v, hi);
}

template <bool Right>
Value bisect_function(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[5];
    int64_t lo, hi;
    if (!parse_arguments(interp, Right ? "bisect_right" : "bisect_left", args, nargs, kwnames,
                         bound, &lo, &hi)) {
        return Value::error();
    }
    int64_t at = search(interp, bound[0], bound[1], lo, hi, bound[4], Right);
    return at < 0 ? Value::error() : make_int(interp, at);
}

template <bool Right>
Value insort_function(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[5];
    int64_t lo, hi;
    if (!parse_arguments(interp, Right ? "insort_right" : "insort_left", args, nargs, kwnames,
                         bound, &lo, &hi)) {
        return Value::error();
    }
    // With a key, the search looks for key(x) among the keys of the items.
    Value x = bound[1];
    Rooted keyed(interp.shadow_roots(), x);
    if (!bound[4].is_absent() && !bound[4].is_none()) {
        Value k = ops::call1(interp, bound[4], x);
        if (k.is_error()) return k;
        keyed.set(k);
    }
    int64_t at = search(interp, bound[0], keyed.get(), lo, hi, bound[4], Right);
    if (at < 0) return Value::error();
    Value a = bound[0];
    if (is_list(a) && as_list(a)->type == interp.types.list) {
        as_list(a)->insert(interp, static_cast<size_t>(at), x);
        return Value::none();
    }
    Value insert_args[2] = {make_int(interp, at), x};
    Value r = ops::call_method(interp, a, interp.intern("insert"), insert_args, 2);
    return r.is_error() ? r : Value::none();
}

} // namespace

Module* make_bisect_module(Interpreter& interp) {
    Module* m = make_module(interp, "bisect");
    module_def(interp, m, "bisect_left", bisect_function<false>);
    module_def(interp, m, "bisect_right", bisect_function<true>);
    module_def(interp, m, "insort_left", insort_function<false>);
    module_def(interp, m, "insort_right", insort_function<true>);
    module_set(interp, m, "bisect", m->dict->get(interp.intern("bisect_right")));
    module_set(interp, m, "insort", m->dict->get(interp.intern("insort_right")));
    return m;
}

} // namespace coil::modules
