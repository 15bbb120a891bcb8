// Slot wrappers (typeobject.c's slotdefs and wrapper_descriptor): the special methods of
// builtin classes, each calling one slot of the class that owns it.
#include "vm/slot_wrapper.hpp"

#include "vm/dict.hpp"
#include "vm/divmod_pow.hpp"
#include "vm/int.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

namespace coil::vm {

namespace {

enum class Kind : uint8_t {
    Repr,
    Str,
    Hash,
    Compare, // op: CompareOp
    Bool,
    Len,
    Call,
    GetAttribute,
    SetAttr,
    DelAttr,
    Get,
    Set,
    Delete,
    Iter,
    Next,
    GetItem,
    SetItem,
    DelItem,
    Contains,
    Binary,    // op: BinaryOp
    Reflected, // op: BinaryOp, operands swapped
    InPlace,   // op: BinaryOp
    Neg,
    Pos,
    Invert,
    Index,
    Init,
    New,
    Native, // a special method without a slot: calls `native` with self first
};

struct SlotWrapper : Object {
    Type* owner = nullptr;
    Str* name = nullptr;
    Value self = Value::absent(); // set in a bound wrapper (a method-wrapper)
    Kind kind = Kind::Repr;
    uint8_t op = 0;
    NativeFn native = nullptr;
};

void trace_wrapper(Object* self, Tracer& tracer) {
    auto* w = static_cast<SlotWrapper*>(self);
    tracer.mark(w->owner);
    tracer.mark(w->name);
    tracer.mark(w->self);
}

std::string text(const Str* s) {
    return std::string(s->view());
}

Value arity_error(Interpreter& interp, size_t expected, size_t given) {
    if (expected == 0) {
        return interp.raise_format(interp.exceptions.type_error, "expected 0 arguments, got %zu",
                                   given);
    }
    return interp.raise_format(interp.exceptions.type_error, "expected %zu argument%s, got %zu",
                               expected, expected == 1 ? "" : "s", given);
}

// PyArg_UnpackTuple's messages for __pow__(value, mod=None, /), which carry no name.
Value power_arity_error(Interpreter& interp, size_t given) {
    if (given < 1) {
        return interp.raise_format(interp.exceptions.type_error,
                                   " expected at least 1 argument, got %zu", given);
    }
    return interp.raise_format(interp.exceptions.type_error,
                               " expected at most 2 arguments, got %zu", given);
}

// A builtin sequence (str, list, bytes...): its + and * are CPython's sq_concat and sq_repeat,
// which raise TypeError themselves where number slots would return NotImplemented.
bool is_sequence(const Type* owner) {
    return owner->slots.getitem && owner->slots.binary[static_cast<int>(BinaryOp::Add)];
}

// sq_repeat's operand must be an index: "'str' object cannot be interpreted as an integer".
bool check_sequence_operand(Interpreter& interp, const SlotWrapper* w, Value other) {
    if (w->op != static_cast<uint8_t>(BinaryOp::Mul) || is_int(other) ||
        type_of(interp, other)->slots.index) {
        return true;
    }
    interp.raise_format(interp.exceptions.type_error,
                        "'%s' object cannot be interpreted as an integer",
                        std::string(type_name(interp, other)).c_str());
    return false;
}

Value concatenation_error(Interpreter& interp, const Type* owner, Value other) {
    const std::string self_name = text(owner->name);
    const std::string other_name(type_name(interp, other));
    if (owner == interp.types.bytes || owner == interp.types.bytearray) {
        return interp.raise_format(interp.exceptions.type_error, "can't concat %s to %s",
                                   other_name.c_str(), self_name.c_str());
    }
    return interp.raise_format(interp.exceptions.type_error,
                               "can only concatenate %s (not \"%s\") to %s", self_name.c_str(),
                               other_name.c_str(), self_name.c_str());
}

Value status(int r) {
    return r < 0 ? Value::error() : Value::none();
}

// Calls the slot with `self` and the other arguments (nargs positional ones).
Value invoke(Interpreter& interp, SlotWrapper* w, Value self, const Value* args, size_t nargs,
             Tuple* kwnames) {
    const TypeSlots& s = w->owner->slots;
    const bool has_kw = kwnames && kwnames->size() > 0;
    const bool takes_keywords =
        w->kind == Kind::Call || w->kind == Kind::Init || w->kind == Kind::Native;
    if (has_kw && !takes_keywords) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "wrapper %s() takes no keyword arguments",
                                   text(w->name).c_str());
    }
    auto expect = [&](size_t n) { return nargs == n; };
    switch (w->kind) {
    case Kind::Repr:
    case Kind::Str: {
        if (!expect(0)) return arity_error(interp, 0, nargs);
        return w->kind == Kind::Repr ? s.repr(interp, self) : s.str(interp, self);
    }
    case Kind::Hash: {
        if (!expect(0)) return arity_error(interp, 0, nargs);
        const int64_t h = s.hash(interp, self);
        return h == -1 && interp.has_pending() ? Value::error() : make_int(interp, h);
    }
    case Kind::Compare:
        if (!expect(1)) return arity_error(interp, 1, nargs);
        // int's slot also answers floats, for speed; CPython's leaves them to float's, so
        // int.__lt__(1, 2.5) is NotImplemented.
        if (w->owner == interp.types.int_ && !is_int(args[0])) return interp.not_implemented;
        return s.richcompare(interp, self, args[0], static_cast<CompareOp>(w->op));
    case Kind::Bool: {
        if (!expect(0)) return arity_error(interp, 0, nargs);
        const int64_t t = s.truth(interp, self);
        return t < 0 ? Value::error() : Value::from_bool(t != 0);
    }
    case Kind::Len: {
        if (!expect(0)) return arity_error(interp, 0, nargs);
        const int64_t n = s.len(interp, self);
        return n < 0 ? Value::error() : make_int(interp, n);
    }
    case Kind::Call:
        return s.call(interp, self, args, nargs + (kwnames ? kwnames->size() : 0), kwnames);
    case Kind::GetAttribute:
        if (!expect(1)) return arity_error(interp, 1, nargs);
        if (!is_str(args[0])) {
            return interp.raise_format(interp.exceptions.type_error,
                                       "attribute name must be string, not '%s'",
                                       std::string(type_name(interp, args[0])).c_str());
        }
        return s.getattr(interp, self, interp.intern(as_str(args[0])), false);
    case Kind::SetAttr:
    case Kind::DelAttr: {
        const size_t want = w->kind == Kind::SetAttr ? 2 : 1;
        if (!expect(want)) return arity_error(interp, want, nargs);
        if (!is_str(args[0])) {
            return interp.raise_format(interp.exceptions.type_error,
                                       "attribute name must be string, not '%s'",
                                       std::string(type_name(interp, args[0])).c_str());
        }
        return status(s.setattr(interp, self, interp.intern(as_str(args[0])),
                                want == 2 ? args[1] : Value::absent()));
    }
    case Kind::Get: {
        if (nargs < 1 || nargs > 2) return arity_error(interp, 2, nargs);
        const Value instance = args[0].is_none() ? Value::absent() : args[0];
        Value owner = nargs == 2 ? args[1] : Value::none();
        if (owner.is_none()) owner = type_of(interp, args[0])->value();
        return s.descr_get(interp, self, instance, owner);
    }
    case Kind::Set:
        if (!expect(2)) return arity_error(interp, 2, nargs);
        return status(s.descr_set(interp, self, args[0], args[1]));
    case Kind::Delete:
        if (!expect(1)) return arity_error(interp, 1, nargs);
        return status(s.descr_set(interp, self, args[0], Value::absent()));
    case Kind::Iter:
        if (!expect(0)) return arity_error(interp, 0, nargs);
        return s.iter(interp, self);
    case Kind::Next: {
        if (!expect(0)) return arity_error(interp, 0, nargs);
        const Value v = s.iternext(interp, self);
        if (v.is_absent()) return interp.raise(interp.exceptions.stop_iteration, "");
        return v;
    }
    case Kind::GetItem:
        if (!expect(1)) return arity_error(interp, 1, nargs);
        return s.getitem(interp, self, args[0]);
    case Kind::SetItem:
        if (!expect(2)) return arity_error(interp, 2, nargs);
        return status(s.setitem(interp, self, args[0], args[1]));
    case Kind::DelItem:
        if (!expect(1)) return arity_error(interp, 1, nargs);
        return status(s.setitem(interp, self, args[0], Value::absent()));
    case Kind::Contains: {
        if (!expect(1)) return arity_error(interp, 1, nargs);
        const int r = s.contains(interp, self, args[0]);
        return r < 0 ? Value::error() : Value::from_bool(r != 0);
    }
    case Kind::Binary:
    case Kind::Reflected: {
        const bool reflected = w->kind == Kind::Reflected;
        if (w->op == static_cast<uint8_t>(BinaryOp::Pow)) {
            // __pow__(value, mod=None, /) and __rpow__(value, mod=None, /).
            if (nargs < 1 || nargs > 2) return power_arity_error(interp, nargs);
            const Value mod = nargs == 2 ? args[1] : Value::none();
            return reflected ? builtin_power_mod(interp, w->owner, args[0], self, mod)
                             : builtin_power_mod(interp, w->owner, self, args[0], mod);
        }
        if (!expect(1)) return arity_error(interp, 1, nargs);
        if (is_sequence(w->owner) && !check_sequence_operand(interp, w, args[0])) {
            return Value::error();
        }
        const Value r = reflected ? s.binary[w->op](interp, args[0], self)
                                  : s.binary[w->op](interp, self, args[0]);
        if (r == interp.not_implemented && !reflected && is_sequence(w->owner) &&
            w->op == static_cast<uint8_t>(BinaryOp::Add)) {
            return concatenation_error(interp, w->owner, args[0]);
        }
        return r;
    }
    case Kind::InPlace:
        if (!expect(1)) return arity_error(interp, 1, nargs);
        if (is_sequence(w->owner) && !check_sequence_operand(interp, w, args[0])) {
            return Value::error();
        }
        return s.inplace[w->op](interp, self, args[0]);
    case Kind::Neg:
    case Kind::Pos:
    case Kind::Invert:
    case Kind::Index: {
        if (!expect(0)) return arity_error(interp, 0, nargs);
        const UnaryFn f = w->kind == Kind::Neg      ? s.negative
                          : w->kind == Kind::Pos    ? s.positive
                          : w->kind == Kind::Invert ? s.invert
                                                    : s.index;
        return f(interp, self);
    }
    case Kind::Init:
        return status(s.init(interp, self, args, nargs, kwnames));
    case Kind::Native: {
        const size_t total = nargs + (kwnames ? kwnames->size() : 0);
        Value small[4];
        std::vector<Value> large;
        Value* with_self = small;
        if (total + 1 > 4) {
            large.resize(total + 1);
            with_self = large.data();
        }
        with_self[0] = self;
        std::copy(args, args + total, with_self + 1);
        return w->native(interp, with_self, nargs + 1, kwnames);
    }
    case Kind::New:
        break;
    }
    return Value::error();
}

