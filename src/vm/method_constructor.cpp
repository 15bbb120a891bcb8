// types.MethodType(function, instance) (see method_constructor.hpp).
#include "vm/method_constructor.hpp"

#include "vm/function.hpp"
#include "vm/native_function.hpp"

namespace coil::vm {

Value new_method(Interpreter& interp, Type*, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "method", kwnames) ||
        !check_arity(interp, "method", nargs, 2, 2)) {
        return Value::error();
    }
    if (type_of(interp, args[0])->slots.call == nullptr) {
        return interp.raise_type_error("first argument must be callable");
    }
    if (args[1].is_none()) return interp.raise_type_error("instance must not be None");
    return make_method(interp, args[0], args[1])->value();
}

} // namespace coil::vm
