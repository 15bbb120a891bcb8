// Descriptor types: property, classmethod, staticmethod and native getset descriptors.
#include "vm/descriptor.hpp"

#include "vm/class_creation.hpp"
#include "vm/dict.hpp"
#include "vm/float.hpp"
#include "vm/function.hpp"
#include "vm/int.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <string>

namespace coil::vm {

namespace {

struct GetSet : Object {
    Str* name;
    Type* owner;
    GetterFn getter;
    SetterFn setter = nullptr;
};

struct Property : Object {
    Value fget, fset, fdel, doc;
    Value name = Value::none(); // set by __set_name__, for messages
};

// classmethod and staticmethod: a wrapped callable.
struct Wrapper : Object {
    Value callable;
};

void trace_getset(Object* self, Tracer& tracer) {
    auto* g = static_cast<GetSet*>(self);
    tracer.mark(g->name);
    tracer.mark(g->owner);
}

// CPython's descr_check: false with TypeError pending when `instance` is not of the owner.
bool getset_applies(Interpreter& interp, GetSet* g, Value instance) {
    if (is_instance(interp, instance, g->owner)) return true;
    interp.raise_format(interp.exceptions.type_error,
                        "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                        std::string(g->name->view()).c_str(),
                        std::string(g->owner->name->view()).c_str(),
                        std::string(type_name(interp, instance)).c_str());
    return false;
}

Value getset_get(Interpreter& interp, Value self, Value instance, Value) {
    auto* g = static_cast<GetSet*>(self.as_object());
    if (instance.is_absent()) return self;
    if (!getset_applies(interp, g, instance)) return Value::error();
    return g->getter(interp, instance);
}

int getset_set(Interpreter& interp, Value self, Value instance, Value value) {
    auto* g = static_cast<GetSet*>(self.as_object());
    if (!getset_applies(interp, g, instance)) return -1;
    if (g->setter) return g->setter(interp, instance, value);
    interp.raise_format(
        interp.exceptions.attribute_error, "attribute '%s' of '%s' objects is not writable",
        std::string(g->name->view()).c_str(), std::string(g->owner->name->view()).c_str());
    return -1;
}

Value getset_repr(Interpreter& interp, Value self) {
    auto* g = static_cast<GetSet*>(self.as_object());
    return Str::make(interp, "<attribute '" + std::string(g->name->view()) + "' of '" +
                                 std::string(g->owner->name->view()) + "' objects>")
        ->value();
}

// --- member descriptors: the fields __slots__ adds to instances

struct Member : Object {
    Str* name;
    Type* owner;
    uint32_t offset;
};

void trace_member(Object* self, Tracer& tracer) {
    auto* m = static_cast<Member*>(self);
    tracer.mark(m->name);
    tracer.mark(m->owner);
}

// The field of `instance` that member `self` describes; nullptr with TypeError pending when
// the instance is not of the member's class.
Value* member_field(Interpreter& interp, Member* m, Value instance) {
    if (!is_instance(interp, instance, m->owner)) {
        interp.raise_format(interp.exceptions.type_error,
                            "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                            std::string(m->name->view()).c_str(),
                            std::string(m->owner->name->view()).c_str(),
                            std::string(type_name(interp, instance)).c_str());
        return nullptr;
    }
    return instance_member_slot(instance.as_object(), m->offset);
}

Value member_get(Interpreter& interp, Value self, Value instance, Value) {
    auto* m = static_cast<Member*>(self.as_object());
    if (instance.is_absent()) return self;
    Value* field = member_field(interp, m, instance);
    if (!field) return Value::error();
    if (field->is_absent()) {
        return interp.raise_format(interp.exceptions.attribute_error,
                                   "'%s' object has no attribute '%s'",
                                   std::string(type_name(interp, instance)).c_str(),
                                   std::string(m->name->view()).c_str());
    }
    return *field;
}

int member_set(Interpreter& interp, Value self, Value instance, Value value) {
    auto* m = static_cast<Member*>(self.as_object());
    Value* field = member_field(interp, m, instance);
    if (!field) return -1;
    if (value.is_absent() && field->is_absent()) {
        interp.raise(interp.exceptions.attribute_error, m->name->view());
        return -1;
    }
    *field = value;
    return 0;
}

Value member_repr(Interpreter& interp, Value self) {
    auto* m = static_cast<Member*>(self.as_object());
    return Str::make(interp, "<member '" + std::string(m->name->view()) + "' of '" +
                                 std::string(m->owner->name->view()) + "' objects>")
        ->value();
}

Value member_getattr(Interpreter& interp, Value self, Str* name, bool suppress_missing) {
    auto* m = static_cast<Member*>(self.as_object());
    if (name->equals("__name__")) return m->name->value();
    if (name->equals("__qualname__")) {
        return Str::make(interp,
                         std::string(m->owner->name->view()) + "." + std::string(m->name->view()))
            ->value();
    }
    if (name->equals("__objclass__")) return m->owner->value();
    return generic_getattr(interp, self, name, suppress_missing);
}

// --- property

void trace_property(Object* self, Tracer& tracer) {
    auto* p = static_cast<Property*>(self);
    tracer.mark(p->fget);
    tracer.mark(p->fset);
    tracer.mark(p->fdel);
    tracer.mark(p->doc);
    tracer.mark(p->name);
}

// "property 'x' of 'C' object has no setter" (without the name when it has none).
Value property_missing(Interpreter& interp, Property* p, Value instance, const char* what) {
    std::string name = is_str(p->name) ? " '" + std::string(as_str(p->name)->view()) + "'" : "";
    return interp.raise_format(interp.exceptions.attribute_error,
                               "property%s of '%s' object has no %s", name.c_str(),
                               std::string(type_name(interp, instance)).c_str(), what);
}

// The getter's docstring becomes the property's when none is given.
bool inherit_doc(Interpreter& interp, Property* p) {
    if (!p->doc.is_none() || p->fget.is_none()) return true;
    const Value doc = ops::get_attr_optional(interp, p->fget, interp.names.dunder_doc);
    if (doc.is_error()) return false;
    if (!doc.is_absent()) p->doc = doc;
    return true;
}

Value property_new(Interpreter& interp, Type* type, const Value*, size_t, Tuple*) {
    auto* p = make_instance<Property>(interp, type);
    p->fget = p->fset = p->fdel = p->doc = Value::none();
    return p->value();
}

int property_init(Interpreter& interp, Value self, const Value* args, size_t nargs,
                  Tuple* kwnames) {
    Value bound[4];
    if (!bind_native_args(interp, "property", args, nargs, kwnames, {"fget", "fset", "fdel", "doc"},
                          0, 0, bound)) {
        return -1;
    }
    auto* p = static_cast<Property*>(self.as_object());
    p->fget = bound[0].is_absent() ? Value::none() : bound[0];
    p->fset = bound[1].is_absent() ? Value::none() : bound[1];
    p->fdel = bound[2].is_absent() ? Value::none() : bound[2];
    p->doc = bound[3].is_absent() ? Value::none() : bound[3];
    return inherit_doc(interp, p) ? 0 : -1;
}

Value property_get(Interpreter& interp, Value self, Value instance, Value) {
    auto* p = static_cast<Property*>(self.as_object());
    if (instance.is_absent()) return self;
    if (p->fget.is_none()) return property_missing(interp, p, instance, "getter");
    return ops::call1(interp, p->fget, instance);
}

int property_set(Interpreter& interp, Value self, Value instance, Value value) {
    auto* p = static_cast<Property*>(self.as_object());
    if (value.is_absent()) {
        if (p->fdel.is_none()) {
            property_missing(interp, p, instance, "deleter");
            return -1;
        }
        return ops::call1(interp, p->fdel, instance).is_error() ? -1 : 0;
    }
    if (p->fset.is_none()) {
        property_missing(interp, p, instance, "setter");
        return -1;
    }
    Value args[2] = {instance, value};
    return ops::call(interp, p->fset, args, 2).is_error() ? -1 : 0;
}

// property.getter/setter/deleter: a copy with one accessor replaced.
Value property_copy_with(Interpreter& interp, const Value* args, size_t nargs, int which) {
    if (!check_one_arg(interp, "property", nargs - 1)) return Value::error();
    auto* p = static_cast<Property*>(args[0].as_object());
    auto* q = make_instance<Property>(interp, p->type);
    q->fget = which == 0 ? args[1] : p->fget;
    q->fset = which == 1 ? args[1] : p->fset;
    q->fdel = which == 2 ? args[1] : p->fdel;
    q->doc = p->doc;
    q->name = p->name;
    if (!inherit_doc(interp, q)) return Value::error();
    return q->value();
}
Value property_set_name(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (nargs != 3) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "__set_name__() takes 2 positional arguments but %zu were given",
                                   nargs - 1);
    }
    static_cast<Property*>(args[0].as_object())->name = args[2];
    return Value::none();
}

