// The functools module's native parts: partial, reduce, cmp_to_key, update_wrapper/wraps and
// the lru_cache/cache wrapper with its CacheInfo.
#include "modules/module_builder.hpp"

#include "vm/class_creation.hpp"
#include "vm/function.hpp"
#include "vm/int.hpp"
#include "vm/list.hpp"
#include "vm/ops.hpp"
#include "vm/tuple.hpp"

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

namespace coil::modules {

using namespace coil::vm;

namespace {

// --- partial

struct Partial : Object {
    Dict* dict = nullptr; // __dict__, at the type's dict_offset
    Value func = Value::none();
    Tuple* args = nullptr;
    Dict* keywords = nullptr;
};

void trace_partial(Object* self, Tracer& tracer) {
    auto* p = static_cast<Partial*>(self);
    tracer.mark(p->dict);
    tracer.mark(p->func);
    tracer.mark(p->args);
    tracer.mark(p->keywords);
}

bool is_callable(Interpreter& interp, Value v) {
    return type_of(interp, v)->slots.call != nullptr;
}

Value partial_new(Interpreter& interp, Type* type, const Value* args, size_t nargs,
                  Tuple* kwnames) {
    if (nargs < 1) return interp.raise_type_error("type 'partial' takes at least one argument");
    Value func = args[0];
    if (!is_callable(interp, func)) {
        return interp.raise_type_error("the first argument must be callable");
    }
    std::vector<Value> positional;
    Dict* keywords = Dict::make(interp);
    Rooted keep_keywords(interp.shadow_roots(), keywords->value());
    // A partial of a partial (without attributes of its own) flattens into one.
    if (func.is_object() && type_of(interp, func)->slots.call == type->slots.call &&
        type_of(interp, func) == type) {
        auto* inner = static_cast<Partial*>(func.as_object());
        if (!inner->dict || inner->dict->size() == 0) {
            positional.assign(inner->args->begin(), inner->args->end());
            if (keywords->update(interp, inner->keywords) < 0) return Value::error();
            func = inner->func;
        }
    }
    positional.insert(positional.end(), args + 1, args + nargs);
    if (kwnames) {
        for (size_t i = 0; i < kwnames->size(); ++i) {
            keywords->set(interp, as_str((*kwnames)[i]), args[nargs + i]);
        }
    }
    auto* p = make_instance<Partial>(interp, type);
    p->func = func;
    p->args = Tuple::make(interp, positional.data(), positional.size());
    p->keywords = keywords;
    return p->value();
}

Value partial_call(Interpreter& interp, Value callable, const Value* args, size_t nargs,
                   Tuple* kwnames) {
    auto* p = static_cast<Partial*>(callable.as_object());
    size_t call_keywords = kwnames ? kwnames->size() : 0;
    size_t call_positional = nargs - call_keywords;
    std::vector<Value> all(p->args->begin(), p->args->end());
    all.insert(all.end(), args, args + call_positional);
    if (p->keywords->size() == 0) {
        all.insert(all.end(), args + call_positional, args + nargs);
        return ops::call(interp, p->func, all.data(), all.size(), kwnames);
    }
    Dict* merged = p->keywords->copy(interp);
    Rooted keep_merged(interp.shadow_roots(), merged->value());
    for (size_t i = 0; i < call_keywords; ++i) {
        merged->set(interp, as_str((*kwnames)[i]), args[call_positional + i]);
    }
    Tuple* names = Tuple::make(interp, merged->size());
    Rooted keep_names(interp.shadow_roots(), names->value());
    size_t pos = 0, at = 0;
    Value k, v;
    while (merged->next(pos, &k, &v)) {
        (*names)[at++] = k;
        all.push_back(v);
    }
    return ops::call(interp, p->func, all.data(), all.size(), names);
}

Value partial_repr(Interpreter& interp, Value self) {
    auto* p = static_cast<Partial*>(self.as_object());
    auto& active = interp.repr_active;
    if (std::find(active.begin(), active.end(), p) != active.end()) {
        return Str::make(interp, "...")->value();
    }
    active.push_back(p);
    std::string out = "functools." + std::string(p->type->name->view()) + "(";
    auto fail = [&]() {
        active.pop_back();
        return Value::error();
    };
    Str* r = ops::repr(interp, p->func);
    if (!r) return fail();
    out += r->view();
    for (Value a : *p->args) {
        r = ops::repr(interp, a);
        if (!r) return fail();
        out += ", ";
        out += r->view();
    }
    size_t pos = 0;
    Value k, v;
    while (p->keywords->next(pos, &k, &v)) {
        r = ops::repr(interp, v);
        if (!r) return fail();
        out += ", ";
        out += as_str(k)->view();
        out += "=";
        out += r->view();
    }
    out += ")";
    active.pop_back();
    return Str::make(interp, out)->value();
}

Value partial_getattr(Interpreter& interp, Value self, Str* name, bool suppress) {
    auto* p = static_cast<Partial*>(self.as_object());
    if (name->equals("func")) return p->func;
    if (name->equals("args")) return p->args->value();
    if (name->equals("keywords")) return p->keywords->value();
    return generic_getattr(interp, self, name, suppress);
}

int partial_setattr(Interpreter& interp, Value self, Str* name, Value value) {
    if (name->equals("func") || name->equals("args") || name->equals("keywords")) {
        interp.raise(interp.exceptions.attribute_error, "readonly attribute");
        return -1;
    }
    return generic_setattr(interp, self, name, value);
}

// --- reduce

Value functools_reduce(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "reduce", kwnames) ||
        !check_arity(interp, "reduce", nargs, 2, 3)) {
        return Value::error();
    }
    Value it = ops::get_iter(interp, args[1]);
    if (it.is_error()) {
        if (interp.pending_matches(interp.exceptions.type_error)) {
            interp.clear_pending();
            return interp.raise_type_error("reduce() arg 2 must support iteration");
        }
        return it;
    }
    Rooted keep_it(interp.shadow_roots(), it);
    Rooted result(interp.shadow_roots(), nargs == 3 ? args[2] : Value::absent());
    for (;;) {
        Value item = ops::iter_next(interp, it);
        if (item.is_error()) return item;
        if (item.is_absent()) break;
        if (result.get().is_absent()) {
            result.set(item);
            continue;
        }
        Value pair[2] = {result.get(), item};
        Value next = ops::call(interp, args[0], pair, 2);
        if (next.is_error()) return next;
        result.set(next);
    }
    if (result.get().is_absent()) {
        return interp.raise_type_error("reduce() of empty iterable with no initial value");
    }
    return result.get();
}

