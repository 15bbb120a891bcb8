// The builtins module: print, len, repr, the conversion and iteration helpers, the builtin
// iterator types (enumerate, zip, map, filter, reversed) and the builtin classes.
#include "modules/builtins_exec.hpp"
#include "modules/core_modules.hpp"
#include "modules/native_modules.hpp"
#include "vm/bytes.hpp"
#include "vm/bytes_methods.hpp"
#include "vm/class_creation.hpp"

#include "vm/complex.hpp"
#include "vm/dict.hpp"
#include "vm/divmod_pow.hpp"
#include "vm/exception.hpp"
#include "vm/float.hpp"
#include "vm/format.hpp"
#include "vm/generator.hpp"
#include "vm/int.hpp"
#include "vm/list.hpp"
#include "vm/module.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/recursion_guard.hpp"
#include "vm/slot_wrapper.hpp"
#include "vm/str.hpp"
#include "vm/text_stream.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace coil::modules {

using namespace coil::vm;

namespace {

std::string tname(Interpreter& interp, Value v) {
    return std::string(type_name(interp, v));
}

// --- print

// Writes text to a file object: the native streams directly, anything else via .write().
bool write_to(Interpreter& interp, Value file, Str* text) {
    if (file.is_object() && file.as_object()->type == interp.types.text_stream) {
        static_cast<TextStream*>(file.as_object())->write(interp, text->view());
        return true;
    }
    Value arg = text->value();
    return !ops::call_method(interp, file, interp.names.write, &arg, 1).is_error();
}

Value sys_stream(Interpreter& interp, Str* name, TextStream* fallback) {
    if (interp.sys_module) {
        Value v = interp.sys_module->dict->get(name);
        if (!v.is_absent()) return v;
    }
    return fallback->value();
}

Value builtin_print(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value sep = Value::none(), end = Value::none(), file = Value::none(), flush = Value::false_();
    if (kwnames) {
        for (size_t i = 0; i < kwnames->size(); ++i) {
            Str* key = as_str((*kwnames)[i]);
            Value v = args[nargs + i];
            if (key == interp.names.sep)
                sep = v;
            else if (key == interp.names.end)
                end = v;
            else if (key == interp.names.file)
                file = v;
            else if (key == interp.names.flush)
                flush = v;
            else {
                return interp.raise_format(interp.exceptions.type_error,
                                           "'%s' is an invalid keyword argument for print()",
                                           std::string(key->view()).c_str());
            }
        }
    }
    if (!sep.is_none() && !is_str(sep)) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "sep must be None or a string, not %s",
                                   tname(interp, sep).c_str());
    }
    if (!end.is_none() && !is_str(end)) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "end must be None or a string, not %s",
                                   tname(interp, end).c_str());
    }
    if (file.is_none()) file = sys_stream(interp, interp.names.stdout_, interp.stdout_stream);
    if (file.is_none()) return Value::none();
    Rooted keep_file(interp.shadow_roots(), file);
    bool native = file.is_object() && file.as_object()->type == interp.types.text_stream;
    if (native) {
        // The common case: build the whole line, then one buffered write.
        std::string line;
        for (size_t i = 0; i < nargs; ++i) {
            if (i) line += sep.is_none() ? std::string_view(" ") : as_str(sep)->view();
            Str* s = ops::str(interp, args[i]);
            if (!s) return Value::error();
            line += s->view();
        }
        line += end.is_none() ? std::string_view("\n") : as_str(end)->view();
        static_cast<TextStream*>(file.as_object())->write(interp, line);
    } else {
        Str* space = sep.is_none() ? interp.intern(" ") : as_str(sep);
        for (size_t i = 0; i < nargs; ++i) {
            if (i && !write_to(interp, file, space)) return Value::error();
            Str* s = ops::str(interp, args[i]);
            if (!s || !write_to(interp, file, s)) return Value::error();
        }
        if (!write_to(interp, file, end.is_none() ? interp.intern("\n") : as_str(end))) {
            return Value::error();
        }
    }
    int do_flush = ops::truthy(interp, flush);
    if (do_flush < 0) return Value::error();
    if (do_flush) {
        if (native) {
            static_cast<TextStream*>(file.as_object())->flush();
        } else if (ops::call_method(interp, file, interp.names.flush, nullptr, 0).is_error()) {
            return Value::error();
        }
    }
    return Value::none();
}

// --- Simple functions

Value builtin_len(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    if (!reject_keywords(interp, "len", kw) || !check_one_arg(interp, "len", nargs)) {
        return Value::error();
    }
    int64_t n = ops::len(interp, args[0]);
    return n < 0 ? Value::error() : make_int(interp, n);
}

Value builtin_repr(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    if (!reject_keywords(interp, "repr", kw) || !check_one_arg(interp, "repr", nargs)) {
        return Value::error();
    }
    RecursionGuard guard(interp, calling_python_object);
    if (!guard.ok()) return Value::error();
    Str* s = ops::repr(interp, args[0]);
    return s ? s->value() : Value::error();
}

Value builtin_ascii(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    if (!reject_keywords(interp, "ascii", kw) || !check_one_arg(interp, "ascii", nargs)) {
        return Value::error();
    }
    RecursionGuard guard(interp, calling_python_object);
    if (!guard.ok()) return Value::error();
    Str* s = ascii_repr(interp, args[0]);
    return s ? s->value() : Value::error();
}

