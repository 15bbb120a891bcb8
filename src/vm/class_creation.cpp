// Class creation (bltinmodule.c's builtin___build_class__ and typeobject.c's type_new): the
// metaclass, the namespace, the instance layout with __dict__ and __slots__, and the
// __set_name__ and __init_subclass__ hooks.
#include "vm/class_creation.hpp"

#include "vm/call.hpp"
#include "vm/descriptor.hpp"
#include "vm/dict.hpp"
#include "vm/exception.hpp"
#include "vm/frame.hpp"
#include "vm/function.hpp"
#include "vm/list.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/slot_dispatch.hpp"
#include "vm/slot_wrapper.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

namespace coil::vm {

namespace {

// A name or repr for a message; empty when making the repr failed.
std::string text(Str* s) {
    return s ? std::string(s->view()) : std::string();
}

std::string tname(Interpreter& interp, Value v) {
    return std::string(type_name(interp, v));
}

// The builtin classes that take no __slots__ in subclasses (CPython's tp_itemsize != 0).
bool refuses_slots(Interpreter& interp, Type* builtin) {
    const BuiltinTypes& t = interp.types;
    return builtin == t.tuple || builtin == t.bytes || builtin == t.int_;
}

// The builtin classes whose instances keep their items inline after the header, so their
// size varies and a subclass's __dict__ pointer goes at the end of the allocation.
bool has_inline_items(Interpreter& interp, Type* builtin) {
    const BuiltinTypes& t = interp.types;
    return builtin == t.tuple || builtin == t.str || builtin == t.bytes;
}

Type* builtin_base(Type* t) {
    while (t->has_flag(TypeHeap)) t = t->base;
    return t;
}

// Whether instances of `base` already have a weak reference list (CPython's
// tp_weaklistoffset): a class statement added __weakref__, or a builtin that has one.
bool has_weakref(Interpreter& interp, Type* base) {
    const BuiltinTypes& b = interp.types;
    for (Type* t = base; t; t = t->base) {
        if (t == b.set || t == b.frozenset || t == b.type || t == b.module) return true;
    }
    return !type_lookup(base, interp.intern("__weakref__")).is_absent();
}

// The getter of __weakref__: coil's instances carry no weak reference list.
Value no_weak_references(Interpreter&, Value) {
    return Value::none();
}

// typeobject.c's solid_base: the class whose layout instances of `t` share, ignoring classes
// that only add a __dict__.
Type* solid_base(Type* t) {
    while (t->has_flag(TypeHeap) && t->member_count == 0) t = t->base;
    // A builtin class that adds no fields shares its base's layout (ValueError and KeyError
    // are both laid out as BaseException).
    while (!t->has_flag(TypeHeap) && t->base && t->base->instance_size == t->instance_size &&
           t->base->dict_offset == t->dict_offset) {
        t = t->base;
    }
    return t;
}

// typeobject.c's best_base: the base whose layout extends every other base's.
Type* best_base(Interpreter& interp, Tuple* bases) {
    Type* winner = nullptr;
    Type* best = nullptr;
    for (Value b : *bases) {
        Type* base = as_type(b);
        Type* candidate = solid_base(base);
        if (!winner) {
            winner = candidate;
            best = base;
        } else if (is_subtype(winner, candidate)) {
            // The winner's layout already contains this one.
        } else if (is_subtype(candidate, winner)) {
            winner = candidate;
            best = base;
        } else {
            interp.raise_type_error("multiple bases have instance lay-out conflict");
            return nullptr;
        }
    }
    return best;
}

// The most derived metaclass among `meta` and the bases' metaclasses.
Type* calculate_metaclass(Interpreter& interp, Type* meta, Tuple* bases) {
    Type* winner = meta;
    for (Value b : *bases) {
        Type* base_meta = type_of(interp, b);
        if (is_subtype(winner, base_meta)) continue;
        if (is_subtype(base_meta, winner)) {
            winner = base_meta;
            continue;
        }
        interp.raise_type_error("metaclass conflict: the metaclass of a derived class must be a "
                                "(non-strict) subclass of the metaclasses of all its bases");
        return nullptr;
    }
    return winner;
}

// str.isidentifier() for the ASCII part; other characters are taken as letters.
bool looks_like_identifier(std::string_view s) {
    if (s.empty() || (s[0] >= '0' && s[0] <= '9')) return false;
    for (unsigned char c : s) {
        if (c < 0x80 && !std::isalnum(c) && c != '_') return false;
    }
    return true;
}

// The names in __slots__ (a string or an iterable of strings), private names mangled.
// `base` is the class's solid base, which may refuse a nonempty __slots__.
bool slot_names(Interpreter& interp, Value slots, Str* class_name, Type* base,
                std::vector<Str*>& out) {
    // A list, not a C++ vector: the iteration may run Python code, and so the collector.
    List* items = List::make(interp);
    Rooted keep_items(interp.shadow_roots(), items->value());
    if (is_str(slots)) {
        items->append(interp, slots);
    } else {
        const Value it = ops::get_iter(interp, slots);
        if (it.is_error()) return false;
        Rooted keep(interp.shadow_roots(), it);
        for (;;) {
            const Value v = ops::iter_next(interp, it);
            if (v.is_error()) return false;
            if (v.is_absent()) break;
            items->append(interp, v);
        }
    }
    if (items->size() > 0 && refuses_slots(interp, builtin_base(base))) {
        interp.raise_format(interp.exceptions.type_error,
                            "nonempty __slots__ not supported for subtype of '%s'",
                            text(base->name).c_str());
        return false;
    }
    for (size_t i = 0; i < items->size(); ++i) {
        const Value v = items->items()[i];
        if (!is_str(v)) {
            interp.raise_format(interp.exceptions.type_error,
                                "__slots__ items must be strings, not '%s'",
                                tname(interp, v).c_str());
            return false;
        }
        Str* name = as_str(v);
        if (!looks_like_identifier(name->view())) {
            interp.raise_type_error("__slots__ must be identifiers");
            return false;
        }
        std::string_view n = name->view();
        // Private names are mangled as in the class body: __x becomes _C__x.
        if (n.size() > 2 && n.substr(0, 2) == "__" && n.substr(n.size() - 2) != "__") {
            std::string_view cls = class_name->view();
            while (!cls.empty() && cls.front() == '_') cls.remove_prefix(1);
            if (!cls.empty()) {
                std::string mangled(1, '_');
                mangled.append(cls).append(n);
                out.push_back(interp.intern(mangled));
                continue;
            }
        }
        out.push_back(interp.intern(name));
    }
    return true;
}

void unlink_subclass(Type* base, Type* sub) {
    if (!base->subclasses) return;
    auto& list = *base->subclasses;
    list.erase(std::remove(list.begin(), list.end(), sub), list.end());
}

// Every dict value's __set_name__(owner, name), with CPython 3.11's RuntimeError around a
// failure.
bool call_set_name_hooks(Interpreter& interp, Type* type) {
    std::vector<std::pair<Value, Value>> items;
    size_t pos = 0;
    Value key, value;
    while (type->dict->next(pos, &key, &value)) items.emplace_back(key, value);
    Tuple* snapshot = Tuple::make(interp, items.size() * 2);
    for (size_t i = 0; i < items.size(); ++i) {
        (*snapshot)[2 * i] = items[i].first;
        (*snapshot)[2 * i + 1] = items[i].second;
    }
    Rooted keep(interp.shadow_roots(), snapshot->value());
    for (size_t i = 0; i < items.size(); ++i) {
        const Value args[2] = {type->value(), items[i].first};
        const Value r =
            call_special(interp, items[i].second, interp.names.dunder_set_name, args, 2);
        if (!r.is_error()) continue;
        const Value cause = interp.take_pending();
        Rooted keep_cause(interp.shadow_roots(), cause);
        BaseException* wrapped = make_exception(
            interp, interp.exceptions.runtime_error,
            "Error calling __set_name__ on '" + tname(interp, items[i].second) + "' instance " +
                text(ops::repr(interp, items[i].first)) + " in '" + text(type->name) + "'");
        wrapped->cause = cause;
        wrapped->suppress_context = true;
        wrapped->context = cause;
        interp.set_pending(wrapped->value());
        return false;
    }
    return true;
}

// super(type, type).__init_subclass__(**kwds)
bool call_init_subclass(Interpreter& interp, Type* type, const Value* kwvalues, Tuple* kwnames) {
    Value hook = Value::absent();
    for (size_t i = 1; i < type->mro->size() && hook.is_absent(); ++i) {
        hook = as_type((*type->mro)[i])->dict->get(interp.names.dunder_init_subclass);
    }
    if (hook.is_absent()) return true;
    if (Type* ht = type_of(interp, hook); ht->slots.descr_get) {
        hook = ht->slots.descr_get(interp, hook, Value::absent(), type->value());
        if (hook.is_error()) return false;
    }
    Rooted keep(interp.shadow_roots(), hook);
    const size_t nkw = kwnames ? kwnames->size() : 0;
    return !ops::call(interp, hook, kwvalues, nkw, nkw ? kwnames : nullptr).is_error();
}

// Wraps a plain function found under `name` in the namespace (CPython makes __new__ a
// static method and __init_subclass__ / __class_getitem__ class methods implicitly).
bool wrap_implicit(Interpreter& interp, Dict* dict, Str* name, Type* wrapper) {
    const Value f = dict->get(name);
    if (f.is_absent() || type_of(interp, f) != interp.types.function) return true;
    const Value w = ops::call1(interp, wrapper->value(), f);
    if (w.is_error()) return false;
    dict->set(interp, name, w);
    return true;
}

// The __module__ a class gets when its namespace has none: the calling code's __name__.
void set_default_module(Interpreter& interp, Dict* dict) {
    if (!dict->get(interp.names.dunder_module).is_absent()) return;
    Frame* caller = interp.exec.current_frame;
    if (!caller) return;
    const Value name = caller->globals->get(interp.names.dunder_name);
    if (!name.is_absent()) dict->set(interp, interp.names.dunder_module, name);
}

Value make_class(Interpreter& interp, Type* meta, Str* name, Tuple* bases, Dict* ns,
                 const Value* kwvalues, Tuple* kwnames) {
    if (bases->size() == 0) bases = Tuple::make(interp, {interp.types.object->value()});
    Rooted keep_bases(interp.shadow_roots(), bases->value());
    for (size_t i = 0; i < bases->size(); ++i) {
        const Value b = (*bases)[i];
        if (!is_type(b)) return interp.raise_type_error("bases must be types");
        Type* base = as_type(b);
        if (!base->has_flag(TypeBaseType)) {
            return interp.raise_format(interp.exceptions.type_error,
                                       "type '%s' is not an acceptable base type",
                                       std::string(type_message_name(base)).c_str());
        }
        for (size_t j = 0; j < i; ++j) {
            if ((*bases)[j] == b) {
                return interp.raise_format(interp.exceptions.type_error, "duplicate base class %s",
                                           text(base->name).c_str());
            }
        }
    }
    Type* base = best_base(interp, bases);
    if (!base) return Value::error();

    // __slots__ decides the layout: a __dict__ unless __slots__ leaves it out, then one
    // field per slot name.
    const Value slots = ns->get(interp.names.dunder_slots);
    std::vector<Str*> members;
    bool add_dict = base->dict_offset == 0;
    const bool may_add_weak =
        !refuses_slots(interp, builtin_base(base)) && !has_weakref(interp, base);
    bool add_weak = may_add_weak;
    if (!slots.is_absent()) {
        if (!slot_names(interp, slots, name, base, members)) return Value::error();
        add_dict = false;
        add_weak = false;
        std::vector<Str*> plain;
        for (Str* m : members) {
            if (m->equals("__dict__")) {
                if (base->dict_offset || add_dict) {
                    return interp.raise_type_error("__dict__ slot disallowed: we already got one");
                }
                add_dict = true;
            } else if (m->equals("__weakref__")) {
                if (!may_add_weak || add_weak) {
                    return interp.raise_type_error("__weakref__ slot disallowed: either we already "
                                                   "got one, or __itemsize__ != 0");
                }
                add_weak = true;
            } else {
                if (!ns->get(m).is_absent()) {
                    return interp.raise_format(interp.exceptions.value_error,
                                               "'%s' in __slots__ conflicts with class variable",
                                               text(m).c_str());
                }
                plain.push_back(m);
            }
        }
        // CPython lays the fields out in sorted order (so the order __slots__ lists them in
        // does not matter to __class__ assignment).
        std::sort(plain.begin(), plain.end(), [](Str* a, Str* b) { return a->view() < b->view(); });
        members = std::move(plain);
    }
    const bool inline_items = has_inline_items(interp, builtin_base(base));

    // Instances of the metaclass are classes: a heap metaclass may make them larger.
    Type* t = interp.heap().make_sized<Type>(meta, meta->instance_size);
    if (meta->instance_size > sizeof(Type)) clear_instance_fields(t);
    Rooted keep_type(interp.shadow_roots(), t->value());
    t->name = interp.intern(name);
    t->qualname = t->name;
    t->base = base;
    t->bases = bases;
    t->flags = TypeHeap | TypeBaseType | (base->flags & ~(TypeHeap | TypeDataDescriptor));
    t->slots = base->slots;
    t->slots.trace = trace_heap_instance;
    t->instance_size = base->instance_size;
    t->dict_offset = base->dict_offset;
    if (!members.empty() && inline_items) {
        // Counting back from the end of the allocation, past the word kept for a __dict__
        // and the fields of the bases.
        size_t inherited = 0;
        for (Type* b = base; b->has_flag(TypeHeap); b = b->base) inherited += b->member_count;
        t->member_offset = offset_from_allocation_end |
                           static_cast<uint32_t>(sizeof(Dict*) + (inherited + 1) * sizeof(Value));
        t->member_count = static_cast<uint32_t>(members.size());
    } else if (!members.empty()) {
        t->member_offset = t->instance_size;
        t->member_count = static_cast<uint32_t>(members.size());
        t->instance_size += static_cast<uint32_t>(members.size() * sizeof(Value));
    }
    if (add_dict && inline_items) {
        t->dict_offset = dict_at_allocation_end;
        t->flags |= TypeHasDict;
    } else if (add_dict) {
        t->dict_offset = t->instance_size;
        t->instance_size += sizeof(Dict*);
        t->flags |= TypeHasDict;
    }
    t->dict = ns->copy(interp);
    assign_type_version(interp, t);
    Dict* dict = t->dict;

    const Value qualname = dict->get(interp.names.dunder_qualname);
    if (!qualname.is_absent()) {
        if (!is_str(qualname)) {
            return interp.raise_format(interp.exceptions.type_error,
                                       "type __qualname__ must be a str, not %s",
                                       tname(interp, qualname).c_str());
        }
        t->qualname = as_str(qualname);
        dict->remove(interp.names.dunder_qualname);
    }
    set_default_module(interp, dict);
    if (!wrap_implicit(interp, dict, interp.names.dunder_new, interp.types.staticmethod) ||
        !wrap_implicit(interp, dict, interp.names.dunder_init_subclass, interp.types.classmethod) ||
        !wrap_implicit(interp, dict, interp.names.dunder_class_getitem, interp.types.classmethod)) {
        return Value::error();
    }
    // The namespace gets CPython's entries in CPython's order: the __slots__ fields, the
    // __dict__ and __weakref__ descriptors, then __doc__ and __hash__ when missing.
    for (size_t i = 0; i < members.size(); ++i) {
        const uint32_t offset = t->member_offset + static_cast<uint32_t>(i * sizeof(Value));
        dict->set(interp, members[i], make_member_descriptor(interp, t, members[i], offset));
    }
    if (add_dict) {
        add_getset(interp, t, interp.names.dunder_dict, instance_dict_get, instance_dict_set);
    }
    if (add_weak) add_getset(interp, t, interp.intern("__weakref__"), no_weak_references, nullptr);
    if (dict->get(interp.names.dunder_doc).is_absent()) {
        dict->set(interp, interp.names.dunder_doc, Value::none());
    }
    // A class that defines __eq__ but not __hash__ is unhashable.
    if (!dict->get(interp.names.dunder_eq).is_absent() &&
        dict->get(interp.names.dunder_hash).is_absent()) {
        dict->set(interp, interp.names.dunder_hash, Value::none());
    }
    const Value cell = dict->get(interp.names.dunder_classcell);
    if (!cell.is_absent()) {
        if (type_of(interp, cell) != interp.types.cell) {
            return interp.raise_format(
                interp.exceptions.type_error, "__classcell__ must be a nonlocal cell, not %s",
                text(ops::repr(interp, type_of(interp, cell)->value())).c_str());
        }
        static_cast<Cell*>(cell.as_object())->contents = t->value();
        dict->remove(interp.names.dunder_classcell);
    }
    if (!compute_mro(interp, t)) return Value::error();
    ensure_slot_wrappers(interp, t);
    update_slots(interp, t);
    for (Value b : *bases) {
        Type* bt = as_type(b);
        if (!bt->subclasses) bt->subclasses = new std::vector<Type*>();
        bt->subclasses->push_back(t);
    }
    if (!call_set_name_hooks(interp, t)) return Value::error();
    if (!call_init_subclass(interp, t, kwvalues, kwnames)) return Value::error();
    return t->value();
}

Value type_init(Interpreter& interp, Value, const Value*, size_t nargs, Tuple* kwnames) {
    if (kwnames && kwnames->size() > 0 && nargs == 1) {
        return interp.raise_type_error("type.__init__() takes no keyword arguments");
    }
    if (nargs != 1 && nargs != 3) {
        return interp.raise_type_error("type.__init__() takes 1 or 3 arguments");
    }
    return Value::none();
}

int type_init_slot(Interpreter& interp, Value self, const Value* args, size_t nargs,
                   Tuple* kwnames) {
    return type_init(interp, self, args, nargs, kwnames).is_error() ? -1 : 0;
}

// --- Python-visible methods of type and object.

Value type_mro_method(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (nargs != 1 || !is_type(args[0])) return interp.raise_type_error("mro() takes no arguments");
    Tuple* mro = as_type(args[0])->mro;
    return List::make(interp, mro->items(), mro->size())->value();
}

Value type_subclasses_method(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (nargs != 1 || !is_type(args[0])) {
        return interp.raise_type_error("__subclasses__() takes no arguments");
    }
    Type* t = as_type(args[0]);
    List* out = List::make(interp);
    if (t->subclasses) {
        for (Type* sub : *t->subclasses) out->append(interp, sub->value());
    }
    return out->value();
}

// type.__instancecheck__ and type.__subclasscheck__: the checks without hooks, which a
// metaclass overriding them reaches through super() or type.__subclasscheck__(cls, sub).
Value type_instancecheck_method(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (nargs != 2 || !is_type(args[0])) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "__instancecheck__() takes exactly one argument (%zu given)",
                                   nargs ? nargs - 1 : 0);
    }
    return Value::from_bool(is_instance(interp, args[1], as_type(args[0])));
}