// T.__new__(cls, *args): a static method; cls must be T or a subclass.
Value call_new(Interpreter& interp, SlotWrapper* w, const Value* args, size_t nargs,
               Tuple* kwnames) {
    const std::string owner = text(w->owner->name);
    if (nargs == 0) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "%s.__new__(): not enough arguments", owner.c_str());
    }
    if (!is_type(args[0])) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "%s.__new__(X): X is not a type object (%s)", owner.c_str(),
                                   std::string(type_name(interp, args[0])).c_str());
    }
    Type* cls = as_type(args[0]);
    if (!is_subtype(cls, w->owner)) {
        const std::string name = text(cls->name);
        return interp.raise_format(interp.exceptions.type_error,
                                   "%s.__new__(%s): %s is not a subtype of %s", owner.c_str(),
                                   name.c_str(), name.c_str(), owner.c_str());
    }
    return w->owner->slots.new_(interp, cls, args + 1, nargs - 1, kwnames);
}

Value wrapper_call(Interpreter& interp, Value callable, const Value* args, size_t nargs,
                   Tuple* kwnames) {
    auto* w = static_cast<SlotWrapper*>(callable.as_object());
    const size_t positional = nargs - (kwnames ? kwnames->size() : 0);
    if (w->kind == Kind::New) return call_new(interp, w, args, positional, kwnames);
    Value self = w->self;
    if (self.is_absent()) {
        if (positional == 0) {
            return interp.raise_format(interp.exceptions.type_error,
                                       "descriptor '%s' of '%s' object needs an argument",
                                       text(w->name).c_str(), text(w->owner->name).c_str());
        }
        self = args[0];
        ++args;
        nargs -= 1;
    }
    if (!is_instance(interp, self, w->owner)) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "descriptor '%s' requires a '%s' object but received a '%s'",
                                   text(w->name).c_str(), text(w->owner->name).c_str(),
                                   std::string(type_name(interp, self)).c_str());
    }
    return invoke(interp, w, self, args, nargs - (kwnames ? kwnames->size() : 0), kwnames);
}