Value builtin_abs(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    if (!reject_keywords(interp, "abs", kw) || !check_one_arg(interp, "abs", nargs)) {
        return Value::error();
    }
    Value v = args[0];
    if (v.is_float()) return Value::from_double(std::fabs(v.as_float()));
    if (v.is_small_int() || v.is_bool() || type_of(interp, v) == interp.types.int_) {
        return int_sign(v) < 0 ? int_negative(interp, v) : ops::positive(interp, v);
    }
    RecursionGuard guard(interp, calling_python_object);
    if (!guard.ok()) return Value::error();
    Value method = type_lookup(type_of(interp, v), interp.intern("__abs__"));
    if (method.is_absent()) {
        return interp.raise_format(interp.exceptions.type_error, "bad operand type for abs(): '%s'",
                                   tname(interp, v).c_str());
    }
    return ops::call1(interp, method, v);
}

Value builtin_hash(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    if (!reject_keywords(interp, "hash", kw) || !check_one_arg(interp, "hash", nargs)) {
        return Value::error();
    }
    RecursionGuard guard(interp, calling_python_object);
    if (!guard.ok()) return Value::error();
    int64_t h = ops::hash(interp, args[0]);
    return h == -1 ? Value::error() : make_int(interp, h);
}

Value builtin_id(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    if (!reject_keywords(interp, "id", kw) || !check_one_arg(interp, "id", nargs)) {
        return Value::error();
    }
    // Immediates have no address: their bits identify them.
    uint64_t id =
        args[0].is_object() ? reinterpret_cast<uint64_t>(args[0].as_object()) : args[0].bits();
    return make_int_u64(interp, id);
}

Value builtin_ord(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    if (!reject_keywords(interp, "ord", kw) || !check_one_arg(interp, "ord", nargs)) {
        return Value::error();
    }
    std::string_view bytes;
    if (!is_str(args[0]) && bytes_like_view(interp, args[0], &bytes)) {
        if (bytes.size() != 1) {
            return interp.raise_format(interp.exceptions.type_error,
                                       "ord() expected a character, but string of length %zu found",
                                       bytes.size());
        }
        return Value::from_small_int(static_cast<unsigned char>(bytes[0]));
    }
    if (!is_str(args[0])) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "ord() expected string of length 1, but %s found",
                                   tname(interp, args[0]).c_str());
    }
    Str* s = as_str(args[0]);
    if (s->length() != 1) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "ord() expected a character, but string of length %zu found",
                                   s->length());
    }
    return Value::from_small_int(s->code_point_at(0));
}

Value builtin_chr(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    if (!reject_keywords(interp, "chr", kw) || !check_one_arg(interp, "chr", nargs)) {
        return Value::error();
    }
    if (!is_int(args[0])) {
        if (args[0].is_float() || !type_of(interp, args[0])->slots.index) {
            return interp.raise_format(interp.exceptions.type_error,
                                       "'%s' object cannot be interpreted as an integer",
                                       tname(interp, args[0]).c_str());
        }
    }
    Value i = ops::index(interp, args[0]);
    if (i.is_error()) return i;
    int64_t cp;
    if (!int_to_int64(i, &cp)) {
        return interp.raise(interp.exceptions.overflow_error,
                            "Python int too large to convert to C int");
    }
    if (cp < 0 || cp > 0x10FFFF) {
        return interp.raise(interp.exceptions.value_error, "chr() arg not in range(0x110000)");
    }
    return str_from_code_point(interp, static_cast<uint32_t>(cp))->value();
}

Value number_text(Interpreter& interp, Value v, int base, const char* prefix) {
    Value i = ops::index(interp, v);
    if (i.is_error()) return i;
    std::string digits = int_to_string(i, base);
    std::string out;
    if (digits[0] == '-') {
        out = "-";
        digits.erase(0, 1);
    }
    out += prefix;
    out += digits;
    return Str::make_ascii(interp, out)->value();
}

Value builtin_hex(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "hex", nargs)) return Value::error();
    return number_text(interp, args[0], 16, "0x");
}
Value builtin_oct(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "oct", nargs)) return Value::error();
    return number_text(interp, args[0], 8, "0o");
}
Value builtin_bin(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "bin", nargs)) return Value::error();
    return number_text(interp, args[0], 2, "0b");
}

Value builtin_callable(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "callable", nargs)) return Value::error();
    return Value::from_bool(type_of(interp, args[0])->slots.call != nullptr);
}

Value builtin_isinstance(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    if (!reject_keywords(interp, "isinstance", kw) ||
        !check_arity(interp, "isinstance", nargs, 2, 2)) {
        return Value::error();
    }
    int r = ops::isinstance(interp, args[0], args[1]);
    return r < 0 ? Value::error() : Value::from_bool(r);
}

Value builtin_issubclass(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    if (!reject_keywords(interp, "issubclass", kw) ||
        !check_arity(interp, "issubclass", nargs, 2, 2)) {
        return Value::error();
    }
    int r = ops::issubclass(interp, args[0], args[1]);
    return r < 0 ? Value::error() : Value::from_bool(r);
}