Value type_subclasscheck_method(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (nargs != 2 || !is_type(args[0])) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "__subclasscheck__() takes exactly one argument (%zu given)",
                                   nargs ? nargs - 1 : 0);
    }
    if (!is_type(args[1])) return interp.raise_type_error("issubclass() arg 1 must be a class");
    return Value::from_bool(is_subtype(as_type(args[1]), as_type(args[0])));
}

Value type_prepare_method(Interpreter& interp, const Value*, size_t, Tuple*) {
    return Dict::make(interp)->value();
}

Value object_init_subclass(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (kwnames && kwnames->size() > 0) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "%s.__init_subclass__() takes no keyword arguments",
                                   text(as_type(args[0])->qualname).c_str());
    }
    if (nargs > 1) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "%s.__init_subclass__() takes no arguments (%zu given)",
                                   text(as_type(args[0])->qualname).c_str(), nargs - 1);
    }
    return Value::none();
}

void finalize_type(Object* self) {
    auto* t = static_cast<Type*>(self);
    // Classes die together in cycles; every dead object is finalized before any is freed,
    // so a base finalized first has already dropped its list (nullptr).
    if (t->has_flag(TypeHeap) && t->bases) {
        for (Value b : *t->bases) unlink_subclass(as_type(b), t);
    }
    delete t->subclasses;
    t->subclasses = nullptr;
}

} // namespace

