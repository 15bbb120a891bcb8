// type and object: class creation for builtin types, the C3 MRO, attribute lookup along the
// MRO and the generic attribute protocol, and the methods every object inherits.
#include "vm/type.hpp"

#include "vm/abstract_methods.hpp"
#include "vm/class_creation.hpp"
#include "vm/descriptor.hpp"
#include "vm/dict.hpp"
#include "vm/int.hpp"
#include "vm/mapping_proxy.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/slot_dispatch.hpp"
#include "vm/slot_wrapper.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace coil::vm {

namespace {

constexpr uint32_t layout_flags =
    TypeIntSubclass | TypeStrSubclass | TypeTupleSubclass | TypeListSubclass | TypeDictSubclass |
    TypeExceptionSubclass | TypeTypeSubclass | TypeFloatSubclass | TypeBytesSubclass | TypeHasDict;

void trace_type(Object* self, Tracer& tracer) {
    auto* t = static_cast<Type*>(self);
    tracer.mark(t->name);
    tracer.mark(t->qualname);
    tracer.mark(t->message_name);
    tracer.mark(t->base);
    tracer.mark(t->bases);
    tracer.mark(t->mro);
    tracer.mark(t->dict);
}

Type* allocate_type(Interpreter& interp) {
    Type* t = interp.heap().make<Type>(interp.types.type);
    interp.builtin_type_list.push_back(t);
    return t;
}

void finish_type(Interpreter& interp, Type* t, std::string_view name, Type* base,
                 uint32_t instance_size, uint32_t flags) {
    t->name = interp.intern(name);
    t->qualname = t->name;
    t->base = base;
    t->flags = flags;
    t->instance_size = instance_size;
    if (base) {
        t->slots = base->slots;
        t->flags |= base->flags & layout_flags;
        t->dict_offset = base->dict_offset;
        t->bases = Tuple::make(interp, {base->value()});
        Tuple* mro = Tuple::make(interp, base->mro->size() + 1);
        (*mro)[0] = t->value();
        for (size_t i = 0; i < base->mro->size(); ++i) (*mro)[i + 1] = (*base->mro)[i];
        t->mro = mro;
    } else {
        t->bases = Tuple::make(interp, 0);
        t->mro = Tuple::make(interp, {t->value()});
    }
    t->dict = Dict::make(interp);
    assign_type_version(interp, t);
}

// A class's __module__: from its namespace (classes statements set it; native classes of
// modules other than builtins put it there too), else "builtins".
std::string type_module_name(Interpreter& interp, Type* t) {
    Value module = t->dict->get(interp.names.dunder_module);
    if (is_str(module)) return std::string(as_str(module)->view());
    return "builtins";
}

Value type_repr(Interpreter& interp, Value self) {
    Type* t = as_type(self);
    std::string module = type_module_name(interp, t);
    std::string text = "<class '";
    if (module != "builtins") text += module + ".";
    text += t->qualname->view();
    text += "'>";
    return Str::make(interp, text)->value();
}

Value type_call(Interpreter& interp, Value callable, const Value* args, size_t nargs,
                Tuple* kwnames) {
    Type* t = as_type(callable);
    if (kwnames) nargs -= kwnames->size(); // new_ and init count positional arguments only
    if (t == interp.types.type && nargs == 1 && !kwnames) return type_of(interp, args[0])->value();
    if (!t->slots.new_) {
        return interp.raise_format(interp.exceptions.type_error, "cannot create '%s' instances",
                                   std::string(t->qualname->view()).c_str());
    }
    Value obj = t->slots.new_(interp, t, args, nargs, kwnames);
    if (obj.is_error()) return obj;
    Type* made = type_of(interp, obj);
    if (made->slots.init && (made == t || is_subtype(made, t))) {
        Rooted keep(interp.shadow_roots(), obj);
        if (made->slots.init(interp, obj, args, nargs, kwnames) < 0) return Value::error();
    }
    return obj;
}

Value type_getattr(Interpreter& interp, Value self, Str* name, bool suppress_missing) {
    Type* t = as_type(self);
    const Names& n = interp.names;
    if (name == n.dunder_name) return t->name->value();
    if (name == n.dunder_qualname) return t->qualname->value();
    if (name == n.dunder_mro) return t->mro->value();
    if (name == n.dunder_bases) return t->bases->value();
    if (name == n.dunder_base) return t->base ? t->base->value() : Value::none();
    if (name == n.dunder_dict) {
        // A builtin class's special methods are made on first need; its namespace shows them.
        ensure_slot_wrappers(interp, t);
        return make_mapping_proxy(interp, t->dict->value());
    }
    if (name == n.dunder_class) return t->type->value();
    if (name == n.dunder_module && !t->has_flag(TypeHeap) &&
        t->dict->get(n.dunder_module).is_absent()) {
        return interp.intern("builtins")->value();
    }
    // A builtin class's own special methods are made on first need, before the metaclass's.
    if (is_special_name(name)) ensure_slot_wrappers(interp, t);
    Type* meta = t->type;
    Value meta_attr = type_lookup(meta, name);
    Type* meta_attr_type = nullptr;
    if (!meta_attr.is_absent()) {
        meta_attr_type = type_of(interp, meta_attr);
        if (meta_attr_type->slots.descr_get && meta_attr_type->slots.descr_set) {
            return meta_attr_type->slots.descr_get(interp, meta_attr, self, meta->value());
        }
    }
    Value attr = type_lookup(t, name);
    if (!attr.is_absent()) {
        Type* attr_type = type_of(interp, attr);
        if (attr_type->slots.descr_get) {
            return attr_type->slots.descr_get(interp, attr, Value::absent(), self);
        }
        return attr;
    }
    if (!meta_attr.is_absent()) {
        if (meta_attr_type->slots.descr_get) {
            return meta_attr_type->slots.descr_get(interp, meta_attr, self, meta->value());
        }
        return meta_attr;
    }
    if (name == n.dunder_doc) return Value::none();
    if (is_special_name(name) &&
        (ensure_slot_wrappers(interp, t) || ensure_slot_wrappers(interp, meta))) {
        return type_getattr(interp, self, name, suppress_missing);
    }
    if (suppress_missing) return Value::absent();
    return interp.raise_format(
        interp.exceptions.attribute_error, "type object '%s' has no attribute '%s'",
        std::string(type_message_name(t)).c_str(), std::string(name->view()).c_str());
}

int type_setattr(Interpreter& interp, Value self, Str* name, Value value) {
    Type* t = as_type(self);
    if (!t->has_flag(TypeHeap)) {
        interp.raise_format(
            interp.exceptions.type_error, "cannot set '%s' attribute of immutable type '%s'",
            std::string(name->view()).c_str(), std::string(t->name->view()).c_str());
        return -1;
    }
    if (name == interp.names.dunder_bases) return set_class_bases(interp, t, value);
    if (name == interp.names.dunder_name || name == interp.names.dunder_qualname) {
        if (!is_str(value)) {
            interp.raise_format(
                interp.exceptions.type_error, "can only assign string to %s.%s, not '%s'",
                std::string(t->name->view()).c_str(), std::string(name->view()).c_str(),
                std::string(type_name(interp, value)).c_str());
            return -1;
        }
        (name == interp.names.dunder_name ? t->name : t->qualname) = as_str(value);
        return 0;
    }
    const Value old = t->dict->get(name);
    if (value.is_absent()) {
        if (!t->dict->remove(name)) {
            interp.raise_format(
                interp.exceptions.attribute_error, "type object '%s' has no attribute '%s'",
                std::string(type_message_name(t)).c_str(), std::string(name->view()).c_str());
            return -1;
        }
    } else {
        t->dict->set(interp, name, value);
    }
    // Replacing one plain value by another (a class-level counter) changes nothing that slots
    // or attribute caches depend on, so the caches of this class stay valid.
    auto is_descriptor = [&](Value v) { return type_of(interp, v)->slots.descr_get != nullptr; };
    const bool plain_update = !old.is_absent() && !value.is_absent() && !is_descriptor(old) &&
                              !is_descriptor(value) && !is_special_name(name);
    if (!plain_update) class_attribute_changed(interp, t, name);
    return 0;
}

int64_t identity_hash(Interpreter&, Value self) {
    // CPython's _Py_HashPointer: rotate out the always-zero alignment bits.
    uint64_t p = reinterpret_cast<uint64_t>(self.as_object());
    int64_t h = static_cast<int64_t>((p >> 4) | (p << 60));
    return h == -1 ? -2 : h;
}

Value object_repr(Interpreter& interp, Value self) {
    Type* t = type_of(interp, self);
    std::string module = type_module_name(interp, t);
    char address[32];
    std::snprintf(address, sizeof address, "%p", static_cast<void*>(self.as_object()));
    std::string text = "<";
    if (module != "builtins") text += module + ".";
    text += t->qualname->view();
    text += " object at ";
    text += address;
    text += ">";
    return Str::make(interp, text)->value();
}

Value object_str(Interpreter& interp, Value self) {
    Str* s = ops::repr(interp, self);
    return s ? s->value() : Value::error();
}

Value object_richcompare(Interpreter& interp, Value self, Value other, CompareOp op) {
    if (op == CompareOp::Eq) return self == other ? Value::true_() : interp.not_implemented;
    if (op == CompareOp::Ne) {
        // __ne__ inverts __eq__ unless that returned NotImplemented.
        Type* t = type_of(interp, self);
        if (!t->slots.richcompare || t->slots.richcompare == object_richcompare) {
            return self == other ? Value::false_() : interp.not_implemented;
        }
        Value eq = t->slots.richcompare(interp, self, other, CompareOp::Eq);
        if (eq.is_error() || eq == interp.not_implemented) return eq;
        int truth = ops::truthy(interp, eq);
        if (truth < 0) return Value::error();
        return Value::from_bool(!truth);
    }
    return interp.not_implemented;
}

int object_init(Interpreter&, Value, const Value*, size_t, Tuple*) {
    return 0;
}

// typeobject.c's object_new: extra arguments are an error unless the class takes them in an
// __init__ of its own (and has no __new__ of its own).
Value object_new(Interpreter& interp, Type* type, const Value*, size_t nargs, Tuple* kwnames) {
    const bool has_args = nargs > 0 || (kwnames && kwnames->size() > 0);
    if (has_args) {
        if (type->slots.new_ != object_new) {
            return interp.raise_type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)");
        }
        if (type->slots.init == object_init) {
            return interp.raise_format(interp.exceptions.type_error, "%s() takes no arguments",
                                       std::string(type->name->view()).c_str());
        }
    }
    if (instantiation_refused(interp, type)) return Value::error();
    Object* obj = interp.heap().make_sized<Object>(type, type->instance_size);
    // Zero the body so traced fields start as nullptr / 0 (0 bits are a valid float Value),
    // then mark the __slots__ fields unset.
    std::memset(reinterpret_cast<char*>(obj) + sizeof(Object), 0,
                type->instance_size - sizeof(Object));
    if (type->has_flag(TypeHeap)) clear_instance_fields(obj);
    return obj->value();
}