Str* attribute_name(Interpreter& interp, Value v, const char* fname) {
    if (!is_str(v)) {
        interp.raise_format(interp.exceptions.type_error, "attribute name must be string, not '%s'",
                            tname(interp, v).c_str());
        return nullptr;
    }
    return interp.intern(as_str(v));
}

Value builtin_getattr(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    if (!reject_keywords(interp, "getattr", kw) || !check_arity(interp, "getattr", nargs, 2, 3)) {
        return Value::error();
    }
    Str* name = attribute_name(interp, args[1], "getattr");
    if (!name) return Value::error();
    if (nargs == 2) return ops::get_attr(interp, args[0], name);
    Value v = ops::get_attr_optional(interp, args[0], name);
    return v.is_absent() ? args[2] : v;
}

Value builtin_hasattr(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    if (!reject_keywords(interp, "hasattr", kw) || !check_arity(interp, "hasattr", nargs, 2, 2)) {
        return Value::error();
    }
    Str* name = attribute_name(interp, args[1], "hasattr");
    if (!name) return Value::error();
    Value v = ops::get_attr_optional(interp, args[0], name);
    return v.is_error() ? v : Value::from_bool(!v.is_absent());
}

Value builtin_setattr(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    if (!reject_keywords(interp, "setattr", kw) || !check_arity(interp, "setattr", nargs, 3, 3)) {
        return Value::error();
    }
    Str* name = attribute_name(interp, args[1], "setattr");
    if (!name || ops::set_attr(interp, args[0], name, args[2]) < 0) return Value::error();
    return Value::none();
}

Value builtin_delattr(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    if (!reject_keywords(interp, "delattr", kw) || !check_arity(interp, "delattr", nargs, 2, 2)) {
        return Value::error();
    }
    Str* name = attribute_name(interp, args[1], "delattr");
    if (!name || ops::del_attr(interp, args[0], name) < 0) return Value::error();
    return Value::none();
}

// iter(callable, sentinel): calls until the sentinel comes back.
struct CallableIterator : Object {
    Value callable; // absent once exhausted
    Value sentinel;
};

void trace_callable_iterator(Object* self, Tracer& tracer) {
    auto* it = static_cast<CallableIterator*>(self);
    tracer.mark(it->callable);
    tracer.mark(it->sentinel);
}

Value callable_iterator_next(Interpreter& interp, Value self) {
    auto* it = static_cast<CallableIterator*>(self.as_object());
    if (it->callable.is_absent()) return Value::absent();
    Value v = ops::call0(interp, it->callable);
    if (v.is_error()) {
        if (interp.pending_matches(interp.exceptions.stop_iteration)) {
            interp.clear_pending();
            it->callable = Value::absent();
            return Value::absent();
        }
        return v;
    }
    Rooted keep(interp.shadow_roots(), v);
    int eq = ops::equals(interp, v, it->sentinel);
    if (eq < 0) return Value::error();
    if (eq) {
        it->callable = Value::absent();
        return Value::absent();
    }
    return v;
}

Value builtin_iter(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    if (!reject_keywords(interp, "iter", kw) || !check_arity(interp, "iter", nargs, 1, 2)) {
        return Value::error();
    }
    if (nargs == 1) return ops::get_iter(interp, args[0]);
    if (!type_of(interp, args[0])->slots.call) {
        return interp.raise_type_error("iter(v, w): v must be callable");
    }
    auto* it = interp.heap().make<CallableIterator>(interp.types.callable_iterator);
    it->callable = args[0];
    it->sentinel = args[1];
    return it->value();
}

// locals() of the calling frame, through the builtin that knows frames (builtins_exec.cpp).
Value caller_locals(Interpreter& interp) {
    Value locals = interp.builtins->get(interp.intern("locals"));
    if (locals.is_absent()) return interp.raise_type_error("locals() is not available");
    return ops::call0(interp, locals);
}

Value builtin_vars(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    if (!reject_keywords(interp, "vars", kw) || !check_arity(interp, "vars", nargs, 0, 1)) {
        return Value::error();
    }
    if (nargs == 0) return caller_locals(interp);
    Value d = ops::get_attr_optional(interp, args[0], interp.names.dunder_dict);
    if (d.is_absent()) {
        return interp.raise_type_error("vars() argument must have __dict__ attribute");
    }
    return d;
}