// --- cmp_to_key

// Both the key function cmp_to_key returns (object absent) and the keys it makes.
struct KeyWrapper : Object {
    Value cmp = Value::none();
    Value object = Value::absent();
};

void trace_key_wrapper(Object* self, Tracer& tracer) {
    auto* k = static_cast<KeyWrapper*>(self);
    tracer.mark(k->cmp);
    tracer.mark(k->object);
}

Value key_wrapper_call(Interpreter& interp, Value callable, const Value* args, size_t nargs,
                       Tuple* kwnames) {
    Value bound[1];
    size_t positional = nargs - (kwnames ? kwnames->size() : 0);
    if (!bind_native_args(interp, "K", args, positional, kwnames, {"obj"}, 1, 0, bound)) {
        return Value::error();
    }
    auto* self = static_cast<KeyWrapper*>(callable.as_object());
    auto* key = interp.heap().make<KeyWrapper>(self->type);
    key->cmp = self->cmp;
    key->object = bound[0];
    return key->value();
}

Value key_wrapper_richcompare(Interpreter& interp, Value self, Value other, CompareOp op) {
    if (type_of(interp, other) != type_of(interp, self)) {
        return interp.raise_type_error("other argument must be K instance");
    }
    auto* a = static_cast<KeyWrapper*>(self.as_object());
    auto* b = static_cast<KeyWrapper*>(other.as_object());
    if (a->object.is_absent() || b->object.is_absent()) {
        return interp.raise(interp.exceptions.attribute_error, "object");
    }
    Value pair[2] = {a->object, b->object};
    Value result = ops::call(interp, a->cmp, pair, 2);
    if (result.is_error()) return result;
    return ops::compare(interp, op, result, Value::from_small_int(0));
}

Value key_wrapper_getattr(Interpreter& interp, Value self, Str* name, bool suppress) {
    auto* k = static_cast<KeyWrapper*>(self.as_object());
    if (name->equals("obj") && !k->object.is_absent()) return k->object;
    return generic_getattr(interp, self, name, suppress);
}

Type* key_wrapper_type(Interpreter& interp) {
    Type* t = make_builtin_type(interp, "KeyWrapper", interp.types.object, sizeof(KeyWrapper), 0);
    t->slots.new_ = nullptr;
    t->slots.init = nullptr;
    t->slots.call = key_wrapper_call;
    t->slots.richcompare = key_wrapper_richcompare;
    t->slots.getattr = key_wrapper_getattr;
    t->slots.hash = nullptr;
    t->slots.trace = trace_key_wrapper;
    return t;
}