void trace_instance_dict(Object* self, Tracer& tracer) {
    if (Dict** slot = instance_dict_slot(self)) tracer.mark(*slot);
}

// --- Python-visible methods of object.

Value object_dunder_init(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (nargs == 0)
        return interp.raise_type_error(
            "descriptor '__init__' of 'object' object needs an argument");
    Type* t = type_of(interp, args[0]);
    const bool has_args = nargs > 1 || (kwnames && kwnames->size() > 0);
    if (has_args) {
        if (t->slots.init != object_init) {
            return interp.raise_type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)");
        }
        if (t->slots.new_ == object_new) {
            return interp.raise_format(
                interp.exceptions.type_error,
                "%s.__init__() takes exactly one argument (the instance to initialize)",
                std::string(t->name->view()).c_str());
        }
    }
    return Value::none();
}

Value object_dunder_repr(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (nargs != 1) return interp.raise_type_error("expected 0 arguments");
    return object_repr(interp, args[0]);
}

Value object_dunder_str(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (nargs != 1) return interp.raise_type_error("expected 0 arguments");
    return object_str(interp, args[0]);
}

Value object_dunder_eq(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (nargs != 2) return interp.raise_type_error("expected 1 argument");
    return args[0] == args[1] ? Value::true_() : interp.not_implemented;
}