namespace {

// Recomputes the MRO of every subclass of `type` (after its bases changed); false with the
// TypeError of an inconsistent order pending.
bool recompute_subclass_mros(Interpreter& interp, Type* type) {
    if (!type->subclasses) return true;
    for (Type* sub : *type->subclasses) {
        if (!compute_mro(interp, sub) || !recompute_subclass_mros(interp, sub)) return false;
    }
    return true;
}

} // namespace

int set_class_bases(Interpreter& interp, Type* type, Value value) {
    const std::string name = text(type->name);
    if (value.is_absent()) {
        interp.raise_format(interp.exceptions.type_error,
                            "cannot delete '__bases__' attribute of immutable type '%s'",
                            name.c_str());
        return -1;
    }
    if (!is_tuple(value)) {
        interp.raise_format(interp.exceptions.type_error,
                            "can only assign tuple to %s.__bases__, not %s", name.c_str(),
                            tname(interp, value).c_str());
        return -1;
    }
    Tuple* bases = as_tuple(value);
    if (bases->size() == 0) {
        interp.raise_format(interp.exceptions.type_error,
                            "can only assign non-empty tuple to %s.__bases__, not ()",
                            name.c_str());
        return -1;
    }
    for (Value b : *bases) {
        if (!is_type(b)) {
            interp.raise_format(interp.exceptions.type_error,
                                "%s.__bases__ must be tuple of classes, not '%s'", name.c_str(),
                                tname(interp, b).c_str());
            return -1;
        }
        if (is_subtype(as_type(b), type)) {
            interp.raise_type_error("a __bases__ item causes an inheritance cycle");
            return -1;
        }
    }
    Type* new_base = best_base(interp, bases);
    if (!new_base || !check_compatible_layouts(interp, type->base, new_base, "__bases__")) {
        return -1;
    }
    for (size_t i = 1; i < bases->size(); ++i) {
        for (size_t j = 0; j < i; ++j) {
            if ((*bases)[i] == (*bases)[j]) {
                interp.raise_format(interp.exceptions.type_error, "duplicate base class %s",
                                    text(as_type((*bases)[i])->name).c_str());
                return -1;
            }
        }
    }
    Tuple* old_bases = type->bases;
    Type* old_base = type->base;
    type->bases = bases;
    type->base = new_base;
    if (!compute_mro(interp, type) || !recompute_subclass_mros(interp, type)) {
        // Put everything back as it was; the old orders were consistent.
        const Value error = interp.take_pending();
        Rooted keep(interp.shadow_roots(), error);
        type->bases = old_bases;
        type->base = old_base;
        compute_mro(interp, type);
        recompute_subclass_mros(interp, type);
        interp.set_pending(error);
        return -1;
    }
    for (Value b : *old_bases) unlink_subclass(as_type(b), type);
    for (Value b : *bases) {
        Type* bt = as_type(b);
        if (!bt->subclasses) bt->subclasses = new std::vector<Type*>();
        bt->subclasses->push_back(type);
    }
    // New versions and slots for the class and its subclasses.
    class_attribute_changed(interp, type, interp.names.dunder_bases);
    return 0;
}