// The functools module's own types and update_wrapper, which the functions reach through
// their bound `self`: a tuple indexed by ModuleItem.
enum ModuleItem : size_t {
    KeyWrapperType,
    LruWrapperType,
    CacheInfoType,
    PartialType,
    UpdateWrapper,
    ModuleItemCount
};

Type* module_type(const Value* args, ModuleItem which) {
    return as_type((*as_tuple(args[0]))[which]);
}

Value functools_cmp_to_key(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[1];
    if (!bind_native_args(interp, "cmp_to_key", args + 1, nargs - 1, kwnames, {"mycmp"}, 1, 0,
                          bound)) {
        return Value::error();
    }
    auto* k = interp.heap().make<KeyWrapper>(module_type(args, KeyWrapperType));
    k->cmp = bound[0];
    return k->value();
}

// --- update_wrapper and wraps

constexpr const char* wrapper_assignments[] = {"__module__", "__name__", "__qualname__", "__doc__",
                                               "__annotations__"};

Tuple* default_assignments(Interpreter& interp) {
    Tuple* t = Tuple::make(interp, std::size(wrapper_assignments));
    for (size_t i = 0; i < std::size(wrapper_assignments); ++i) {
        (*t)[i] = interp.intern(wrapper_assignments[i])->value();
    }
    return t;
}

Tuple* default_updates(Interpreter& interp) {
    return Tuple::make(interp, {interp.names.dunder_dict->value()});
}

// Runs `body` for each attribute name in an iterable of names; false on failure.
template <class Body> bool for_each_name(Interpreter& interp, Value names, Body body) {
    Value it = ops::get_iter(interp, names);
    if (it.is_error()) return false;
    Rooted keep_it(interp.shadow_roots(), it);
    for (;;) {
        Value name = ops::iter_next(interp, it);
        if (name.is_error()) return false;
        if (name.is_absent()) return true;
        if (!is_str(name)) {
            interp.raise_format(interp.exceptions.type_error,
                                "attribute name must be string, not '%s'",
                                type_name_of(interp, name).c_str());
            return false;
        }
        Rooted keep_name(interp.shadow_roots(), name);
        if (!body(as_str(name))) return false;
    }
}

Value update_wrapper_impl(Interpreter& interp, Value wrapper, Value wrapped, Value assigned,
                          Value updated) {
    Rooted keep_assigned(interp.shadow_roots(),
                         assigned.is_absent() ? default_assignments(interp)->value() : assigned);
    Rooted keep_updated(interp.shadow_roots(),
                        updated.is_absent() ? default_updates(interp)->value() : updated);
    bool ok = for_each_name(interp, keep_assigned.get(), [&](Str* name) {
        Value v = ops::get_attr_optional(interp, wrapped, name);
        if (v.is_error()) return false;
        if (v.is_absent()) return true;
        return ops::set_attr(interp, wrapper, name, v) == 0;
    });
    if (!ok) return Value::error();
    ok = for_each_name(interp, keep_updated.get(), [&](Str* name) {
        Value target = ops::get_attr(interp, wrapper, name);
        if (target.is_error()) return false;
        Rooted keep_target(interp.shadow_roots(), target);
        Value source = ops::get_attr_optional(interp, wrapped, name);
        if (source.is_error()) return false;
        if (source.is_absent()) source = Dict::make(interp)->value();
        Rooted keep_source(interp.shadow_roots(), source);
        return !ops::call_method(interp, target, interp.intern("update"), &source, 1).is_error();
    });
    if (!ok) return Value::error();
    if (ops::set_attr(interp, wrapper, interp.intern("__wrapped__"), wrapped) < 0) {
        return Value::error();
    }
    return wrapper;
}

Value functools_update_wrapper(Interpreter& interp, const Value* args, size_t nargs,
                               Tuple* kwnames) {
    Value bound[4];
    if (!bind_native_args(interp, "update_wrapper", args, nargs, kwnames,
                          {"wrapper", "wrapped", "assigned", "updated"}, 2, 0, bound)) {
        return Value::error();
    }
    return update_wrapper_impl(interp, bound[0], bound[1], bound[2], bound[3]);
}