Value object_dunder_ne(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (nargs != 2) return interp.raise_type_error("expected 1 argument");
    return object_richcompare(interp, args[0], args[1], CompareOp::Ne);
}

Value object_dunder_hash(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (nargs != 1) return interp.raise_type_error("expected 0 arguments");
    int64_t h = ops::hash(interp, args[0]);
    return h == -1 ? Value::error() : make_int(interp, h);
}

Value object_dunder_setattr(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (nargs != 3 || !is_str(args[1])) return interp.raise_type_error("expected 2 arguments");
    Str* name = interp.intern(as_str(args[1]));
    if (generic_setattr(interp, args[0], name, args[2]) < 0) return Value::error();
    return Value::none();
}

Value object_dunder_getattribute(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (nargs != 2) return interp.raise_type_error("expected 1 argument");
    if (!is_str(args[1])) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "attribute name must be string, not '%s'",
                                   std::string(type_name(interp, args[1])).c_str());
    }
    return generic_getattr(interp, args[0], interp.intern(as_str(args[1])), false);
}

Value object_dunder_new(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (nargs == 0) return interp.raise_type_error("object.__new__(): not enough arguments");
    if (!is_type(args[0])) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "object.__new__(X): X is not a type object (%s)",
                                   std::string(type_name(interp, args[0])).c_str());
    }
    Type* t = as_type(args[0]);
    Type* layout = t;
    while (layout->has_flag(TypeHeap)) layout = layout->base;
    if (layout != interp.types.object) {
        return interp.raise_format(
            interp.exceptions.type_error, "object.__new__(%s) is not safe, use %s.__new__()",
            std::string(t->name->view()).c_str(), std::string(layout->name->view()).c_str());
    }
    return object_new(interp, t, args + 1, nargs - 1, kwnames);
}

} // namespace

