// Class creation: the class statement's __build_class__, type(name, bases, namespace), and
// the instances of classes written in Python.
#pragma once
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

#include <cstring>

namespace coil::vm {

// builtins.__build_class__(body, name, *bases, metaclass=..., **kwds): what a class statement
// calls. Runs the body in the namespace the metaclass prepares, then calls the metaclass.
Value build_class(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames);

// type's new_ slot: type(x) for one argument, else type(name, bases, namespace, **kwds)
// creates a class (or defers to the most derived metaclass of the bases).
Value type_new(Interpreter& interp, Type* metatype, const Value* args, size_t nargs,
               Tuple* kwnames);

// C.__bases__ = value (typeobject.c's type_set_bases): 0, or -1 with TypeError pending.
int set_class_bases(Interpreter& interp, Type* type, Value value);

// Gives a new instance's Python-level fields (the __slots__ values and the __dict__ pointer
// that class statements add after a builtin layout) their unset state.
void clear_instance_fields(Object* obj);

// The bytes an instance of `type` needs after its builtin layout's variable-size items: the
// trailing __dict__ slot of a subclass of str, tuple or bytes, and the __slots__ fields of a
// subclass of str (see dict_at_allocation_end).
size_t trailing_fields_size(const Type* type);

// A new instance of `type`, laid out as the builtin struct T and possibly extended by class
// statements: construct T, then the added fields start unset.
template <class T, class... Args>
T* make_instance(Interpreter& interp, Type* type, Args&&... args) {
    if (type->instance_size <= sizeof(T)) {
        return interp.heap().make<T>(type, std::forward<Args>(args)...);
    }
    T* obj = interp.heap().make_sized<T>(type, type->instance_size, std::forward<Args>(args)...);
    clear_instance_fields(obj);
    return obj;
}

// Traces an instance of a class written in Python: its builtin base's fields, its __dict__
// and its __slots__ values.
void trace_heap_instance(Object* self, Tracer& tracer);

// The methods of type that class creation brings (mro, __subclasses__, __prepare__,
// __init_subclass__ on object) and the new_/init slots of type.
void init_class_creation(Interpreter& interp);

} // namespace coil::vm
