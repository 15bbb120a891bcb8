// super: attribute lookup that starts after a given class in the MRO of an instance's class,
// with the zero-argument form reading the calling method's __class__ cell and first argument.
#include "vm/super.hpp"

#include "vm/class_creation.hpp"
#include "vm/code.hpp"
#include "vm/dict.hpp"
#include "vm/frame.hpp"
#include "vm/function.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <string>

namespace coil::vm {

namespace {

struct Super : Object {
    // (Not named `type`, which would hide Object::type.)
    Type* this_class = nullptr; // __thisclass__: the lookup starts after it
    Value obj = Value::none();  // __self__: the instance (or class) bound to; None if unbound
    Type* obj_type = nullptr;   // __self_class__: whose MRO is searched
};

Super* as_super(Value v) {
    return static_cast<Super*>(v.as_object());
}

void trace_super(Object* self, Tracer& tracer) {
    auto* s = static_cast<Super*>(self);
    tracer.mark(s->this_class);
    tracer.mark(s->obj);
    tracer.mark(s->obj_type);
}

// typeobject.c's supercheck: the class whose MRO super(type, obj) searches.
Type* super_check(Interpreter& interp, Type* type, Value obj) {
    if (is_type(obj) && is_subtype(as_type(obj), type)) return as_type(obj);
    Type* t = type_of(interp, obj);
    if (is_subtype(t, type)) return t;
    interp.raise_type_error("super(type, obj): obj must be an instance or subtype of type");
    return nullptr;
}

// super() inside a method: the method's first argument and its __class__ cell.
bool zero_argument_form(Interpreter& interp, Type** type, Value* obj) {
    Frame* frame = interp.exec.current_frame;
    if (!frame || !(frame->code->flags & CodeOptimized)) {
        interp.raise(interp.exceptions.runtime_error, "super(): no arguments");
        return false;
    }
    CodeObject* code = frame->code;
    if (code->argcount == 0 && !(code->flags & CodeVarargs)) {
        interp.raise(interp.exceptions.runtime_error, "super(): no arguments");
        return false;
    }
    Value first = frame->locals_plus()[0];
    // A first argument that an inner function captured lives in its cell.
    for (size_t i = 0; i < code->cell_params.size(); ++i) {
        if (code->cell_params[i] == 0) {
            first = static_cast<Cell*>(frame->cells()[i].as_object())->contents;
        }
    }
    if (first.is_absent()) {
        interp.raise(interp.exceptions.runtime_error, "super(): arg[0] deleted");
        return false;
    }
    for (size_t i = 0; i < code->freevars.size(); ++i) {
        if (!code->freevars[i]->equals("__class__")) continue;
        const Value cls =
            static_cast<Cell*>(frame->cells()[code->cellvars.size() + i].as_object())->contents;
        if (cls.is_absent()) {
            interp.raise(interp.exceptions.runtime_error, "super(): empty __class__ cell");
            return false;
        }
        if (!is_type(cls)) {
            interp.raise_format(interp.exceptions.runtime_error,
                                "super(): __class__ is not a type (%s)",
                                std::string(type_name(interp, cls)).c_str());
            return false;
        }
        *type = as_type(cls);
        *obj = first;
        return true;
    }
    interp.raise(interp.exceptions.runtime_error, "super(): __class__ cell not found");
    return false;
}

Value super_new(Interpreter& interp, Type* type, const Value*, size_t, Tuple*) {
    return make_instance<Super>(interp, type)->value();
}

int super_init(Interpreter& interp, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "super", kwnames) || !check_arity(interp, "super", nargs, 0, 2)) {
        return -1;
    }
    Type* type = nullptr;
    Value obj = Value::none();
    if (nargs == 0) {
        if (!zero_argument_form(interp, &type, &obj)) return -1;
    } else {
        if (!is_type(args[0])) {
            interp.raise_format(interp.exceptions.type_error,
                                "super() argument 1 must be a type, not %s",
                                std::string(type_name(interp, args[0])).c_str());
            return -1;
        }
        type = as_type(args[0]);
        if (nargs == 2) obj = args[1];
    }
    Super* s = as_super(self);
    s->this_class = type;
    s->obj = obj;
    s->obj_type = nullptr;
    if (!obj.is_none()) {
        s->obj_type = super_check(interp, type, obj);
        if (!s->obj_type) return -1;
    }
    return 0;
}

Value super_getattr(Interpreter& interp, Value self, Str* name, bool suppress_missing) {
    Super* s = as_super(self);
    if (s->obj_type && name != interp.names.dunder_class) {
        Tuple* mro = s->obj_type->mro;
        size_t i = 0;
        while (i < mro->size() && (*mro)[i].as_object() != s->this_class) ++i;
        for (++i; i < mro->size(); ++i) {
            const Value found = as_type((*mro)[i])->dict->get(name);
            if (found.is_absent()) continue;
            Type* ft = type_of(interp, found);
            if (!ft->slots.descr_get) return found;
            // Bound to the instance; for a class (classmethods, __new__) to nothing.
            const Value instance = s->obj.as_object() == s->obj_type ? Value::absent() : s->obj;
            return ft->slots.descr_get(interp, found, instance, s->obj_type->value());
        }
    }
    const Names& n = interp.names;
    if (name == n.dunder_thisclass) return s->this_class ? s->this_class->value() : Value::none();
    if (name == n.dunder_self) return s->obj;
    if (name == n.dunder_self_class) return s->obj_type ? s->obj_type->value() : Value::none();
    return generic_getattr(interp, self, name, suppress_missing);
}

Value super_repr(Interpreter& interp, Value self) {
    Super* s = as_super(self);
    const std::string type = s->this_class ? std::string(s->this_class->name->view()) : "NULL";
    if (!s->obj_type) return Str::make(interp, "<super: <class '" + type + "'>, NULL>")->value();
    return Str::make(interp, "<super: <class '" + type + "'>, <" +
                                 std::string(s->obj_type->name->view()) + " object>>")
        ->value();
}

} // namespace

void init_super_type(Interpreter& interp) {
    Type* t = make_builtin_type(interp, "super", interp.types.object, sizeof(Super), TypeBaseType);
    t->slots.new_ = super_new;
    t->slots.init = super_init;
    t->slots.getattr = super_getattr;
    t->slots.repr = super_repr;
    t->slots.trace = trace_super;
    interp.types.super = t;
}

} // namespace coil::vm
