// Object: the header every heap value starts with, and Type: a Python class with its slots.
//
// Builtin behaviour lives in C++ function pointers on the Type (CPython's tp_* slots), so the
// interpreter's hot paths are one indirect call. A class written in Python gets slots that call
// its dunder methods (like CPython's slot_nb_add), filled in when the class is created or a
// dunder is assigned, so the interpreter never asks "is this a builtin?".
#pragma once
#include "vm/value.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace coil::vm {

class Interpreter;
class Tracer;
struct Type;
struct Str;
struct Tuple;
struct Dict;

struct Object {
    Type* type;
    // Bit 0 is the mark bit; for a large object the rest links the heap's list of them.
    uintptr_t gc_link = 0;

    Value value() const { return Value::from_object(this); }
};

// Natives use CPython's vectorcall shape: `nargs` positional arguments, then the values of the
// keyword arguments whose names are in `kwnames` (nullptr when there are none).
// Returns Value::error() with an exception pending on the interpreter on failure.
// NOTE the call slot (CallFn, ops::call) counts differently, like CPython's CALL opcode: its
// `nargs` counts every argument value, keyword values included (the last kwnames->size()).
// The builtin call slots convert before calling a NativeFn, new_ or init.
using NativeFn = Value (*)(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames);

using UnaryFn = Value (*)(Interpreter&, Value self);
using BinaryFn = Value (*)(Interpreter&, Value self, Value other);
using TernaryFn = Value (*)(Interpreter&, Value self, Value a, Value b);
using CallFn = Value (*)(Interpreter&, Value callable, const Value* args, size_t nargs,
                         Tuple* kwnames);
// -1 with an exception pending on error.
using IntResultFn = int64_t (*)(Interpreter&, Value self);
using StatusFn = int (*)(Interpreter&, Value self, Value a, Value b); // 0 ok, -1 error
using TraceFn = void (*)(Object* self, Tracer& tracer);
using FinalizeFn = void (*)(Object* self); // frees non-GC resources (mpz_t, buffers)

// The comparison operators, in CPython's order (Py_LT ... Py_GE).
enum class CompareOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };

// Whether a three-way comparison result (negative, zero, positive) satisfies `op`: how types
// with a total order answer every rich comparison from one compare.
inline bool ordering_satisfies(int c, CompareOp op) {
    switch (op) {
    case CompareOp::Lt:
        return c < 0;
    case CompareOp::Le:
        return c <= 0;
    case CompareOp::Eq:
        return c == 0;
    case CompareOp::Ne:
        return c != 0;
    case CompareOp::Gt:
        return c > 0;
    case CompareOp::Ge:
        break;
    }
    return c >= 0;
}

// The binary operators in ast::Operator order (ORDER OPERATORS), so the compiler's operator
// number indexes the number slots directly.
enum class BinaryOp : uint8_t {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    Or,
    Xor,
    And,
    FloorDiv
};
inline constexpr int binary_operator_count = 13;

struct TypeSlots {
    // Object protocol.
    UnaryFn repr = nullptr;
    UnaryFn str = nullptr;
    IntResultFn hash = nullptr;
    Value (*richcompare)(Interpreter&, Value self, Value other, CompareOp op) = nullptr;
    IntResultFn truth = nullptr; // __bool__ (or __len__ fallback); 0 or 1, -1 on error
    CallFn call = nullptr;
    // Attribute access: getattr returns Value::absent() (no exception) when the attribute is
    // missing and `suppress_missing` is set, so hasattr/getattr(default) stay cheap.
    Value (*getattr)(Interpreter&, Value self, Str* name, bool suppress_missing) = nullptr;
    int (*setattr)(Interpreter&, Value self, Str* name, Value value) = nullptr; // absent: delete
    // Descriptors. descr_get gets Value::absent() as the instance when the attribute is read
    // from the class itself (CPython's NULL), since None is a real instance.
    TernaryFn descr_get = nullptr; // (self, instance or absent, owner type)
    int (*descr_set)(Interpreter&, Value self, Value instance, Value value) = nullptr;
    // Iteration: iternext returns Value::absent() without an exception at exhaustion.
    UnaryFn iter = nullptr;
    UnaryFn iternext = nullptr;
    // Awaiting natively (CPython's am_await and am_send): await_ returns the iterator `await`
    // drives; send resumes it with `sent` and stores what it yielded (returns 0) or returned
    // (returns 1) in *out, or returns -1 with an exception pending. No StopIteration is made.
    UnaryFn await_ = nullptr;
    int (*send)(Interpreter&, Value self, Value sent, Value* out) = nullptr;
    // Containers.
    IntResultFn len = nullptr;
    BinaryFn getitem = nullptr;
    int (*setitem)(Interpreter&, Value self, Value key, Value value) = nullptr; // absent: del
    int (*contains)(Interpreter&, Value self, Value item) = nullptr;            // 0/1, -1 on error
    // Numbers: binary[op] and inplace[op] return the NotImplemented singleton to defer to the
    // other operand, as CPython's number slots do. Like CPython's nb_* slots they always get
    // the operands in source order (a, b), whether they were called for a's type or, as the
    // reflected attempt, for b's type; richcompare instead gets the swapped operator.
    BinaryFn binary[binary_operator_count] = {};
    BinaryFn inplace[binary_operator_count] = {};
    UnaryFn negative = nullptr;
    UnaryFn positive = nullptr;
    UnaryFn invert = nullptr;
    UnaryFn index = nullptr; // __index__
    // Construction: `new_` makes the instance (type.__call__ calls new_ then init).
    Value (*new_)(Interpreter&, Type* type, const Value* args, size_t nargs,
                  Tuple* kwnames) = nullptr;
    int (*init)(Interpreter&, Value self, const Value* args, size_t nargs,
                Tuple* kwnames) = nullptr;
    // Memory.
    TraceFn trace = nullptr;
    FinalizeFn finalize = nullptr;
};