Value wrapper_get(Interpreter& interp, Value self, Value instance, Value) {
    auto* w = static_cast<SlotWrapper*>(self.as_object());
    if (instance.is_absent() || w->kind == Kind::New || !w->self.is_absent()) return self;
    auto* bound = interp.heap().make<SlotWrapper>(interp.types.method_wrapper);
    bound->owner = w->owner;
    bound->name = w->name;
    bound->kind = w->kind;
    bound->op = w->op;
    bound->native = w->native;
    bound->self = instance;
    return bound->value();
}

Value wrapper_repr(Interpreter& interp, Value self) {
    auto* w = static_cast<SlotWrapper*>(self.as_object());
    if (w->kind == Kind::New) {
        return Str::make(interp, "<built-in method __new__ of type object>")->value();
    }
    if (w->self.is_absent()) {
        return Str::make(interp, "<slot wrapper '" + text(w->name) + "' of '" +
                                     text(w->owner->name) + "' objects>")
            ->value();
    }
    char address[32];
    std::snprintf(address, sizeof address, "%p",
                  w->self.is_object() ? static_cast<void*>(w->self.as_object()) : nullptr);
    return Str::make(interp, "<method-wrapper '" + text(w->name) + "' of " +
                                 std::string(type_name(interp, w->self)) + " object at " + address +
                                 ">")
        ->value();
}

