// The gc module: run coil's collector on demand and switch automatic collection off and on.
//
// coil has one generation, so collect()'s generation argument is only validated, and the
// thresholds are CPython's three numbers, kept for get_threshold() but not steering the heap
// (which sizes its own budget from the live bytes).
#include "modules/module_builder.hpp"

#include "vm/heap.hpp"
#include "vm/int.hpp"
#include "vm/list.hpp"
#include "vm/module.hpp"
#include "vm/ops.hpp"
#include "vm/tuple.hpp"

namespace coil::modules {

using namespace coil::vm;

namespace {

constexpr int64_t generations = 3;

// collect(generation=2): the number of objects the collection freed.
Value gc_collect(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (nargs > 1) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "collect() takes at most 1 argument (%zu given)", nargs);
    }
    Value bound[1];
    if (!bind_native_args(interp, "collect", args, nargs, kwnames, {"generation"}, 0, 0, bound)) {
        return Value::error();
    }
    if (!bound[0].is_absent()) {
        Value index = ops::index(interp, bound[0]);
        int64_t generation;
        if (index.is_error() || !int_to_ssize(interp, index, &generation)) return Value::error();
        if (generation < 0 || generation >= generations) {
            return interp.raise(interp.exceptions.value_error, "invalid generation");
        }
    }
    Heap& heap = interp.heap();
    const size_t before = heap.live_objects();
    heap.collect();
    const size_t after = heap.live_objects();
    return make_int(interp, before > after ? static_cast<int64_t>(before - after) : 0);
}

bool no_arguments(Interpreter& interp, const char* name, size_t nargs, Tuple* kwnames) {
    return reject_keywords(interp, name, kwnames) && check_no_args(interp, name, nargs);
}

Value gc_enable(Interpreter& interp, const Value*, size_t nargs, Tuple* kwnames) {
    if (!no_arguments(interp, "gc.enable", nargs, kwnames)) return Value::error();
    interp.heap().set_automatic(true);
    return Value::none();
}

Value gc_disable(Interpreter& interp, const Value*, size_t nargs, Tuple* kwnames) {
    if (!no_arguments(interp, "gc.disable", nargs, kwnames)) return Value::error();
    interp.heap().set_automatic(false);
    return Value::none();
}

Value gc_isenabled(Interpreter& interp, const Value*, size_t nargs, Tuple* kwnames) {
    if (!no_arguments(interp, "gc.isenabled", nargs, kwnames)) return Value::error();
    return Value::from_bool(interp.heap().automatic());
}

// The thresholds live in the module's namespace (as _thresholds), so each interpreter has its
// own; args[0] is the module (the functions are bound to it).
Value gc_get_threshold(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!no_arguments(interp, "gc.get_threshold", nargs - 1, kwnames)) return Value::error();
    return as_module(args[0])->dict->get(interp.intern("_thresholds"));
}

Value gc_set_threshold(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "set_threshold", kwnames)) return Value::error();
    const size_t given = nargs - 1;
    if (given < 1 || given > 3) {
        return interp.raise_format(
            interp.exceptions.type_error, "set_threshold() takes %s %d argument%s (%zu given)",
            given < 1 ? "at least" : "at most", given < 1 ? 1 : 3, given < 1 ? "" : "s", given);
    }
    Dict* dict = as_module(args[0])->dict;
    Str* key = interp.intern("_thresholds");
    Tuple* thresholds = Tuple::make(interp, generations);
    Tuple* old = as_tuple(dict->get(key));
    for (size_t i = 0; i < generations; ++i) {
        if (i < given) {
            int64_t n;
            if (!is_int(args[1 + i])) {
                return interp.raise_format(interp.exceptions.type_error,
                                           "'%s' object cannot be interpreted as an integer",
                                           type_name_of(interp, args[1 + i]).c_str());
            }
            if (!int_to_ssize(interp, args[1 + i], &n)) return Value::error();
            (*thresholds)[i] = make_int(interp, n);
        } else {
            (*thresholds)[i] = (*old)[i];
        }
    }
    dict->set(interp, key, thresholds->value());
    return Value::none();
}

} // namespace

Module* make_gc_module(Interpreter& interp) {
    Module* m = make_module(interp, "gc");
    module_def(interp, m, "collect", gc_collect);
    module_def(interp, m, "enable", gc_enable);
    module_def(interp, m, "disable", gc_disable);
    module_def(interp, m, "isenabled", gc_isenabled);
    const std::pair<const char*, NativeFn> bound[] = {{"get_threshold", gc_get_threshold},
                                                      {"set_threshold", gc_set_threshold}};
    for (const auto& [name, fn] : bound) {
        NativeFunction* f = make_bound_native(interp, name, fn, nullptr, m->value());
        f->module = m->name->value();
        module_set(interp, m, name, f->value());
    }
    module_set(interp, m, "_thresholds",
               Tuple::make(interp, {Value::from_small_int(700), Value::from_small_int(10),
                                    Value::from_small_int(10)})
                   ->value());
    module_set(interp, m, "garbage", List::make(interp)->value());
    module_set(interp, m, "callbacks", List::make(interp)->value());
    return m;
}

} // namespace coil::modules