Dict** trailing_dict_slot(Object* o) {
    char* end = reinterpret_cast<char*>(o) + Heap::allocation_size(o);
    return reinterpret_cast<Dict**>(end - sizeof(Dict*));
}

Value* trailing_member_slot(Object* o, uint32_t offset) {
    char* end = reinterpret_cast<char*>(o) + Heap::allocation_size(o);
    return reinterpret_cast<Value*>(end - (offset & ~offset_from_allocation_end));
}

size_t trailing_fields_size(const Type* type) {
    size_t members = 0;
    for (const Type* t = type; t->has_flag(TypeHeap); t = t->base) {
        if (t->member_offset & offset_from_allocation_end) members += t->member_count;
    }
    if (members == 0 && type->dict_offset != dict_at_allocation_end) return 0;
    return sizeof(Dict*) + members * sizeof(Value);
}

void clear_instance_fields(Object* obj) {
    for (Type* t = obj->type; t->has_flag(TypeHeap); t = t->base) {
        for (uint32_t i = 0; i < t->member_count; ++i) {
            *instance_member_slot(obj, t->member_offset + i * sizeof(Value)) = Value::absent();
        }
    }
    if (Dict** slot = instance_dict_slot(obj)) *slot = nullptr;
}

void trace_heap_instance(Object* self, Tracer& tracer) {
    Type* t = self->type;
    for (; t->has_flag(TypeHeap); t = t->base) {
        for (uint32_t i = 0; i < t->member_count; ++i) {
            tracer.mark(*instance_member_slot(self, t->member_offset + i * sizeof(Value)));
        }
    }
    if (t->slots.trace) t->slots.trace(self, tracer);
    if (Dict** slot = instance_dict_slot(self)) tracer.mark(*slot);
}