Value builtin_dir(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    if (!reject_keywords(interp, "dir", kw) || !check_arity(interp, "dir", nargs, 0, 1)) {
        return Value::error();
    }
    if (nargs == 0) {
        Value scope = caller_locals(interp);
        if (scope.is_error()) return scope;
        Rooted keep_scope(interp.shadow_roots(), scope);
        List* keys = List::make(interp);
        Rooted keep_keys(interp.shadow_roots(), keys->value());
        if (is_dict(scope)) {
            size_t pos = 0;
            Value k, v;
            while (as_dict(scope)->next(pos, &k, &v)) keys->append(interp, k);
        }
        if (list_sort(interp, keys, Value::absent(), false) < 0) return Value::error();
        return keys->value();
    }
    Type* own_type = type_of(interp, args[0]);
    Value custom = own_type->has_flag(TypeHeap) ? type_lookup(own_type, interp.intern("__dir__"))
                                                : Value::absent();
    if (!custom.is_absent()) {
        Value listed = ops::call1(interp, custom, args[0]);
        if (listed.is_error()) return listed;
        Rooted keep_listed(interp.shadow_roots(), listed);
        return ops::call1(interp, interp.builtins->get(interp.intern("sorted")), listed);
    }
    Dict* names = Dict::make(interp);
    Rooted keep(interp.shadow_roots(), names->value());
    auto add_keys = [&](Dict* d) {
        size_t pos = 0;
        Value k, v;
        while (d->next(pos, &k, &v)) {
            if (is_str(k)) names->set(interp, as_str(k), Value::none());
        }
    };
    Value obj = args[0];
    if (obj.is_object()) {
        if (Dict** slot = instance_dict_slot(obj.as_object()); slot && *slot) add_keys(*slot);
    }
    // A module lists its namespace only; a class its own and its bases' attributes.
    if (own_type != interp.types.module) {
        Type* t = is_type(obj) ? as_type(obj) : own_type;
        ensure_slot_wrappers(interp, t);
        for (Value c : *t->mro) add_keys(as_type(c)->dict);
        names->set(interp, interp.intern("__class__"), Value::none());
        // Attributes these builtin classes answer from their getattr slot, not their dict.
        struct SlotAttributes {
            Type* type;
            const char* names[3];
        };
        const SlotAttributes slot_attributes[] = {
            {interp.types.complex, {"real", "imag", nullptr}},
            {interp.types.range, {"start", "stop", "step"}},
            {interp.types.slice, {"start", "stop", "step"}},
        };
        for (const SlotAttributes& entry : slot_attributes) {
            if (t != entry.type) continue;
            for (const char* name : entry.names) {
                if (name) names->set(interp, interp.intern(name), Value::none());
            }
        }
    }
    List* result = List::make(interp, names->size());
    size_t pos = 0;
    Value k, v;
    while (names->next(pos, &k, &v)) result->append(interp, k);
    Rooted keep_result(interp.shadow_roots(), result->value());
    if (list_sort(interp, result, Value::absent(), false) < 0) return Value::error();
    return result->value();
}

Value builtin_format(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "format", kwnames) ||
        !check_arity(interp, "format", nargs, 1, 2)) {
        return Value::error();
    }
    Str* spec = as_str(interp.empty_str);
    if (nargs == 2) {
        if (!is_str(args[1])) {
            return interp.raise_format(interp.exceptions.type_error,
                                       "format() argument 2 must be str, not %s",
                                       tname(interp, args[1]).c_str());
        }
        spec = as_str(args[1]);
    }
    Str* r = format_value(interp, args[0], spec);
    return r ? r->value() : Value::error();
}

Value builtin_next(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    if (!reject_keywords(interp, "next", kw) || !check_arity(interp, "next", nargs, 1, 2)) {
        return Value::error();
    }
    if (!type_of(interp, args[0])->slots.iternext) {
        return interp.raise_format(interp.exceptions.type_error, "'%s' object is not an iterator",
                                   tname(interp, args[0]).c_str());
    }
    // A generator's return value travels in the StopIteration next() raises.
    Value v = is_generator(interp, args[0]) ? generator_next(interp, as_generator(args[0]))
                                            : ops::iter_next(interp, args[0]);
    if (v.is_absent()) {
        if (nargs == 2) return args[1];
        interp.set_pending(
            make_exception(interp, interp.exceptions.stop_iteration, as_tuple(interp.empty_tuple))
                ->value());
        return Value::error();
    }
    if (v.is_error() && nargs == 2 && interp.pending_matches(interp.exceptions.stop_iteration)) {
        interp.clear_pending();
        return args[1];
    }
    return v;
}

// Collects an iterable into a new list (rooted by the caller as needed).
List* to_list(Interpreter& interp, Value iterable) {
    Value l = ops::call(interp, interp.types.list->value(), &iterable, 1);
    return l.is_error() ? nullptr : as_list(l);
}

Value min_max(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames,
              const char* name, CompareOp op) {
    Value key = Value::none(), fallback = Value::absent();
    if (kwnames) {
        for (size_t i = 0; i < kwnames->size(); ++i) {
            Str* k = as_str((*kwnames)[i]);
            if (k == interp.names.key)
                key = args[nargs + i];
            else if (k == interp.names.default_)
                fallback = args[nargs + i];
            else {
                return interp.raise_format(interp.exceptions.type_error,
                                           "'%s' is an invalid keyword argument for %s()",
                                           std::string(k->view()).c_str(), name);
            }
        }
    }
    if (nargs == 0) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "%s expected at least 1 argument, got 0", name);
    }
    if (nargs > 1 && !fallback.is_absent()) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "Cannot specify a default for %s() with multiple positional "
                                   "arguments",
                                   name);
    }
    List* items;
    if (nargs == 1) {
        items = to_list(interp, args[0]);
        if (!items) return Value::error();
    } else {
        items = List::make(interp, args, nargs);
    }
    Rooted keep(interp.shadow_roots(), items->value());
    if (items->size() == 0) {
        if (!fallback.is_absent()) return fallback;
        return interp.raise_format(interp.exceptions.value_error, "%s() arg is an empty sequence",
                                   name);
    }
    Value best = (*items)[0];
    Value best_key = best;
    if (!key.is_none()) {
        best_key = ops::call1(interp, key, best);
        if (best_key.is_error()) return best_key;
    }
    Rooted keep_best_key(interp.shadow_roots(), best_key);
    for (size_t i = 1; i < items->size(); ++i) {
        Value item = (*items)[i];
        Value k = item;
        if (!key.is_none()) {
            k = ops::call1(interp, key, item);
            if (k.is_error()) return k;
        }
        Rooted keep_k(interp.shadow_roots(), k);
        int better = ops::compare_bool(interp, op, k, keep_best_key.get());
        if (better < 0) return Value::error();
        if (better) {
            best = item;
            keep_best_key.set(k);
        }
    }
    return best;
}