enum TypeFlag : uint32_t {
    TypeHeap = 1 << 0,        // created by a class statement or type(); attributes are mutable
    TypeBaseType = 1 << 1,    // may be subclassed
    TypeHasDict = 1 << 2,     // instances carry a __dict__
    TypeIntSubclass = 1 << 3, // fast subclass checks for the common builtins
    TypeStrSubclass = 1 << 4,
    TypeTupleSubclass = 1 << 5,
    TypeListSubclass = 1 << 6,
    TypeDictSubclass = 1 << 7,
    TypeExceptionSubclass = 1 << 8, // BaseException and its subclasses
    TypeTypeSubclass = 1 << 9,
    TypeFloatSubclass = 1 << 10,  // instances are boxed Float objects (only for subclasses)
    TypeDataDescriptor = 1 << 11, // has descr_set: wins over the instance __dict__
    TypeHasSlotWrappers = 1 << 12, // a builtin class whose special methods are in its dict
    TypeBytesSubclass = 1 << 13,
};

struct Type : Object {
    Str* name = nullptr;     // __name__
    Str* qualname = nullptr; // __qualname__
    // A native class of a module other than builtins is named 'module.name' in messages
    // (CPython's tp_name, e.g. 'collections.deque'); nullptr otherwise.
    Str* message_name = nullptr;
    Type* base = nullptr;   // __base__: the solid base whose layout instances share
    Tuple* bases = nullptr; // __bases__
    Tuple* mro = nullptr;   // __mro__
    Dict* dict = nullptr;   // the class namespace
    uint32_t flags = 0;
    uint32_t instance_size = 0; // bytes of the C++ instance struct
    // Offset of the Dict* __dict__ slot in instances, 0 if none, or dict_at_allocation_end.
    uint32_t dict_offset = 0;
    // A tag from interp.last_type_version, replaced whenever this class or a base changes, so
    // attribute caches can be validated (assign_type_version).
    uint32_t version = 0;
    // A class statement's own non-empty __slots__: their values sit at member_offset in
    // instances, after the base's layout.
    uint32_t member_offset = 0;
    uint32_t member_count = 0;
    // Weak: the classes that list this one in __bases__ (type.__subclasses__(), and updating
    // their slots and versions when an attribute of this class changes). A subclass unlinks
    // itself when it is freed.
    std::vector<Type*>* subclasses = nullptr;
    TypeSlots slots;

    bool has_flag(uint32_t f) const { return (flags & f) != 0; }
};

// The byte offset of a field in a heap object struct (for Type::dict_offset); offsetof is only
// conditionally supported for these non-standard-layout structs.
template <class T, class M> uint32_t field_offset(M T::*field) {
    alignas(T) unsigned char storage[sizeof(T)] = {};
    auto* object = reinterpret_cast<T*>(storage);
    return static_cast<uint32_t>(reinterpret_cast<unsigned char*>(&(object->*field)) - storage);
}

// The dict_offset of classes whose instances vary in size (subclasses of str, tuple, bytes):
// no fixed offset is past every instance's items, so the __dict__ pointer is the last word of
// the instance's heap allocation, which is made one word larger.
inline constexpr uint32_t dict_at_allocation_end = UINT32_MAX;
// The __dict__ slot of an instance of such a class (class_creation.cpp).
Dict** trailing_dict_slot(Object* o);
// Likewise the __slots__ fields of subclasses of str sit before that last word: a member
// offset with this bit set counts back from the end of the allocation.
inline constexpr uint32_t offset_from_allocation_end = 1u << 31;
Value* trailing_member_slot(Object* o, uint32_t offset);

// The __slots__ field at member offset `offset` of an instance.
inline Value* instance_member_slot(Object* o, uint32_t offset) {
    if (offset & offset_from_allocation_end) [[unlikely]]
        return trailing_member_slot(o, offset);
    return reinterpret_cast<Value*>(reinterpret_cast<char*>(o) + offset);
}

// Where an instance keeps its __dict__ pointer (modules, exceptions, instances of classes);
// nullptr when its type gives instances no __dict__.
inline Dict** instance_dict_slot(Object* o) {
    uint32_t offset = o->type->dict_offset;
    if (offset == dict_at_allocation_end) [[unlikely]]
        return trailing_dict_slot(o);
    return offset ? reinterpret_cast<Dict**>(reinterpret_cast<char*>(o) + offset) : nullptr;
}

} // namespace coil::vm