Value wrapper_getattr(Interpreter& interp, Value self, Str* name, bool suppress_missing) {
    auto* w = static_cast<SlotWrapper*>(self.as_object());
    if (name == interp.names.dunder_name) return w->name->value();
    if (name == interp.names.dunder_qualname) {
        return Str::make(interp, text(w->owner->name) + "." + text(w->name))->value();
    }
    if (name == interp.names.dunder_self && !w->self.is_absent()) return w->self;
    if (name == interp.intern("__objclass__")) return w->owner->value();
    return generic_getattr(interp, self, name, suppress_missing);
}

struct SlotDef {
    Str* name;
    Kind kind;
    uint8_t op;
};

// Whether class `t` defines the slot behind `def` itself rather than inheriting it.
bool defines_slot(const Type* t, const SlotDef& def) {
    const TypeSlots& s = t->slots;
    const TypeSlots* b = t->base ? &t->base->slots : nullptr;
    auto own = [&](auto member) { return s.*member && (!b || b->*member != s.*member); };
    switch (def.kind) {
    case Kind::Repr:
        return own(&TypeSlots::repr);
    case Kind::Str:
        return own(&TypeSlots::str);
    case Kind::Hash:
        return own(&TypeSlots::hash);
    case Kind::Compare:
        return own(&TypeSlots::richcompare);
    case Kind::Bool:
        return own(&TypeSlots::truth);
    case Kind::Len:
        return own(&TypeSlots::len);
    case Kind::Call:
        return own(&TypeSlots::call);
    case Kind::GetAttribute:
        return own(&TypeSlots::getattr);
    case Kind::SetAttr:
    case Kind::DelAttr:
        return own(&TypeSlots::setattr);
    case Kind::Get:
        return own(&TypeSlots::descr_get);
    case Kind::Set:
    case Kind::Delete:
        return own(&TypeSlots::descr_set);
    case Kind::Iter:
        return own(&TypeSlots::iter);
    case Kind::Next:
        return own(&TypeSlots::iternext);
    case Kind::GetItem:
        return own(&TypeSlots::getitem);
    case Kind::SetItem:
    case Kind::DelItem:
        return own(&TypeSlots::setitem);
    case Kind::Contains:
        return own(&TypeSlots::contains);
    case Kind::Binary:
    case Kind::Reflected:
        return s.binary[def.op] && (!b || b->binary[def.op] != s.binary[def.op]);
    case Kind::InPlace:
        return s.inplace[def.op] && (!b || b->inplace[def.op] != s.inplace[def.op]);
    case Kind::Neg:
        return own(&TypeSlots::negative);
    case Kind::Pos:
        return own(&TypeSlots::positive);
    case Kind::Invert:
        return own(&TypeSlots::invert);
    case Kind::Index:
        return own(&TypeSlots::index);
    case Kind::Init:
        return own(&TypeSlots::init);
    case Kind::New:
        return own(&TypeSlots::new_);
    case Kind::Native:
        break;
    }
    return false;
}