Value functools_wraps(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[3];
    if (!bind_native_args(interp, "wraps", args + 1, nargs - 1, kwnames,
                          {"wrapped", "assigned", "updated"}, 1, 0, bound)) {
        return Value::error();
    }
    Value call_args[4] = {(*as_tuple(args[0]))[UpdateWrapper], bound[0],
                          bound[1].is_absent() ? default_assignments(interp)->value() : bound[1],
                          bound[2].is_absent() ? default_updates(interp)->value() : bound[2]};
    Tuple* names =
        Tuple::make(interp, {interp.intern("wrapped")->value(), interp.intern("assigned")->value(),
                             interp.intern("updated")->value()});
    Rooted keep_names(interp.shadow_roots(), names->value());
    return partial_new(interp, module_type(args, PartialType), call_args, 1, names);
}

// --- lru_cache

// The wrapper lru_cache puts around a function. The cache is a dict whose insertion order
// is the recency order: a hit moves its entry to the end, and a full cache drops the first.
struct LruWrapper : Object {
    Dict* dict = nullptr; // __dict__ (update_wrapper's attributes), at the type's dict_offset
    Value func = Value::none();
    Dict* cache = nullptr;
    Type* cache_info_type = nullptr;
    int64_t maxsize = -1; // -1: unbounded
    bool typed = false;
    int64_t hits = 0;
    int64_t misses = 0;
};

void trace_lru_wrapper(Object* self, Tracer& tracer) {
    auto* w = static_cast<LruWrapper*>(self);
    tracer.mark(w->dict);
    tracer.mark(w->func);
    tracer.mark(w->cache);
    tracer.mark(w->cache_info_type);
}

// The cache key of a call, as CPython's _make_key: a lone int or str argument is its own key,
// anything else a tuple of the arguments, a marker and the keyword items (and the types
// when typed).
Value make_key(Interpreter& interp, LruWrapper* w, const Value* args, size_t nargs,
               Tuple* kwnames) {
    size_t keywords = kwnames ? kwnames->size() : 0;
    size_t positional = nargs - keywords;
    if (keywords == 0 && positional == 1 && !w->typed) {
        Type* t = type_of(interp, args[0]);
        if (t == interp.types.int_ || t == interp.types.str) return args[0];
    }
    std::vector<Value> items(args, args + positional);
    if (keywords) {
        items.push_back(w->type->value()); // the keyword marker: a value no call passes
        for (size_t i = 0; i < keywords; ++i) {
            items.push_back((*kwnames)[i]);
            items.push_back(args[positional + i]);
        }
    }
    if (w->typed) {
        for (size_t i = 0; i < positional; ++i) items.push_back(type_of(interp, args[i])->value());
        for (size_t i = 0; i < keywords; ++i) {
            items.push_back(type_of(interp, args[positional + i])->value());
        }
    }
    return Tuple::make(interp, items.data(), items.size())->value();
}

Value lru_wrapper_call(Interpreter& interp, Value callable, const Value* args, size_t nargs,
                       Tuple* kwnames) {
    auto* w = static_cast<LruWrapper*>(callable.as_object());
    if (w->maxsize == 0) {
        ++w->misses;
        return ops::call(interp, w->func, args, nargs, kwnames);
    }
    Value key = make_key(interp, w, args, nargs, kwnames);
    Rooted keep_key(interp.shadow_roots(), key);
    int64_t hash = ops::hash(interp, key);
    if (hash == -1 && interp.has_pending()) return Value::error();
    Value cached = w->cache->get(interp, key, hash);
    if (cached.is_error()) return cached;
    if (!cached.is_absent()) {
        ++w->hits;
        if (w->maxsize > 0) {
            // Most recently used goes last.
            Rooted keep_cached(interp.shadow_roots(), cached);
            if (w->cache->remove(interp, key) < 0 || w->cache->set(interp, key, hash, cached) < 0) {
                return Value::error();
            }
        }
        return cached;
    }
    ++w->misses;
    Value result = ops::call(interp, w->func, args, nargs, kwnames);
    if (result.is_error()) return result;
    Rooted keep_result(interp.shadow_roots(), result);
    Value again = w->cache->get(interp, key, hash);
    if (again.is_error()) return again;
    if (!again.is_absent()) return result; // a recursive call cached it meanwhile
    if (w->maxsize > 0 && static_cast<int64_t>(w->cache->size()) >= w->maxsize) {
        size_t pos = 0;
        Value oldest, ignored;
        if (w->cache->next(pos, &oldest, &ignored)) {
            Rooted keep_oldest(interp.shadow_roots(), oldest);
            if (w->cache->remove(interp, oldest) < 0) return Value::error();
        }
    }
    if (w->cache->set(interp, key, hash, result) < 0) return Value::error();
    return result;
}

