// Pattern matching at run time, after CPython 3.11's ceval.c (match_keys, match_class) and the
// Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING / _Py_TPFLAGS_MATCH_SELF type flags.
#include "vm/pattern_matching.hpp"

#include "vm/dict.hpp"
#include "vm/heap.hpp"
#include "vm/list.hpp"
#include "vm/ops.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <string>
#include <vector>

namespace coil::vm {

namespace {

enum class Collection : uint8_t { Other, Sequence, Mapping };

// A class deriving from collections.abc.Sequence or Mapping gets CPython's collection flag
// through ABCMeta; here the abstract class is recognised in the MRO by name and module.
Collection abstract_collection(Interpreter& interp, const Type* type) {
    if (!type->has_flag(TypeHeap) || !type->dict) return Collection::Other;
    const Value module = type->dict->get(interp.names.dunder_module);
    if (!is_str(module) || as_str(module)->view() != "collections.abc") return Collection::Other;
    const std::string_view name = type->name->view();
    if (name == "Sequence" || name == "MutableSequence") return Collection::Sequence;
    if (name == "Mapping" || name == "MutableMapping") return Collection::Mapping;
    return Collection::Other;
}

Collection collection_kind(Interpreter& interp, Value subject) {
    const Type* type = type_of(interp, subject);
    if (type->has_flag(TypeDictSubclass)) return Collection::Mapping;
    if (type->has_flag(TypeListSubclass) || type->has_flag(TypeTupleSubclass))
        return Collection::Sequence;
    if (type->has_flag(TypeStrSubclass)) return Collection::Other;
    const Tuple* mro = type->mro;
    if (!mro) return Collection::Other;
    for (size_t i = 0; i < mro->size(); ++i) {
        const Type* t = as_type((*mro)[i]);
        if (t == interp.types.range) return Collection::Sequence;
        if (t == interp.types.str || t == interp.types.bytes || t == interp.types.bytearray)
            return Collection::Other;
        if (!t->has_flag(TypeHeap) && t->name->view() == "deque") return Collection::Sequence;
        const Collection abstract = abstract_collection(interp, t);
        if (abstract != Collection::Other) return abstract;
    }
    return Collection::Other;
}

// The builtins whose single positional sub-pattern matches the subject itself (`int(x)`),
// unless a subclass defines __match_args__.
bool matches_self(Interpreter& interp, const Type* type) {
    const BuiltinTypes& t = interp.types;
    for (const Type* builtin : {t.bool_, t.bytearray, t.bytes, t.dict, t.float_, t.frozenset,
                                t.int_, t.list, t.set, t.str, t.tuple}) {
        if (type == builtin || is_subtype(type, builtin)) return true;
    }
    return false;
}

std::string class_name(const Type* type) {
    return std::string(type->name->view());
}

// subject.name for a sub-pattern, once per name: absent when the attribute is missing.
Value class_attribute(Interpreter& interp, Value subject, const Type* type, Str* name,
                      std::vector<Str*>& seen) {
    for (const Str* s : seen) {
        if (s->view() == name->view()) {
            Str* r = ops::repr(interp, name->value());
            if (!r) return Value::error();
            return interp.raise_format(interp.exceptions.type_error,
                                       "%s() got multiple sub-patterns for attribute %s",
                                       class_name(type).c_str(), std::string(r->view()).c_str());
        }
    }
    seen.push_back(name);
    return ops::get_attr_optional(interp, subject, name);
}

} // namespace

bool matches_sequence(Interpreter& interp, Value subject) {
    return collection_kind(interp, subject) == Collection::Sequence;
}

bool matches_mapping(Interpreter& interp, Value subject) {
    return collection_kind(interp, subject) == Collection::Mapping;
}

Value match_keys(Interpreter& interp, Value subject, Value keys) {
    const Tuple* wanted = as_tuple(keys);
    const size_t n = wanted->size();
    if (n == 0) return Tuple::make(interp, 0)->value();
    const Value get = ops::get_attr(interp, subject, interp.intern("get"));
    if (get.is_error()) return get;
    Rooted get_root(interp.shadow_roots(), get);
    const Value dummy = new_object(interp, interp.types.object, 0, nullptr);
    if (dummy.is_error()) return dummy;
    Rooted dummy_root(interp.shadow_roots(), dummy);
    List* values = List::make(interp, n);
    Rooted values_root(interp.shadow_roots(), values->value());
    std::vector<int64_t> hashes;
    for (size_t i = 0; i < n; ++i) {
        const Value key = (*wanted)[i];
        const int64_t hash = ops::hash(interp, key);
        if (hash == -1) return Value::error();
        for (size_t j = 0; j < i; ++j) {
            if (hashes[j] != hash) continue;
            const int same = (*wanted)[j] == key ? 1 : ops::equals(interp, (*wanted)[j], key);
            if (same < 0) return Value::error();
            if (same == 0) continue;
            Str* r = ops::repr(interp, key);
            if (!r) return Value::error();
            return interp.raise_format(interp.exceptions.value_error,
                                       "mapping pattern checks duplicate key (%s)",
                                       std::string(r->view()).c_str());
        }
        hashes.push_back(hash);
        const Value args[] = {key, dummy};
        const Value value = ops::call(interp, get, args, 2);
        if (value.is_error()) return value;
        if (value == dummy) return Value::none();
        values->append(interp, value);
    }
    return Tuple::make(interp, values->items(), values->size())->value();
}

Value match_class(Interpreter& interp, Value subject, Value cls, uint32_t positional, Value names) {
    if (!is_type(cls))
        return interp.raise(interp.exceptions.type_error, "called match pattern must be a type");
    const int instance = ops::isinstance(interp, subject, cls);
    if (instance < 0) return Value::error();
    if (instance == 0) return Value::none();
    const Type* type = as_type(cls);
    std::vector<Str*> seen;
    List* attrs = List::make(interp);
    Rooted attrs_root(interp.shadow_roots(), attrs->value());
    if (positional > 0) {
        Value match_args = ops::get_attr_optional(interp, cls, interp.intern("__match_args__"));
        if (match_args.is_error()) return match_args;
        Rooted match_args_root(interp.shadow_roots(), match_args);
        bool match_self = false;
        size_t allowed = 0;
        if (match_args.is_absent()) {
            match_self = matches_self(interp, type);
            allowed = match_self ? 1 : 0;
        } else if (type_of(interp, match_args) != interp.types.tuple) {
            return interp.raise_format(
                interp.exceptions.type_error, "%s.__match_args__ must be a tuple (got %s)",
                class_name(type).c_str(), std::string(type_name(interp, match_args)).c_str());
        } else {
            allowed = as_tuple(match_args)->size();
        }
        if (allowed < positional) {
            return interp.raise_format(interp.exceptions.type_error,
                                       "%s() accepts %d positional sub-pattern%s (%d given)",
                                       class_name(type).c_str(), static_cast<int>(allowed),
                                       allowed == 1 ? "" : "s", static_cast<int>(positional));
        }
        if (match_self) {
            attrs->append(interp, subject);
        } else {
            for (uint32_t i = 0; i < positional; ++i) {
                const Value name = (*as_tuple(match_args))[i];
                if (type_of(interp, name) != interp.types.str) {
                    return interp.raise_format(interp.exceptions.type_error,
                                               "__match_args__ elements must be strings (got %s)",
                                               std::string(type_name(interp, name)).c_str());
                }
                const Value attr = class_attribute(interp, subject, type, as_str(name), seen);
                if (attr.is_error()) return attr;
                if (attr.is_absent()) return Value::none();
                attrs->append(interp, attr);
            }
        }
    }
    const Tuple* keywords = as_tuple(names);
    for (size_t i = 0; i < keywords->size(); ++i) {
        const Value attr = class_attribute(interp, subject, type, as_str((*keywords)[i]), seen);
        if (attr.is_error()) return attr;
        if (attr.is_absent()) return Value::none();
        attrs->append(interp, attr);
    }
    return Tuple::make(interp, attrs->items(), attrs->size())->value();
}

} // namespace coil::vm