Value property_getter(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    return property_copy_with(interp, args, nargs, 0);
}
Value property_setter(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    return property_copy_with(interp, args, nargs, 1);
}
Value property_deleter(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    return property_copy_with(interp, args, nargs, 2);
}

Value property_getattr(Interpreter& interp, Value self, Str* name, bool suppress) {
    auto* p = static_cast<Property*>(self.as_object());
    if (name->equals("fget")) return p->fget;
    if (name->equals("fset")) return p->fset;
    if (name->equals("fdel")) return p->fdel;
    if (name == interp.names.dunder_doc) return p->doc;
    return generic_getattr(interp, self, name, suppress);
}

// --- classmethod and staticmethod

void trace_wrapper(Object* self, Tracer& tracer) {
    tracer.mark(static_cast<Wrapper*>(self)->callable);
}

Value wrapper_new(Interpreter& interp, Type* type, const Value* args, size_t nargs,
                  Tuple* kwnames) {
    const char* name = type->name->equals("classmethod") ? "classmethod" : "staticmethod";
    if (!reject_keywords(interp, name, kwnames)) return Value::error();
    if (nargs != 1) {
        return interp.raise_format(interp.exceptions.type_error, "%s expected 1 argument, got %zu",
                                   name, nargs);
    }
    auto* w = make_instance<Wrapper>(interp, type);
    w->callable = args[0];
    return w->value();
}