Value new_object(Interpreter& interp, Type* type, size_t nargs, Tuple* kwnames) {
    return object_new(interp, type, nullptr, nargs, kwnames);
}

bool makes_plain_objects(const Type* type) {
    return type->slots.new_ == object_new;
}

Type* make_builtin_type(Interpreter& interp, std::string_view name, Type* base,
                        uint32_t instance_size, uint32_t flags) {
    Type* t = allocate_type(interp);
    finish_type(interp, t, name, base, instance_size, flags);
    return t;
}

bool compute_mro(Interpreter& interp, Type* type) {
    // C3: merge the bases' MROs and the list of bases, always taking the first head that
    // appears in no tail.
    std::vector<std::vector<Type*>> sequences;
    for (Value b : *type->bases) {
        Tuple* m = as_type(b)->mro;
        std::vector<Type*> seq;
        for (Value v : *m) seq.push_back(as_type(v));
        sequences.push_back(std::move(seq));
    }
    std::vector<Type*> bases;
    for (Value b : *type->bases) bases.push_back(as_type(b));
    sequences.push_back(bases);
    std::vector<Type*> result{type};
    std::vector<size_t> heads(sequences.size(), 0);
    for (;;) {
        bool empty = true;
        Type* candidate = nullptr;
        for (size_t i = 0; i < sequences.size() && !candidate; ++i) {
            if (heads[i] >= sequences[i].size()) continue;
            empty = false;
            Type* head = sequences[i][heads[i]];
            bool in_tail = false;
            for (size_t j = 0; j < sequences.size() && !in_tail; ++j) {
                for (size_t k = heads[j] + 1; k < sequences[j].size(); ++k) {
                    if (sequences[j][k] == head) {
                        in_tail = true;
                        break;
                    }
                }
            }
            if (!in_tail) candidate = head;
        }
        if (empty) break;
        if (!candidate) {
            // CPython names the classes left at the heads of the lists still to merge.
            std::vector<Type*> heads_left;
            for (size_t i = 0; i < sequences.size(); ++i) {
                if (heads[i] >= sequences[i].size()) continue;
                Type* head = sequences[i][heads[i]];
                if (std::find(heads_left.begin(), heads_left.end(), head) == heads_left.end()) {
                    heads_left.push_back(head);
                }
            }
            std::string message =
                "Cannot create a consistent method resolution\norder (MRO) for bases ";
            for (size_t i = 0; i < heads_left.size(); ++i) {
                if (i) message += ", ";
                message += heads_left[i]->name->view();
            }
            interp.raise(interp.exceptions.type_error, message);
            return false;
        }
        result.push_back(candidate);
        for (size_t i = 0; i < sequences.size(); ++i) {
            if (heads[i] < sequences[i].size() && sequences[i][heads[i]] == candidate) ++heads[i];
        }
    }
    Tuple* mro = Tuple::make(interp, result.size());
    for (size_t i = 0; i < result.size(); ++i) (*mro)[i] = result[i]->value();
    type->mro = mro;
    return true;
}

