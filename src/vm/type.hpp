// type and object: class objects, the C3 method resolution order, attribute lookup along the
// MRO, and the generic attribute protocol (descriptors, instance __dict__).
#pragma once
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

#include <string_view>

namespace coil::vm {

// A builtin class: __mro__ is (type, *base.__mro__); slots are inherited from `base` at
// creation, so set the type's own slots after this call.
Type* make_builtin_type(Interpreter& interp, std::string_view name, Type* base,
                        uint32_t instance_size, uint32_t flags);

// Gives `type` a fresh version tag, which invalidates what attribute caches know about it.
inline void assign_type_version(Interpreter& interp, Type* type) {
    type->version = ++interp.last_type_version;
}

// Computes type->mro by C3 linearization of type->bases. false with TypeError
// ("Cannot create a consistent method resolution order (MRO) for bases A, B") on failure.
bool compute_mro(Interpreter& interp, Type* type);

// Looks `name` up in the namespaces along type's MRO; Value::absent() when missing.
Value type_lookup(Type* type, const Str* name);

// issubclass for classes (walks the MRO).
bool is_subtype(const Type* type, const Type* base);
inline bool is_instance(const Interpreter& interp, Value v, const Type* base) {
    const Type* t = type_of(interp, v);
    return t == base || is_subtype(t, base);
}

inline bool is_type(Value v) {
    return v.is_object() && v.as_object()->type->has_flag(TypeTypeSubclass);
}
inline Type* as_type(Value v) {
    return static_cast<Type*>(v.as_object());
}

// object.__getattribute__ / __setattr__ semantics: data descriptors on the class, then the
// instance __dict__, then other class attributes. Used as the getattr/setattr slots of most
// types. With suppress_missing, a missing attribute returns Value::absent() with no exception.
Value generic_getattr(Interpreter& interp, Value obj, Str* name, bool suppress_missing);
int generic_setattr(Interpreter& interp, Value obj, Str* name, Value value);

// typeobject.c's compatible_for_assignment: whether instances laid out for `from` suit `to`;
// false with TypeError ("__class__ assignment: 'B' object layout differs from 'A'") if not.
bool check_compatible_layouts(Interpreter& interp, Type* from, Type* to, const char* attribute);

// The getter and setter of the __dict__ descriptor of classes whose instances have one.
Value instance_dict_get(Interpreter& interp, Value self);
int instance_dict_set(Interpreter& interp, Value self, Value value);

// The name CPython's messages use for a value's type ('int', 'NoneType', 'list', ...).
std::string_view type_name(const Interpreter& interp, Value v);
// The name messages use for a class: 'collections.deque' for a native class of a module.
std::string_view type_message_name(const Type* t);
// Puts a native class in `module`: its __module__, and its name in messages.
void set_native_type_module(Interpreter& interp, Type* type, std::string_view module);

// Sets `name` in a builtin type's namespace.
void type_set_attr(Interpreter& interp, Type* type, std::string_view name, Value value);

// object.__new__ for `type` given nargs positional arguments and kwnames (their values are
// not looked at): the instance, or TypeError "C() takes no arguments".
Value new_object(Interpreter& interp, Type* type, size_t nargs, Tuple* kwnames);
// Whether the class makes its instances with object.__new__ (no __new__ of its own).
bool makes_plain_objects(const Type* type);

// Makes `type`, `object` and wires them together; first thing the interpreter does.
void init_core_types(Interpreter& interp);
// Adds object's Python-visible methods (__init__, __repr__, ...); needs native functions.
void init_object_methods(Interpreter& interp);

} // namespace coil::vm