Value classmethod_get(Interpreter& interp, Value self, Value instance, Value owner) {
    Value cls = owner;
    if (cls.is_absent() || cls.is_none()) cls = type_of(interp, instance)->value();
    return make_method(interp, static_cast<Wrapper*>(self.as_object())->callable, cls)->value();
}

Value staticmethod_get(Interpreter&, Value self, Value, Value) {
    return static_cast<Wrapper*>(self.as_object())->callable;
}

Value staticmethod_call(Interpreter& interp, Value callable, const Value* args, size_t nargs,
                        Tuple* kwnames) {
    return ops::call(interp, static_cast<Wrapper*>(callable.as_object())->callable, args, nargs,
                     kwnames);
}

// <staticmethod(<function f at 0x...>)>
Value wrapper_repr(Interpreter& interp, Value self) {
    Str* inner = ops::repr(interp, static_cast<Wrapper*>(self.as_object())->callable);
    if (!inner) return Value::error();
    std::string out = "<";
    out += type_name(interp, self);
    out += "(";
    out += inner->view();
    out += ")>";
    return Str::make(interp, out)->value();
}

Value wrapper_getattr(Interpreter& interp, Value self, Str* name, bool suppress) {
    if (name->equals("__func__") || name->equals("__wrapped__")) {
        return static_cast<Wrapper*>(self.as_object())->callable;
    }
    return generic_getattr(interp, self, name, suppress);
}

// --- int and float attributes

Value int_real(Interpreter& interp, Value self) {
    return ops::positive(interp, self);
}
Value int_imag(Interpreter&, Value) {
    return Value::from_small_int(0);
}
Value int_denominator(Interpreter&, Value) {
    return Value::from_small_int(1);
}
Value float_real(Interpreter&, Value self) {
    return self;
}
Value float_imag(Interpreter&, Value) {
    return Value::from_double(0.0);
}

Type* make_type(Interpreter& interp, const char* name, uint32_t size) {
    Type* t = make_builtin_type(interp, name, interp.types.object, size, TypeBaseType);
    interp.builtins->set(interp, t->name, t->value());
    return t;
}

} // namespace