Value builtin_min(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    return min_max(interp, args, nargs, kw, "min", CompareOp::Lt);
}
Value builtin_max(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    return min_max(interp, args, nargs, kw, "max", CompareOp::Gt);
}

Value builtin_sum(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[2];
    if (!bind_native_args(interp, "sum", args, nargs, kwnames, {"iterable", "start"}, 1, 1,
                          bound)) {
        return Value::error();
    }
    Value total = bound[1].is_absent() ? Value::from_small_int(0) : bound[1];
    if (is_str(total)) {
        return interp.raise_type_error("sum() can't sum strings [use ''.join(seq) instead]");
    }
    if (is_bytes(interp, total)) {
        return interp.raise_type_error("sum() can't sum bytes [use b''.join(seq) instead]");
    }
    if (type_of(interp, total) == interp.types.bytearray) {
        return interp.raise_type_error("sum() can't sum bytearray [use b''.join(seq) instead]");
    }
    Value it = ops::get_iter(interp, bound[0]);
    if (it.is_error()) return it;
    Rooted keep_it(interp.shadow_roots(), it);
    Rooted keep_total(interp.shadow_roots(), total);
    for (;;) {
        Value v = ops::iter_next(interp, it);
        if (v.is_error()) return v;
        if (v.is_absent()) return keep_total.get();
        Value t = ops::binary_op(interp, BinaryOp::Add, keep_total.get(), v);
        if (t.is_error()) return t;
        keep_total.set(t);
    }
}

Value builtin_any_all(Interpreter& interp, const Value* args, size_t nargs, bool want) {
    if (!check_one_arg(interp, want ? "any" : "all", nargs)) return Value::error();
    Value it = ops::get_iter(interp, args[0]);
    if (it.is_error()) return it;
    Rooted keep(interp.shadow_roots(), it);
    for (;;) {
        Value v = ops::iter_next(interp, it);
        if (v.is_error()) return v;
        if (v.is_absent()) return Value::from_bool(!want);
        int t = ops::truthy(interp, v);
        if (t < 0) return Value::error();
        if (static_cast<bool>(t) == want) return Value::from_bool(want);
    }
}
Value builtin_any(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    return builtin_any_all(interp, args, nargs, true);
}
Value builtin_all(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    return builtin_any_all(interp, args, nargs, false);
}

Value builtin_sorted(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (nargs != 1) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "sorted expected 1 argument, got %zu", nargs);
    }
    Value bound[2];
    if (!bind_native_args(interp, "sort", args + 1, 0, kwnames, {"key", "reverse"}, 0, 0, bound)) {
        return Value::error();
    }
    List* l = to_list(interp, args[0]);
    if (!l) return Value::error();
    Rooted keep(interp.shadow_roots(), l->value());
    bool reverse = false;
    if (!bound[1].is_absent()) {
        int t = ops::truthy(interp, bound[1]);
        if (t < 0) return Value::error();
        reverse = t;
    }
    Value key = bound[0].is_absent() || bound[0].is_none() ? Value::absent() : bound[0];
    if (list_sort(interp, l, key, reverse) < 0) return Value::error();
    return l->value();
}

Value builtin_divmod(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_arity(interp, "divmod", nargs, 2, 2)) return Value::error();
    return divmod_values(interp, args[0], args[1]);
}

Value builtin_pow(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    for (size_t i = 0; kwnames && i < kwnames->size(); ++i) {
        const Str* key = as_str((*kwnames)[i]);
        if (!key->equals("base") && !key->equals("exp") && !key->equals("mod")) {
            return interp.raise_format(interp.exceptions.type_error,
                                       "'%s' is an invalid keyword argument for pow()",
                                       std::string(key->view()).c_str());
        }
    }
    Value bound[3];
    if (!bind_native_args(interp, "pow", args, nargs, kwnames, {"base", "exp", "mod"}, 2, 0,
                          bound)) {
        return Value::error();
    }
    return power_values(interp, bound[0], bound[1],
                        bound[2].is_absent() ? Value::none() : bound[2]);
}