Value lru_wrapper_get(Interpreter& interp, Value self, Value instance, Value owner) {
    if (instance.is_absent() || instance.is_none()) return self;
    return make_method(interp, self, instance)->value();
}

Value lru_wrapper_repr(Interpreter& interp, Value self) {
    char text[80];
    std::snprintf(text, sizeof text, "<functools._lru_cache_wrapper object at %p>",
                  static_cast<void*>(self.as_object()));
    return Str::make(interp, text)->value();
}

LruWrapper* self_wrapper(const Value* args) {
    return static_cast<LruWrapper*>(args[0].as_object());
}

Value make_cache_info(Interpreter& interp, LruWrapper* w) {
    Tuple* info = Tuple::make(interp, 4);
    (*info)[0] = make_int(interp, w->hits);
    (*info)[1] = make_int(interp, w->misses);
    (*info)[2] = w->maxsize < 0 ? Value::none() : make_int(interp, w->maxsize);
    (*info)[3] = make_int(interp, static_cast<int64_t>(w->cache->size()));
    info->type = w->cache_info_type;
    return info->value();
}

Value lru_cache_info(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!check_no_args(interp, "cache_info", nargs - 1)) return Value::error();
    return make_cache_info(interp, self_wrapper(args));
}

Value lru_cache_clear(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!check_no_args(interp, "cache_clear", nargs - 1)) return Value::error();
    LruWrapper* w = self_wrapper(args);
    w->cache->clear();
    w->hits = w->misses = 0;
    return Value::none();
}

Value lru_cache_parameters(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!check_no_args(interp, "cache_parameters", nargs - 1)) return Value::error();
    LruWrapper* w = self_wrapper(args);
    Dict* d = Dict::make(interp);
    d->set(interp, interp.intern("maxsize"),
           w->maxsize < 0 ? Value::none() : make_int(interp, w->maxsize));
    d->set(interp, interp.intern("typed"), Value::from_bool(w->typed));
    return d->value();
}

// CacheInfo: the named tuple cache_info() returns.
constexpr const char* cache_info_fields[] = {"hits", "misses", "maxsize", "currsize"};

Value cache_info_repr(Interpreter& interp, Value self) {
    Tuple* t = as_tuple(self);
    std::string out = "CacheInfo(";
    for (size_t i = 0; i < 4; ++i) {
        Str* r = ops::repr(interp, (*t)[i]);
        if (!r) return Value::error();
        if (i) out += ", ";
        out += cache_info_fields[i];
        out += "=";
        out += r->view();
    }
    out += ")";
    return Str::make(interp, out)->value();
}

Value cache_info_getattr(Interpreter& interp, Value self, Str* name, bool suppress) {
    for (size_t i = 0; i < 4; ++i) {
        if (name->equals(cache_info_fields[i])) return (*as_tuple(self))[i];
    }
    return generic_getattr(interp, self, name, suppress);
}

Value wrap_with_cache(Interpreter& interp, const Value* module_items, Value func, int64_t maxsize,
                      bool typed) {
    if (!is_callable(interp, func)) {
        return interp.raise_type_error("the first argument must be callable");
    }
    auto* w = interp.heap().make<LruWrapper>(module_type(module_items, LruWrapperType));
    w->func = func;
    w->cache = Dict::make(interp);
    w->cache_info_type = module_type(module_items, CacheInfoType);
    w->maxsize = maxsize;
    w->typed = typed;
    Rooted keep(interp.shadow_roots(), w->value());
    return update_wrapper_impl(interp, w->value(), func, Value::absent(), Value::absent());
}

// The decorator lru_cache(maxsize, typed) returns; its bound self is (module items, maxsize,
// typed).
Value lru_decorator(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "decorating_function", kwnames) ||
        !check_one_arg(interp, "decorating_function", nargs - 1)) {
        return Value::error();
    }
    Tuple* config = as_tuple(args[0]);
    int64_t maxsize = -1;
    if (!(*config)[1].is_none()) int_to_int64((*config)[1], &maxsize);
    return wrap_with_cache(interp, config->items(), args[1], maxsize, (*config)[2].is_true());
}