Value type_lookup(Type* type, const Str* name) {
    if (!type->mro) return type->dict ? type->dict->get(name) : Value::absent();
    for (Value t : *type->mro) {
        Value v = as_type(t)->dict->get(name);
        if (!v.is_absent()) return v;
    }
    return Value::absent();
}

bool is_subtype(const Type* type, const Type* base) {
    if (type == base) return true;
    if (type->mro) {
        for (Value t : *type->mro) {
            if (t.as_object() == base) return true;
        }
        return false;
    }
    for (const Type* t = type->base; t; t = t->base) {
        if (t == base) return true;
    }
    return false;
}

Value generic_getattr(Interpreter& interp, Value obj, Str* name, bool suppress_missing) {
    Type* t = type_of(interp, obj);
    Value descr = type_lookup(t, name);
    Type* descr_type = nullptr;
    if (!descr.is_absent()) {
        descr_type = type_of(interp, descr);
        if (descr_type->slots.descr_get && descr_type->slots.descr_set) {
            return descr_type->slots.descr_get(interp, descr, obj, t->value());
        }
    }
    if (obj.is_object()) {
        if (Dict** slot = instance_dict_slot(obj.as_object()); slot && *slot) {
            Value v = (*slot)->get(name);
            if (!v.is_absent()) return v;
        }
    }
    if (!descr.is_absent()) {
        if (descr_type->slots.descr_get) {
            return descr_type->slots.descr_get(interp, descr, obj, t->value());
        }
        return descr;
    }
    if (name == interp.names.dunder_class) return t->value();
    if (name == interp.names.dunder_dict && obj.is_object()) {
        if (Dict** slot = instance_dict_slot(obj.as_object())) {
            if (!*slot) *slot = Dict::make(interp);
            return (*slot)->value();
        }
    }
    if (is_special_name(name) && ensure_slot_wrappers(interp, t)) {
        return generic_getattr(interp, obj, name, suppress_missing);
    }
    if (suppress_missing) return Value::absent();
    return interp.raise_format(
        interp.exceptions.attribute_error, "'%s' object has no attribute '%s'",
        std::string(type_message_name(t)).c_str(), std::string(name->view()).c_str());
}

namespace {

// The __slots__ fields `t` itself adds, by offset, with their names.
std::vector<std::pair<uint32_t, Str*>> added_slots(Interpreter& interp, Type* t) {
    std::vector<std::pair<uint32_t, Str*>> slots;
    const uint32_t end = t->member_offset + t->member_count * sizeof(Value);
    size_t pos = 0;
    Value key, value;
    uint32_t offset;
    while (t->dict->next(pos, &key, &value)) {
        if (is_str(key) && member_descriptor_offset(interp, value, &offset) &&
            offset >= t->member_offset && offset < end) {
            slots.emplace_back(offset, as_str(key));
        }
    }
    std::sort(slots.begin(), slots.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    return slots;
}

// Whether a class statement gave `t` a __weakref__ (a field of CPython's layout).
bool adds_weakref(Interpreter& interp, const Type* t) {
    return t->has_flag(TypeHeap) && !t->dict->get(interp.intern("__weakref__")).is_absent();
}

// typeobject.c's compatible_with_tp_base: `t` lays out instances exactly as its base does.
bool same_layout_as_base(Interpreter& interp, const Type* t) {
    const Type* b = t->base;
    return b && t->member_count == 0 && t->instance_size == b->instance_size &&
           t->dict_offset == b->dict_offset && t->slots.finalize == b->slots.finalize &&
           !adds_weakref(interp, t);
}

// typeobject.c's compatible_for_assignment without the messages: instances of `from` can
// become instances of `to`.
bool compatible_layouts(Interpreter& interp, Type* from, Type* to) {
    while (same_layout_as_base(interp, from)) from = from->base;
    while (same_layout_as_base(interp, to)) to = to->base;
    if (from == to) return true;
    if (from->base != to->base || !from->has_flag(TypeHeap) || !to->has_flag(TypeHeap) ||
        from->instance_size != to->instance_size || from->dict_offset != to->dict_offset ||
        from->slots.finalize != to->slots.finalize ||
        adds_weakref(interp, from) != adds_weakref(interp, to)) {
        return false;
    }
    // CPython keeps the __dict__ of subclasses of int, tuple and bytes at a negative offset,
    // which its check never finds equal.
    Type* builtin = from->base;
    while (builtin->has_flag(TypeHeap)) builtin = builtin->base;
    const BuiltinTypes& types = interp.types;
    if ((builtin == types.int_ || builtin == types.tuple || builtin == types.bytes) &&
        from->dict_offset != from->base->dict_offset) {
        return false;
    }
    const auto a = added_slots(interp, from);
    const auto b = added_slots(interp, to);
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto& x, const auto& y) {
        return x.first == y.first && x.second->equals(y.second);
    });
}

} // namespace