Value builtin_round(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[2];
    if (!bind_native_args(interp, "round", args, nargs, kwnames, {"number", "ndigits"}, 1, 0,
                          bound)) {
        return Value::error();
    }
    Value x = bound[0];
    bool has_digits = !bound[1].is_absent() && !bound[1].is_none();
    if (is_int(x)) {
        if (!has_digits) return ops::positive(interp, x);
        int64_t nd;
        if (!int_to_ssize(interp, bound[1], &nd)) return Value::error();
        if (nd >= 0) return ops::positive(interp, x);
        // Round half to even at 10**-nd.
        mpz_t v, p, q, r;
        mpz_inits(v, p, q, r, nullptr);
        int_to_mpz(x, v);
        if (static_cast<uint64_t>(-(nd + 1)) >= mpz_sizeinbase(v, 10)) {
            // Rounding at a place beyond the number's digits always gives 0.
            mpz_clears(v, p, q, r, nullptr);
            return Value::from_small_int(0);
        }
        mpz_ui_pow_ui(p, 10, static_cast<unsigned long>(-nd));
        mpz_fdiv_qr(q, r, v, p);
        mpz_mul_ui(r, r, 2);
        int c = mpz_cmp(r, p);
        if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
        mpz_mul(q, q, p);
        Value result = make_int(interp, q);
        mpz_clears(v, p, q, r, nullptr);
        return result;
    }
    if (is_float_instance(x)) {
        double d = float_value(x);
        if (!has_digits) {
            if (std::isnan(d)) {
                return interp.raise(interp.exceptions.value_error,
                                    "cannot convert float NaN to integer");
            }
            if (std::isinf(d)) {
                return interp.raise(interp.exceptions.overflow_error,
                                    "cannot convert float infinity to integer");
            }
            double r = std::nearbyint(d); // the default rounding mode is half-to-even
            Value as_float = Value::from_double(r);
            return ops::call(interp, interp.types.int_->value(), &as_float, 1);
        }
        int64_t nd;
        if (!int_to_ssize(interp, bound[1], &nd)) return Value::error();
        if (!std::isfinite(d) || nd > 330) return x;
        if (nd < -330) return Value::from_double(std::copysign(0.0, d));
        // Correctly rounded decimal formatting, then back: CPython's double_round.
        char buffer[512];
        if (nd >= 0) {
            std::snprintf(buffer, sizeof buffer, "%.*f", static_cast<int>(nd), d);
            return Value::from_double(std::strtod(buffer, nullptr));
        }
        double scale = std::pow(10.0, static_cast<double>(-nd));
        double r = std::nearbyint(d / scale) * scale;
        return Value::from_double(std::isfinite(r) ? r : std::copysign(0.0, d));
    }
    Value method = type_lookup(type_of(interp, x), interp.intern("__round__"));
    if (method.is_absent()) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "type %s doesn't define __round__ method",
                                   tname(interp, x).c_str());
    }
    Value call_args[2] = {x, bound[1]};
    return ops::call(interp, method, call_args, has_digits ? 2 : 1);
}

// --- Iterator types: enumerate, zip, map, filter, reversed.

struct Enumerate : Object {
    Value iterator;
    Value count; // an int; small until it overflows
};

struct Zip : Object {
    Tuple* iterators;
    bool strict;
};

struct Map : Object {
    Value function;
    Tuple* iterators;
};

struct Filter : Object {
    Value function; // None: truth test
    Value iterator;
};

struct Reversed : Object {
    Value sequence;
    int64_t index; // next index to read, counting down
};

Value iter_self(Interpreter&, Value self) {
    return self;
}

Value enumerate_new(Interpreter& interp, Type* type, const Value* args, size_t nargs,
                    Tuple* kwnames) {
    Value bound[2];
    if (!bind_native_args(interp, "enumerate", args, nargs, kwnames, {"iterable", "start"}, 1, 0,
                          bound)) {
        return Value::error();
    }
    Value start = bound[1].is_absent() ? Value::from_small_int(0) : bound[1];
    if (!is_int(start)) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "'%s' object cannot be interpreted as an integer",
                                   tname(interp, start).c_str());
    }
    Value it = ops::get_iter(interp, bound[0]);
    if (it.is_error()) return it;
    Rooted keep(interp.shadow_roots(), it);
    auto* e = make_instance<Enumerate>(interp, type);
    e->iterator = it;
    e->count = start;
    return e->value();
}

Value enumerate_next(Interpreter& interp, Value self) {
    auto* e = static_cast<Enumerate*>(self.as_object());
    Value v = ops::iter_next(interp, e->iterator);
    if (v.is_error() || v.is_absent()) return v;
    Rooted keep(interp.shadow_roots(), v);
    Value index = e->count;
    Value next = ops::binary_op(interp, BinaryOp::Add, index, Value::from_small_int(1));
    if (next.is_error()) return next;
    e->count = next;
    return Tuple::make(interp, {index, v})->value();
}

void trace_enumerate(Object* self, Tracer& tracer) {
    auto* e = static_cast<Enumerate*>(self);
    tracer.mark(e->iterator);
    tracer.mark(e->count);
}

Tuple* iterators_of(Interpreter& interp, const Value* args, size_t nargs) {
    Tuple* its = Tuple::make(interp, nargs);
    Rooted keep(interp.shadow_roots(), its->value());
    for (size_t i = 0; i < nargs; ++i) {
        Value it = ops::get_iter(interp, args[i]);
        if (it.is_error()) return nullptr;
        (*its)[i] = it;
    }
    return its;
}