Value functools_lru_cache(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[2];
    if (!bind_native_args(interp, "lru_cache", args + 1, nargs - 1, kwnames, {"maxsize", "typed"},
                          0, 0, bound)) {
        return Value::error();
    }
    Value maxsize = bound[0].is_absent() ? Value::from_small_int(128) : bound[0];
    int typed = 0;
    if (!bound[1].is_absent()) {
        typed = ops::truthy(interp, bound[1]);
        if (typed < 0) return Value::error();
    }
    if (is_int(maxsize)) {
        int64_t n;
        if (!int_to_int64(maxsize, &n)) n = INT64_MAX;
        if (n < 0) n = 0;
        maxsize = make_int(interp, n);
    } else if (is_callable(interp, maxsize)) {
        return wrap_with_cache(interp, args, maxsize, 128, typed);
    } else if (!maxsize.is_none()) {
        return interp.raise_type_error(
            "Expected first argument to be an integer, a callable, or None");
    }
    Tuple* config = Tuple::make(interp, {args[0], maxsize, Value::from_bool(typed)});
    Rooted keep(interp.shadow_roots(), config->value());
    return make_bound_native(interp, "decorating_function", lru_decorator, nullptr, config->value())
        ->value();
}

Value functools_cache(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[1];
    if (!bind_native_args(interp, "cache", args + 1, nargs - 1, kwnames, {"user_function"}, 1, 0,
                          bound)) {
        return Value::error();
    }
    return wrap_with_cache(interp, args, bound[0], -1, false);
}

Type* make_partial_type(Interpreter& interp) {
    Type* t = make_builtin_type(interp, "partial", interp.types.object, sizeof(Partial),
                                TypeBaseType | TypeHasDict);
    set_native_type_module(interp, t, "functools");
    t->dict_offset = field_offset(&Partial::dict);
    t->slots.new_ = partial_new;
    t->slots.init = nullptr;
    t->slots.call = partial_call;
    t->slots.repr = partial_repr;
    t->slots.getattr = partial_getattr;
    t->slots.setattr = partial_setattr;
    t->slots.trace = trace_partial;
    return t;
}

Type* make_lru_wrapper_type(Interpreter& interp) {
    Type* t = make_builtin_type(interp, "_lru_cache_wrapper", interp.types.object,
                                sizeof(LruWrapper), TypeHasDict);
    t->dict_offset = field_offset(&LruWrapper::dict);
    t->slots.new_ = nullptr;
    t->slots.init = nullptr;
    t->slots.call = lru_wrapper_call;
    t->slots.descr_get = lru_wrapper_get;
    t->slots.repr = lru_wrapper_repr;
    t->slots.trace = trace_lru_wrapper;
    add_method(interp, t, "cache_info", lru_cache_info);
    add_method(interp, t, "cache_clear", lru_cache_clear);
    add_method(interp, t, "cache_parameters", lru_cache_parameters);
    return t;
}

Type* make_cache_info_type(Interpreter& interp) {
    Type* t = make_builtin_type(interp, "CacheInfo", interp.types.tuple,
                                interp.types.tuple->instance_size, 0);
    t->slots.new_ = nullptr;
    t->slots.repr = cache_info_repr;
    t->slots.getattr = cache_info_getattr;
    return t;
}

} // namespace

Module* make_functools_module(Interpreter& interp) {
    Module* m = make_module(interp, "_functools");
    Tuple* items = Tuple::make(interp, ModuleItemCount);
    module_set(interp, m, "_items", items->value());
    Type* partial = make_partial_type(interp);
    (*items)[PartialType] = partial->value();
    (*items)[KeyWrapperType] = key_wrapper_type(interp)->value();
    (*items)[LruWrapperType] = make_lru_wrapper_type(interp)->value();
    (*items)[CacheInfoType] = make_cache_info_type(interp)->value();
    module_set(interp, m, "partial", partial->value());
    module_def(interp, m, "reduce", functools_reduce);
    module_def(interp, m, "update_wrapper", functools_update_wrapper);
    (*items)[UpdateWrapper] = m->dict->get(interp.intern("update_wrapper"));
    auto def_with_items = [&](const char* name, NativeFn fn) {
        NativeFunction* f = make_bound_native(interp, name, fn, nullptr, items->value());
        f->module = m->name->value();
        module_set(interp, m, name, f->value());
    };
    def_with_items("cmp_to_key", functools_cmp_to_key);
    def_with_items("wraps", functools_wraps);
    def_with_items("lru_cache", functools_lru_cache);
    def_with_items("cache", functools_cache);
    module_set(interp, m, "WRAPPER_ASSIGNMENTS", default_assignments(interp)->value());
    module_set(interp, m, "WRAPPER_UPDATES", default_updates(interp)->value());
    return m;
}

} // namespace coil::modules
