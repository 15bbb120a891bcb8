// mappingproxy: reads go to the wrapped mapping, writes are refused.
#include "vm/mapping_proxy.hpp"

#include "vm/dict.hpp"
#include "vm/list.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <string>

namespace coil::vm {

namespace {

bool is_proxy(Interpreter& interp, Value v) {
    return v.is_object() && v.as_object()->type == interp.types.mapping_proxy;
}

Value wrapped(Value proxy) {
    return static_cast<MappingProxy*>(proxy.as_object())->mapping;
}

void trace_proxy(Object* self, Tracer& tracer) {
    tracer.mark(static_cast<MappingProxy*>(self)->mapping);
}

// CPython accepts anything with __getitem__ except the sequences list and tuple.
bool is_mapping(Interpreter& interp, Value v) {
    Type* t = type_of(interp, v);
    return t->slots.getitem && !t->has_flag(TypeListSubclass) && !t->has_flag(TypeTupleSubclass);
}

Value proxy_new(Interpreter& interp, Type*, const Value* args, size_t nargs, Tuple* kwnames) {
    // CPython's parser reports the missing argument before an unexpected keyword.
    bool given = nargs > 0;
    for (size_t i = 0; kwnames && i < kwnames->size(); ++i) {
        given |= as_str((*kwnames)[i])->equals("mapping");
    }
    if (!given) {
        return interp.raise_type_error(
            "mappingproxy() missing required argument 'mapping' (pos 1)");
    }
    Value mapping;
    if (!bind_native_args(interp, "mappingproxy", args, nargs, kwnames, {"mapping"}, 1, 0,
                          &mapping)) {
        return Value::error();
    }
    if (!is_mapping(interp, mapping)) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "mappingproxy() argument must be a mapping, not %s",
                                   std::string(type_name(interp, mapping)).c_str());
    }
    return make_mapping_proxy(interp, mapping);
}

Value proxy_repr(Interpreter& interp, Value self) {
    Str* inner = ops::repr(interp, wrapped(self));
    if (!inner) return Value::error();
    return Str::make(interp, "mappingproxy(" + std::string(inner->view()) + ")")->value();
}

Value proxy_str(Interpreter& interp, Value self) {
    Str* s = ops::str(interp, wrapped(self));
    return s ? s->value() : Value::error();
}

Value proxy_richcompare(Interpreter& interp, Value self, Value other, CompareOp op) {
    return ops::compare(interp, op, wrapped(self), other);
}

int64_t proxy_len(Interpreter& interp, Value self) {
    return ops::len(interp, wrapped(self));
}

Value proxy_getitem(Interpreter& interp, Value self, Value key) {
    return ops::get_item(interp, wrapped(self), key);
}

int proxy_setitem(Interpreter& interp, Value, Value, Value value) {
    interp.raise_type_error(value.is_absent()
                                ? "'mappingproxy' object does not support item deletion"
                                : "'mappingproxy' object does not support item assignment");
    return -1;
}

int proxy_contains(Interpreter& interp, Value self, Value key) {
    return ops::contains(interp, wrapped(self), key);
}

Value proxy_iter(Interpreter& interp, Value self) {
    return ops::get_iter(interp, wrapped(self));
}

// a | b with either side a proxy: the union of the wrapped mappings, as a new mapping.
Value proxy_or(Interpreter& interp, Value a, Value b) {
    if (is_proxy(interp, a)) a = wrapped(a);
    if (is_proxy(interp, b)) b = wrapped(b);
    return ops::binary_op(interp, BinaryOp::Or, a, b);
}

Value proxy_inplace_or(Interpreter& interp, Value, Value) {
    return interp.raise_type_error("'|=' is not supported by mappingproxy; use '|' instead");
}

// A method that forwards to the wrapped mapping's method of the same name.
Value forward(Interpreter& interp, const Value* args, size_t nargs, const char* name) {
    return ops::call_method(interp, wrapped(args[0]), interp.intern(name), args + 1, nargs - 1);
}

Value proxy_get(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "mappingproxy.get", kwnames) ||
        !check_arity(interp, "get", nargs - 1, 1, 2)) {
        return Value::error();
    }
    return forward(interp, args, nargs, "get");
}

template <const char* Name>
Value proxy_no_args_method(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, std::string("mappingproxy.") + Name, nargs - 1)) {
        return Value::error();
    }
    return forward(interp, args, nargs, Name);
}

constexpr char keys_name[] = "keys";
constexpr char values_name[] = "values";
constexpr char items_name[] = "items";
constexpr char copy_name[] = "copy";

Value proxy_reversed(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "mappingproxy.__reversed__", nargs - 1)) return Value::error();
    const Value reversed = interp.builtins->get(interp.intern("reversed"));
    return ops::call1(interp, reversed, wrapped(args[0]));
}

} // namespace

Value make_mapping_proxy(Interpreter& interp, Value mapping) {
    auto* proxy = interp.heap().make<MappingProxy>(interp.types.mapping_proxy);
    proxy->mapping = mapping;
    return proxy->value();
}

void init_mapping_proxy_type(Interpreter& interp) {
    Type* t =
        make_builtin_type(interp, "mappingproxy", interp.types.object, sizeof(MappingProxy), 0);
    interp.types.mapping_proxy = t;
    TypeSlots& s = t->slots;
    s.new_ = proxy_new;
    s.init = nullptr;
    s.repr = proxy_repr;
    s.str = proxy_str;
    s.hash = nullptr;
    s.richcompare = proxy_richcompare;
    s.len = proxy_len;
    s.getitem = proxy_getitem;
    s.setitem = proxy_setitem;
    s.contains = proxy_contains;
    s.iter = proxy_iter;
    s.binary[static_cast<int>(BinaryOp::Or)] = proxy_or;
    s.inplace[static_cast<int>(BinaryOp::Or)] = proxy_inplace_or;
    s.trace = trace_proxy;
    add_method(interp, t, "get", proxy_get);
    add_method(interp, t, "keys", proxy_no_args_method<keys_name>);
    add_method(interp, t, "values", proxy_no_args_method<values_name>);
    add_method(interp, t, "items", proxy_no_args_method<items_name>);
    add_method(interp, t, "copy", proxy_no_args_method<copy_name>);
    add_method(interp, t, "__reversed__", proxy_reversed);
    // mappingproxy[int] makes a GenericAlias as tuple[int] does: share tuple's class method.
    const Value class_getitem = interp.types.tuple->dict->get(interp.names.dunder_class_getitem);
    if (!class_getitem.is_absent()) {
        add_method(interp, t, "__class_getitem__",
                   static_cast<NativeFunction*>(class_getitem.as_object())->fn, NativeClassMethod);
    }
}

} // namespace coil::vm