Value zip_new(Interpreter& interp, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    bool strict = false;
    if (kwnames) {
        for (size_t i = 0; i < kwnames->size(); ++i) {
            if (!as_str((*kwnames)[i])->equals("strict")) {
                return interp.raise_type_error("zip() got an unexpected keyword argument");
            }
            int t = ops::truthy(interp, args[nargs + i]);
            if (t < 0) return Value::error();
            strict = t;
        }
    }
    Tuple* its = iterators_of(interp, args, nargs);
    if (!its) return Value::error();
    Rooted keep(interp.shadow_roots(), its->value());
    auto* z = make_instance<Zip>(interp, type);
    z->iterators = its;
    z->strict = strict;
    return z->value();
}

Value zip_next(Interpreter& interp, Value self) {
    auto* z = static_cast<Zip*>(self.as_object());
    size_t n = z->iterators->size();
    if (n == 0) return Value::absent();
    Tuple* result = Tuple::make(interp, n);
    Rooted keep(interp.shadow_roots(), result->value());
    for (size_t i = 0; i < n; ++i) {
        Value v = ops::iter_next(interp, (*z->iterators)[i]);
        if (v.is_error()) return v;
        if (v.is_absent()) {
            if (z->strict) {
                if (i > 0) {
                    return interp.raise_format(interp.exceptions.value_error,
                                               "zip() argument %zu is shorter than argument%s%zu",
                                               i + 1, i == 1 ? " " : "s 1-", i);
                }
                for (size_t j = 1; j < n; ++j) {
                    Value w = ops::iter_next(interp, (*z->iterators)[j]);
                    if (w.is_error()) return w;
                    if (!w.is_absent()) {
                        return interp.raise_format(
                            interp.exceptions.value_error,
                            "zip() argument %zu is longer than argument%s%zu", j + 1,
                            j == 1 ? " " : "s 1-", j);
                    }
                }
            }
            return Value::absent();
        }
        (*result)[i] = v;
    }
    return result->value();
}

void trace_zip(Object* self, Tracer& tracer) {
    tracer.mark(static_cast<Zip*>(self)->iterators);
}

Value map_new(Interpreter& interp, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "map", kwnames)) return Value::error();
    if (nargs < 2) return interp.raise_type_error("map() must have at least two arguments.");
    Tuple* its = iterators_of(interp, args + 1, nargs - 1);
    if (!its) return Value::error();
    Rooted keep(interp.shadow_roots(), its->value());
    auto* m = make_instance<Map>(interp, type);
    m->function = args[0];
    m->iterators = its;
    return m->value();
}

Value map_next(Interpreter& interp, Value self) {
    auto* m = static_cast<Map*>(self.as_object());
    size_t n = m->iterators->size();
    Value small[8];
    std::vector<Value> large;
    Value* call_args = small;
    if (n > 8) {
        large.resize(n);
        call_args = large.data();
    }
    Tuple* held = Tuple::make(interp, n);
    Rooted keep(interp.shadow_roots(), held->value());
    for (size_t i = 0; i < n; ++i) {
        Value v = ops::iter_next(interp, (*m->iterators)[i]);
        if (v.is_error() || v.is_absent()) return v;
        (*held)[i] = v;
        call_args[i] = v;
    }
    return ops::call(interp, m->function, call_args, n);
}

void trace_map(Object* self, Tracer& tracer) {
    auto* m = static_cast<Map*>(self);
    tracer.mark(m->function);
    tracer.mark(m->iterators);
}

Value filter_new(Interpreter& interp, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "filter", kwnames) ||
        !check_arity(interp, "filter", nargs, 2, 2)) {
        return Value::error();
    }
    Value it = ops::get_iter(interp, args[1]);
    if (it.is_error()) return it;
    Rooted keep(interp.shadow_roots(), it);
    auto* f = make_instance<Filter>(interp, type);
    f->function = args[0];
    f->iterator = it;
    return f->value();
}

Value filter_next(Interpreter& interp, Value self) {
    auto* f = static_cast<Filter*>(self.as_object());
    for (;;) {
        Value v = ops::iter_next(interp, f->iterator);
        if (v.is_error() || v.is_absent()) return v;
        Rooted keep(interp.shadow_roots(), v);
        Value test = v;
        if (!f->function.is_none() && f->function != interp.types.bool_->value()) {
            test = ops::call1(interp, f->function, v);
            if (test.is_error()) return test;
        }
        int t = ops::truthy(interp, test);
        if (t < 0) return Value::error();
        if (t) return v;
    }
}

void trace_filter(Object* self, Tracer& tracer) {
    auto* f = static_cast<Filter*>(self);
    tracer.mark(f->function);
    tracer.mark(f->iterator);
}

Value reversed_new(Interpreter& interp, Type* type, const Value* args, size_t nargs,
                   Tuple* kwnames) {
    if (!reject_keywords(interp, "reversed", kwnames) ||
        !check_arity(interp, "reversed", nargs, 1, 1)) {
        return Value::error();
    }
    Value method = type_lookup(type_of(interp, args[0]), interp.intern("__reversed__"));
    if (!method.is_absent()) return ops::call1(interp, method, args[0]);
    Type* t = type_of(interp, args[0]);
    if (!t->slots.getitem || !t->slots.len || is_dict(args[0])) {
        return interp.raise_format(interp.exceptions.type_error, "'%s' object is not reversible",
                                   tname(interp, args[0]).c_str());
    }
    int64_t n = ops::len(interp, args[0]);
    if (n < 0) return Value::error();
    auto* r = make_instance<Reversed>(interp, type);
    r->sequence = args[0];
    r->index = n - 1;
    return r->value();
}