void add_wrappers(Interpreter& interp, Type* t) {
    const Names& n = interp.names;
    std::vector<SlotDef> defs = {
        {n.dunder_repr, Kind::Repr, 0},
        {n.dunder_str, Kind::Str, 0},
        {n.dunder_hash, Kind::Hash, 0},
        {n.dunder_bool, Kind::Bool, 0},
        {n.dunder_len, Kind::Len, 0},
        {n.dunder_call, Kind::Call, 0},
        {n.dunder_getattribute, Kind::GetAttribute, 0},
        {n.dunder_setattr, Kind::SetAttr, 0},
        {n.dunder_delattr, Kind::DelAttr, 0},
        {n.dunder_get, Kind::Get, 0},
        {n.dunder_set, Kind::Set, 0},
        {n.dunder_delete, Kind::Delete, 0},
        {n.dunder_iter, Kind::Iter, 0},
        {n.dunder_next, Kind::Next, 0},
        {n.dunder_getitem, Kind::GetItem, 0},
        {n.dunder_setitem, Kind::SetItem, 0},
        {n.dunder_delitem, Kind::DelItem, 0},
        {n.dunder_contains, Kind::Contains, 0},
        {n.dunder_neg, Kind::Neg, 0},
        {n.dunder_pos, Kind::Pos, 0},
        {n.dunder_invert, Kind::Invert, 0},
        {n.dunder_index, Kind::Index, 0},
        {n.dunder_init, Kind::Init, 0},
        {n.dunder_new, Kind::New, 0},
    };
    for (uint8_t op = 0; op < 6; ++op) defs.push_back({n.compare_dunders[op], Kind::Compare, op});
    for (uint8_t op = 0; op < binary_operator_count; ++op) {
        defs.push_back({n.binary_dunders[op], Kind::Binary, op});
        defs.push_back({n.reflected_dunders[op], Kind::Reflected, op});
        defs.push_back({n.inplace_dunders[op], Kind::InPlace, op});
    }
    for (const SlotDef& def : defs) {
        Str* name = def.name;
        if (!t->dict->get(name).is_absent()) continue;
        if (def.kind == Kind::Hash && !t->slots.hash && t->base && t->base->slots.hash) {
            // Unhashable builtins (list, dict, set) say so: __hash__ is None.
            t->dict->set(interp, name, Value::none());
            continue;
        }
        if (!defines_slot(t, def)) continue;
        // Sequence concatenation has no reflected form: str and list have no __radd__.
        if (def.kind == Kind::Reflected && def.op == static_cast<uint8_t>(BinaryOp::Add) &&
            is_sequence(t)) {
            continue;
        }
        auto* w = interp.heap().make<SlotWrapper>(interp.types.slot_wrapper);
        w->owner = t;
        w->name = name;
        w->kind = def.kind;
        w->op = def.op;
        t->dict->set(interp, name, w->value());
    }
}

} // namespace

bool is_special_name(const Str* name) {
    const std::string_view n = name->view();
    return n.size() > 4 && n[0] == '_' && n[1] == '_' && n[n.size() - 1] == '_' &&
           n[n.size() - 2] == '_';
}

bool check_slot_arity(Interpreter& interp, size_t nargs, size_t expected) {
    if (nargs - 1 == expected) return true;
    arity_error(interp, expected, nargs - 1);
    return false;
}

void add_slot_wrapper(Interpreter& interp, Type* type, const char* name, NativeFn fn) {
    auto* w = interp.heap().make<SlotWrapper>(interp.types.slot_wrapper);
    w->owner = type;
    w->name = interp.intern(name);
    w->kind = Kind::Native;
    w->native = fn;
    type->dict->set(interp, w->name, w->value());
}

bool ensure_slot_wrappers(Interpreter& interp, Type* type) {
    bool added = false;
    if (!type->mro) return false;
    for (Value c : *type->mro) {
        Type* t = as_type(c);
        if (t->has_flag(TypeHeap) || t->has_flag(TypeHasSlotWrappers)) continue;
        t->flags |= TypeHasSlotWrappers;
        add_wrappers(interp, t);
        assign_type_version(interp, t);
        added = true;
    }
    return added;
}

void init_slot_wrapper_type(Interpreter& interp) {
    for (Type** slot : {&interp.types.slot_wrapper, &interp.types.method_wrapper}) {
        const char* name =
            slot == &interp.types.slot_wrapper ? "wrapper_descriptor" : "method-wrapper";
        Type* t = make_builtin_type(interp, name, interp.types.object, sizeof(SlotWrapper), 0);
        t->slots.call = wrapper_call;
        t->slots.descr_get = wrapper_get;
        t->slots.repr = wrapper_repr;
        t->slots.getattr = wrapper_getattr;
        t->slots.trace = trace_wrapper;
        t->slots.new_ = nullptr;
        t->slots.init = nullptr;
        // Never hashed as a dict key in practice; identity is what CPython compares too.
        *slot = t;
    }
    // The wrapper types themselves have their slots already; mark them done so looking up a
    // special name on them does not try to wrap them.
    interp.types.slot_wrapper->flags |= TypeHasSlotWrappers;
    interp.types.method_wrapper->flags |= TypeHasSlotWrappers;
}

} // namespace coil::vm