bool check_compatible_layouts(Interpreter& interp, Type* from, Type* to, const char* attribute) {
    if (from == to || compatible_layouts(interp, from, to)) return true;
    // A class statement's instances are freed differently from a builtin's.
    const bool same_deallocator = from->has_flag(TypeHeap) && to->has_flag(TypeHeap);
    interp.raise_format(interp.exceptions.type_error, "%s assignment: '%s' %s differs from '%s'",
                        attribute, std::string(type_message_name(to)).c_str(),
                        same_deallocator ? "object layout" : "deallocator",
                        std::string(type_message_name(from)).c_str());
    return false;
}

namespace {

// obj.__class__ = value (typeobject.c's object_set_class).
int set_class(Interpreter& interp, Value obj, Value value) {
    if (value.is_absent()) {
        interp.raise_type_error("can't delete __class__ attribute");
        return -1;
    }
    if (!is_type(value)) {
        interp.raise_format(interp.exceptions.type_error,
                            "__class__ must be set to a class, not '%s' object",
                            std::string(type_name(interp, value)).c_str());
        return -1;
    }
    Type* from = type_of(interp, obj);
    Type* to = as_type(value);
    Type* module = interp.types.module;
    const bool modules = is_subtype(from, module) && is_subtype(to, module);
    if (!obj.is_object() || (!modules && (!from->has_flag(TypeHeap) || !to->has_flag(TypeHeap)))) {
        interp.raise_type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (!check_compatible_layouts(interp, from, to, "__class__")) return -1;
    obj.as_object()->type = to;
    return 0;
}

// obj.__dict__ = value, or del obj.__dict__ (which leaves a fresh empty one for later).
int set_instance_dict(Interpreter& interp, Dict** slot, Value value) {
    if (value.is_absent()) {
        *slot = nullptr;
        return 0;
    }
    if (!value.is_object() || !value.as_object()->type->has_flag(TypeDictSubclass)) {
        interp.raise_format(interp.exceptions.type_error,
                            "__dict__ must be set to a dictionary, not a '%s'",
                            std::string(type_name(interp, value)).c_str());
        return -1;
    }
    *slot = static_cast<Dict*>(value.as_object());
    return 0;
}

} // namespace

Value instance_dict_get(Interpreter& interp, Value self) {
    Dict** slot = self.is_object() ? instance_dict_slot(self.as_object()) : nullptr;
    if (!slot) {
        return interp.raise_format(interp.exceptions.attribute_error,
                                   "'%s' object has no attribute '__dict__'",
                                   std::string(type_name(interp, self)).c_str());
    }
    if (!*slot) *slot = Dict::make(interp);
    return (*slot)->value();
}

int instance_dict_set(Interpreter& interp, Value self, Value value) {
    Dict** slot = self.is_object() ? instance_dict_slot(self.as_object()) : nullptr;
    if (!slot) {
        interp.raise_format(interp.exceptions.attribute_error,
                            "'%s' object has no attribute '__dict__'",
                            std::string(type_name(interp, self)).c_str());
        return -1;
    }
    return set_instance_dict(interp, slot, value);
}

int generic_setattr(Interpreter& interp, Value obj, Str* name, Value value) {
    Type* t = type_of(interp, obj);
    Value descr = type_lookup(t, name);
    if (!descr.is_absent()) {
        Type* descr_type = type_of(interp, descr);
        if (descr_type->slots.descr_set) {
            return descr_type->slots.descr_set(interp, descr, obj, value);
        }
    } else if (name == interp.names.dunder_class) {
        return set_class(interp, obj, value);
    }
    Dict** slot = obj.is_object() ? instance_dict_slot(obj.as_object()) : nullptr;
    if (slot && descr.is_absent() && name == interp.names.dunder_dict) {
        return set_instance_dict(interp, slot, value);
    }
    if (!slot) {
        if (descr.is_absent()) {
            interp.raise_format(
                interp.exceptions.attribute_error, "'%s' object has no attribute '%s'",
                std::string(type_message_name(t)).c_str(), std::string(name->view()).c_str());
        } else {
            interp.raise_format(
                interp.exceptions.attribute_error, "'%s' object attribute '%s' is read-only",
                std::string(type_message_name(t)).c_str(), std::string(name->view()).c_str());
        }
        return -1;
    }
    if (value.is_absent()) {
        if (!*slot || !(*slot)->remove(name)) {
            interp.raise_format(
                interp.exceptions.attribute_error, "'%s' object has no attribute '%s'",
                std::string(type_message_name(t)).c_str(), std::string(name->view()).c_str());
            return -1;
        }
        return 0;
    }
    if (!*slot) *slot = Dict::make(interp);
    (*slot)->set(interp, name, value);
    return 0;
}

std::string_view type_name(const Interpreter& interp, Value v) {
    return type_message_name(type_of(interp, v));
}

std::string_view type_message_name(const Type* t) {
    return (t->message_name ? t->message_name : t->name)->view();
}

void set_native_type_module(Interpreter& interp, Type* type, std::string_view module) {
    type_set_attr(interp, type, "__module__", Str::make(interp, module)->value());
    type->message_name =
        Str::make(interp, std::string(module) + "." + std::string(type->name->view()));
}

void type_set_attr(Interpreter& interp, Type* type, std::string_view name, Value value) {
    type->dict->set(interp, interp.intern(name), value);
}

void init_core_types(Interpreter& interp) {
    BuiltinTypes& types = interp.types;
    // The classes that naming a class needs (type, object, str, tuple, dict) exist before
    // any of them can be named, so allocate them first and name them after.
    types.type = interp.heap().make<Type>(nullptr);
    types.type->type = types.type;
    interp.builtin_type_list.push_back(types.type);
    types.object = allocate_type(interp);
    types.str = allocate_type(interp);
    types.tuple = allocate_type(interp);
    types.dict = allocate_type(interp);
    types.str->flags = TypeStrSubclass; // Str::make reads nothing else before naming

    finish_type(interp, types.object, "object", nullptr, sizeof(Object), TypeBaseType);
    TypeSlots& o = types.object->slots;
    o.repr = object_repr;
    o.str = object_str;
    o.hash = identity_hash;
    o.richcompare = object_richcompare;
    o.getattr = generic_getattr;
    o.setattr = generic_setattr;
    o.new_ = object_new;
    o.init = object_init;
    o.trace = trace_instance_dict;

    finish_type(interp, types.type, "type", types.object, sizeof(Type),
                TypeBaseType | TypeTypeSubclass);
    TypeSlots& t = types.type->slots;
    t.repr = type_repr;
    t.call = type_call;
    t.getattr = type_getattr;
    t.setattr = type_setattr;
    t.trace = trace_type;
    t.new_ = nullptr;
    t.init = nullptr;

    finish_type(interp, types.str, "str", types.object, sizeof(Str),
                TypeBaseType | TypeStrSubclass);
    finish_type(interp, types.tuple, "tuple", types.object, sizeof(Tuple),
                TypeBaseType | TypeTupleSubclass);
    finish_type(interp, types.dict, "dict", types.object, sizeof(Dict),
                TypeBaseType | TypeDictSubclass);
}

void init_object_methods(Interpreter& interp) {
    Type* object = interp.types.object;
    add_method(interp, object, "__init__", object_dunder_init);
    add_method(interp, object, "__repr__", object_dunder_repr);
    add_method(interp, object, "__str__", object_dunder_str);
    add_method(interp, object, "__eq__", object_dunder_eq);
    add_method(interp, object, "__ne__", object_dunder_ne);
    add_method(interp, object, "__hash__", object_dunder_hash);
    add_method(interp, object, "__setattr__", object_dunder_setattr);
    add_method(interp, object, "__getattribute__", object_dunder_getattribute);
    add_method(interp, object, "__new__", object_dunder_new, NativeStaticMethod);
}

} // namespace coil::vm