Value build_class(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (nargs < 2) return interp.raise_type_error("__build_class__: not enough arguments");
    if (type_of(interp, args[0]) != interp.types.function) {
        return interp.raise_type_error("__build_class__: func must be a function");
    }
    if (!is_str(args[1])) return interp.raise_type_error("__build_class__: name is not a string");
    auto* body = static_cast<Function*>(args[0].as_object());
    Str* name = as_str(args[1]);
    Tuple* orig_bases = Tuple::make(interp, args + 2, nargs - 2);
    Rooted keep_orig(interp.shadow_roots(), orig_bases->value());

    // PEP 560: a base that is not a class may stand for others through __mro_entries__.
    Tuple* bases = orig_bases;
    for (size_t i = 0; i < orig_bases->size(); ++i) {
        if (is_type((*orig_bases)[i])) continue;
        const Value hook =
            ops::get_attr_optional(interp, (*orig_bases)[i], interp.names.dunder_mro_entries);
        if (hook.is_error()) return hook;
        if (hook.is_absent()) continue;
        if (bases == orig_bases) bases = nullptr;
        break;
    }
    Rooted keep_bases(interp.shadow_roots(), Value::none());
    if (!bases) {
        List* resolved = List::make(interp);
        keep_bases.set(resolved->value());
        for (Value b : *orig_bases) {
            if (is_type(b)) {
                resolved->append(interp, b);
                continue;
            }
            const Value hook = ops::get_attr_optional(interp, b, interp.names.dunder_mro_entries);
            if (hook.is_error()) return hook;
            if (hook.is_absent()) {
                resolved->append(interp, b);
                continue;
            }
            const Value entries = ops::call1(interp, hook, orig_bases->value());
            if (entries.is_error()) return entries;
            if (!is_tuple(entries)) {
                return interp.raise_type_error("__mro_entries__ must return a tuple");
            }
            for (Value e : *as_tuple(entries)) resolved->append(interp, e);
        }
        bases = Tuple::make(interp, resolved->items(), resolved->size());
        keep_bases.set(bases->value());
    }

    // metaclass= is the class statement's own; the other keywords go to the metaclass.
    const size_t nkw = kwnames ? kwnames->size() : 0;
    const Value* kwvalues = args + nargs;
    Value meta = Value::absent();
    std::vector<Value> rest_names;
    std::vector<Value> rest_values;
    for (size_t i = 0; i < nkw; ++i) {
        if (as_str((*kwnames)[i])->equals("metaclass")) {
            meta = kwvalues[i];
        } else {
            rest_names.push_back((*kwnames)[i]);
            rest_values.push_back(kwvalues[i]);
        }
    }
    Tuple* rest_kwnames =
        rest_names.empty() ? nullptr : Tuple::make(interp, rest_names.data(), rest_names.size());
    Rooted keep_kwnames(interp.shadow_roots(),
                        rest_kwnames ? rest_kwnames->value() : Value::none());
    const bool explicit_meta = !meta.is_absent();
    if (!explicit_meta) {
        meta = bases->size() ? type_of(interp, (*bases)[0])->value() : interp.types.type->value();
    }
    if (is_type(meta)) {
        Type* winner = calculate_metaclass(interp, as_type(meta), bases);
        if (!winner) return Value::error();
        meta = winner->value();
    }
    Rooted keep_meta(interp.shadow_roots(), meta);

    Value ns;
    const Value prepare = ops::get_attr_optional(interp, meta, interp.names.dunder_prepare);
    if (prepare.is_error()) return prepare;
    if (prepare.is_absent()) {
        ns = Dict::make(interp)->value();
    } else {
        std::vector<Value> prepare_args{name->value(), bases->value()};
        prepare_args.insert(prepare_args.end(), rest_values.begin(), rest_values.end());
        ns = ops::call(interp, prepare, prepare_args.data(), prepare_args.size(), rest_kwnames);
        if (ns.is_error()) return ns;
        if (!is_instance(interp, ns, interp.types.dict)) {
            const std::string who = is_type(meta) ? text(as_type(meta)->name) + ".__prepare__()"
                                                  : std::string("<metaclass>.__prepare__()");
            return interp.raise_format(interp.exceptions.type_error,
                                       "%s must return a mapping, not %s", who.c_str(),
                                       tname(interp, ns).c_str());
        }
    }
    Rooted keep_ns(interp.shadow_roots(), ns);

    Frame* frame = prepare_call(interp, body, nullptr, 0, nullptr);
    if (!frame) return Value::error();
    frame->locals = as_dict(ns);
    const Value cell = run_frame(interp, frame);
    if (cell.is_error()) return cell;
    Rooted keep_cell(interp.shadow_roots(), cell);
    if (bases != orig_bases) {
        if (ops::set_item(interp, ns, interp.names.dunder_orig_bases->value(),
                          orig_bases->value()) < 0) {
            return Value::error();
        }
    }
    std::vector<Value> call_args{name->value(), bases->value(), ns};
    call_args.insert(call_args.end(), rest_values.begin(), rest_values.end());
    const Value cls = ops::call(interp, meta, call_args.data(), call_args.size(), rest_kwnames);
    if (cls.is_error()) return cls;
    if (is_type(cls) && type_of(interp, cell) == interp.types.cell) {
        const Value bound = static_cast<Cell*>(cell.as_object())->contents;
        if (bound != cls) {
            Rooted keep_cls(interp.shadow_roots(), cls);
            if (bound.is_absent()) {
                return interp.raise_format(
                    interp.exceptions.runtime_error,
                    "__class__ not set defining '%s' as %s. Was __classcell__ propagated to "
                    "type.__new__?",
                    text(name).c_str(), text(ops::repr(interp, cls)).c_str());
            }
            return interp.raise_format(interp.exceptions.type_error,
                                       "__class__ set to %s defining '%s' as %s",
                                       text(ops::repr(interp, bound)).c_str(), text(name).c_str(),
                                       text(ops::repr(interp, cls)).c_str());
        }
    }
    return cls;
}