void add_getter(Interpreter& interp, Type* type, std::string_view name, GetterFn getter) {
    auto* g = interp.heap().make<GetSet>(interp.types.getset_descriptor);
    g->name = interp.intern(name);
    g->owner = type;
    g->getter = getter;
    type->dict->set(interp, g->name, g->value());
}

void add_getset(Interpreter& interp, Type* type, Str* name, GetterFn getter, SetterFn setter) {
    auto* g = interp.heap().make<GetSet>(interp.types.getset_descriptor);
    g->name = name;
    g->owner = type;
    g->getter = getter;
    g->setter = setter;
    type->dict->set(interp, g->name, g->value());
}

Value make_member_descriptor(Interpreter& interp, Type* owner, Str* name, uint32_t offset) {
    auto* m = interp.heap().make<Member>(interp.types.member_descriptor);
    m->name = name;
    m->owner = owner;
    m->offset = offset;
    return m->value();
}

bool member_descriptor_offset(Interpreter& interp, Value descr, uint32_t* offset) {
    if (!descr.is_object() || descr.as_object()->type != interp.types.member_descriptor) {
        return false;
    }
    *offset = static_cast<Member*>(descr.as_object())->offset;
    return true;
}

void init_descriptor_types(Interpreter& interp) {
    Type* member =
        make_builtin_type(interp, "member_descriptor", interp.types.object, sizeof(Member), 0);
    member->slots.descr_get = member_get;
    member->slots.descr_set = member_set;
    member->slots.repr = member_repr;
    member->slots.getattr = member_getattr;
    member->slots.trace = trace_member;
    member->slots.new_ = nullptr;
    member->flags |= TypeDataDescriptor;
    interp.types.member_descriptor = member;

    Type* getset =
        make_builtin_type(interp, "getset_descriptor", interp.types.object, sizeof(GetSet), 0);
    getset->slots.descr_get = getset_get;
    getset->slots.descr_set = getset_set;
    getset->slots.repr = getset_repr;
    getset->slots.trace = trace_getset;
    getset->slots.new_ = nullptr;
    getset->flags |= TypeDataDescriptor;
    interp.types.getset_descriptor = getset;

    Type* property = make_type(interp, "property", sizeof(Property));
    property->slots.new_ = property_new;
    property->slots.init = property_init;
    property->slots.descr_get = property_get;
    property->slots.descr_set = property_set;
    property->slots.getattr = property_getattr;
    property->slots.trace = trace_property;
    property->flags |= TypeDataDescriptor;
    add_method(interp, property, "getter", property_getter);
    add_method(interp, property, "setter", property_setter);
    add_method(interp, property, "deleter", property_deleter);
    add_method(interp, property, "__set_name__", property_set_name);
    interp.types.property = property;

    Type* classmethod = make_type(interp, "classmethod", sizeof(Wrapper));
    classmethod->slots.new_ = wrapper_new;
    classmethod->slots.init = nullptr;
    classmethod->slots.descr_get = classmethod_get;
    classmethod->slots.getattr = wrapper_getattr;
    classmethod->slots.repr = wrapper_repr;
    classmethod->slots.trace = trace_wrapper;
    interp.types.classmethod = classmethod;

    Type* staticmethod = make_type(interp, "staticmethod", sizeof(Wrapper));
    staticmethod->slots.new_ = wrapper_new;
    staticmethod->slots.init = nullptr;
    staticmethod->slots.descr_get = staticmethod_get;
    staticmethod->slots.call = staticmethod_call;
    staticmethod->slots.getattr = wrapper_getattr;
    staticmethod->slots.repr = wrapper_repr;
    staticmethod->slots.trace = trace_wrapper;
    interp.types.staticmethod = staticmethod;

    add_getter(interp, interp.types.int_, "real", int_real);
    add_getter(interp, interp.types.int_, "imag", int_imag);
    add_getter(interp, interp.types.int_, "numerator", int_real);
    add_getter(interp, interp.types.int_, "denominator", int_denominator);
    add_getter(interp, interp.types.float_, "real", float_real);
    add_getter(interp, interp.types.float_, "imag", float_imag);
    add_function_getters(interp, interp.types.function);
}

} // namespace coil::vm