Value reversed_next(Interpreter& interp, Value self) {
    auto* r = static_cast<Reversed*>(self.as_object());
    if (r->index < 0) return Value::absent();
    Value v = ops::get_item(interp, r->sequence, make_int(interp, r->index));
    if (v.is_error()) {
        if (interp.pending_matches(interp.exceptions.index_error) ||
            interp.pending_matches(interp.exceptions.stop_iteration)) {
            interp.clear_pending();
            r->index = -1;
            return Value::absent();
        }
        return v;
    }
    --r->index;
    return v;
}

void trace_reversed(Object* self, Tracer& tracer) {
    tracer.mark(static_cast<Reversed*>(self)->sequence);
}

Type* make_iterator_class(Interpreter& interp, const char* name, uint32_t size,
                          decltype(TypeSlots::new_) new_fn, UnaryFn next, TraceFn trace) {
    Type* t = make_builtin_type(interp, name, interp.types.object, size, TypeBaseType);
    t->slots.new_ = new_fn;
    t->slots.init = nullptr;
    t->slots.iter = iter_self;
    t->slots.iternext = next;
    t->slots.trace = trace;
    return t;
}

} // namespace

void install_builtins(Interpreter& interp) {
    Dict* b = interp.builtins;
    Value module = interp.names.builtins->value();
    auto def = [&](const char* name, NativeFn fn) {
        NativeFunction* f = make_native_function(interp, name, fn, module);
        b->set(interp, f->name, f->value());
    };
    def("print", builtin_print);
    def("len", builtin_len);
    def("repr", builtin_repr);
    def("ascii", builtin_ascii);
    def("abs", builtin_abs);
    def("hash", builtin_hash);
    def("id", builtin_id);
    def("ord", builtin_ord);
    def("chr", builtin_chr);
    def("hex", builtin_hex);
    def("oct", builtin_oct);
    def("bin", builtin_bin);
    def("callable", builtin_callable);
    def("isinstance", builtin_isinstance);
    def("__build_class__", build_class);
    def("issubclass", builtin_issubclass);
    def("getattr", builtin_getattr);
    def("hasattr", builtin_hasattr);
    def("setattr", builtin_setattr);
    def("delattr", builtin_delattr);
    def("iter", builtin_iter);
    def("vars", builtin_vars);
    def("dir", builtin_dir);
    def("format", builtin_format);
    def("next", builtin_next);
    def("min", builtin_min);
    def("max", builtin_max);
    def("sum", builtin_sum);
    def("any", builtin_any);
    def("all", builtin_all);
    def("sorted", builtin_sorted);
    def("divmod", builtin_divmod);
    def("pow", builtin_pow);
    def("round", builtin_round);
    def("aiter", builtin_aiter);
    def("anext", builtin_anext);

    auto add_class = [&](Type* t) {
        if (t) b->set(interp, t->name, t->value());
    };
    BuiltinTypes& types = interp.types;
    for (Type* t : {types.object, types.type, types.bool_, types.int_, types.float_, types.complex,
                    types.str, types.bytes, types.bytearray, types.tuple, types.list, types.dict,
                    types.set, types.frozenset, types.range, types.slice, types.super}) {
        add_class(t);
    }
    add_class(make_iterator_class(interp, "enumerate", sizeof(Enumerate), enumerate_new,
                                  enumerate_next, trace_enumerate));
    add_class(make_iterator_class(interp, "zip", sizeof(Zip), zip_new, zip_next, trace_zip));
    add_class(make_iterator_class(interp, "map", sizeof(Map), map_new, map_next, trace_map));
    add_class(make_iterator_class(interp, "filter", sizeof(Filter), filter_new, filter_next,
                                  trace_filter));
    add_class(make_iterator_class(interp, "reversed", sizeof(Reversed), reversed_new, reversed_next,
                                  trace_reversed));
    interp.types.callable_iterator =
        make_iterator_class(interp, "callable_iterator", sizeof(CallableIterator), nullptr,
                            callable_iterator_next, trace_callable_iterator);
    for (auto& [name, type] : interp.exceptions.by_name) add_class(type);
    for (const char* alias : {"EnvironmentError", "IOError"}) {
        b->set(interp, interp.intern(alias), interp.exceptions.os_error->value());
    }
    b->set(interp, interp.intern("None"), Value::none());
    b->set(interp, interp.intern("True"), Value::true_());
    b->set(interp, interp.intern("False"), Value::false_());
    b->set(interp, interp.intern("Ellipsis"), interp.ellipsis);
    b->set(interp, interp.intern("NotImplemented"), interp.not_implemented);
    b->set(interp, interp.intern("__debug__"), Value::true_());
    install_exec_builtins(interp);
}

void open_core_modules(Interpreter& interp, const std::vector<std::string>& argv) {
    install_builtins(interp);
    install_sys(interp, argv);
    register_module(interp, interp.builtins_module);
    register_native_modules(interp);
}

} // namespace coil::modules