Value type_new(Interpreter& interp, Type* metatype, const Value* args, size_t nargs,
               Tuple* kwnames) {
    const size_t nkw = kwnames ? kwnames->size() : 0;
    if (metatype == interp.types.type && nargs == 1 && nkw == 0) {
        return type_of(interp, args[0])->value();
    }
    if (nargs != 3) {
        return interp.raise_type_error(nargs == 1 || metatype == interp.types.type
                                           ? "type() takes 1 or 3 arguments"
                                           : "type.__new__() takes exactly 3 arguments");
    }
    if (!is_str(args[0])) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "type.__new__() argument 1 must be str, not %s",
                                   tname(interp, args[0]).c_str());
    }
    if (!is_tuple(args[1])) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "type.__new__() argument 2 must be tuple, not %s",
                                   tname(interp, args[1]).c_str());
    }
    if (!is_instance(interp, args[2], interp.types.dict)) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "type.__new__() argument 3 must be dict, not %s",
                                   tname(interp, args[2]).c_str());
    }
    Tuple* bases = as_tuple(args[1]);
    Type* winner = calculate_metaclass(interp, metatype, bases);
    if (!winner) return Value::error();
    if (winner != metatype && winner->slots.new_ != type_new) {
        return winner->slots.new_(interp, winner, args, nargs, kwnames);
    }
    return make_class(interp, winner, as_str(args[0]), bases, as_dict(args[2]), args + nargs,
                      kwnames);
}

void init_class_creation(Interpreter& interp) {
    Type* type = interp.types.type;
    type->slots.new_ = type_new;
    type->slots.init = type_init_slot;
    type->slots.finalize = finalize_type;
    type->dict_offset = field_offset(&Type::dict);
    add_method(interp, type, "mro", type_mro_method);
    add_method(interp, type, "__subclasses__", type_subclasses_method);
    add_method(interp, type, "__instancecheck__", type_instancecheck_method);
    add_method(interp, type, "__subclasscheck__", type_subclasscheck_method);
    add_method(interp, type, "__prepare__", type_prepare_method, NativeClassMethod);
    add_method(interp, interp.types.object, "__init_subclass__", object_init_subclass,
               NativeClassMethod);
}

} // namespace coil::vm
