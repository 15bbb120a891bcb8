// The singletons None, NotImplemented and Ellipsis and their classes.
#include "vm/none.hpp"

#include "vm/native_function.hpp"
#include "vm/str.hpp"
#include "vm/type.hpp"

namespace coil::vm {

namespace {

Value none_repr(Interpreter& interp, Value) {
    return interp.intern("None")->value();
}
Value not_implemented_repr(Interpreter& interp, Value) {
    return interp.intern("NotImplemented")->value();
}
Value ellipsis_repr(Interpreter& interp, Value) {
    return interp.intern("Ellipsis")->value();
}
int64_t none_truth(Interpreter&, Value) {
    return 0;
}
int64_t none_hash(Interpreter&, Value) {
    return 0x3FCB7D3D8A1E5F2Bll;
}

Value singleton_new(Interpreter& interp, Type* type, const Value*, size_t nargs, Tuple* kwnames) {
    if (nargs > 0 || !reject_keywords(interp, type->name->view(), kwnames)) {
        if (!interp.has_pending()) {
            interp.raise_format(interp.exceptions.type_error, "%s takes no arguments",
                                std::string(type->name->view()).c_str());
        }
        return Value::error();
    }
    if (type == interp.types.none) return Value::none();
    if (type == interp.types.not_implemented) return interp.not_implemented;
    return interp.ellipsis;
}

} // namespace

void init_none_types(Interpreter& interp) {
    Type* object = interp.types.object;
    Type* none = make_builtin_type(interp, "NoneType", object, sizeof(Object), 0);
    none->slots.repr = none_repr;
    none->slots.truth = none_truth;
    none->slots.hash = none_hash;
    none->slots.new_ = singleton_new;
    none->slots.init = nullptr;
    interp.types.none = none;

    Type* ni = make_builtin_type(interp, "NotImplementedType", object, sizeof(Object), 0);
    ni->slots.repr = not_implemented_repr;
    ni->slots.new_ = singleton_new;
    ni->slots.init = nullptr;
    interp.types.not_implemented = ni;
    interp.not_implemented = interp.heap().make<Object>(ni)->value();

    Type* ellipsis = make_builtin_type(interp, "ellipsis", object, sizeof(Object), 0);
    ellipsis->slots.repr = ellipsis_repr;
    ellipsis->slots.new_ = singleton_new;
    ellipsis->slots.init = nullptr;
    interp.types.ellipsis = ellipsis;
    interp.ellipsis = interp.heap().make<Object>(ellipsis)->value();
}

} // namespace coil::vm
