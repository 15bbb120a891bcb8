#include "vm/context_manager.hpp"

#include "vm/exception.hpp"
#include "vm/ops.hpp"
#include "vm/type.hpp"

#include <string>

namespace coil::vm {

namespace {

// The special method `name` of obj's type, bound through its descriptor; absent() when the
// type has none. Instance attributes are not consulted, as for every special method.
Value lookup_special(Interpreter& interp, Value obj, Str* name) {
    Type* type = type_of(interp, obj);
    const Value attr = type_lookup(type, name);
    if (attr.is_absent()) return attr;
    Type* attr_type = type_of(interp, attr);
    if (attr_type->slots.descr_get) {
        return attr_type->slots.descr_get(interp, attr, obj, type->value());
    }
    return attr;
}

// The lookups of BEFORE_WITH and BEFORE_ASYNC_WITH, which differ only in names and message.
bool bind_methods(Interpreter& interp, Value mgr, const char* enter_name, const char* exit_name,
                  const char* protocol, Value* enter, Value* exit) {
    std::string unsupported(1, '\''); // appended: GCC 12's -Wrestrict misfires on "'" + ...
    unsupported.append(type_name(interp, mgr))
        .append("' object does not support the ")
        .append(protocol)
        .append(" protocol");
    *enter = lookup_special(interp, mgr, interp.intern(enter_name));
    if (enter->is_error()) return false;
    if (enter->is_absent()) {
        interp.raise_type_error(unsupported);
        return false;
    }
    *exit = lookup_special(interp, mgr, interp.intern(exit_name));
    if (exit->is_error()) return false;
    if (exit->is_absent()) {
        interp.raise_type_error(unsupported + " (missed " + exit_name + " method)");
        return false;
    }
    return true;
}

} // namespace

bool bind_context_methods(Interpreter& interp, Value mgr, Value* enter, Value* exit) {
    return bind_methods(interp, mgr, "__enter__", "__exit__", "context manager", enter, exit);
}

bool bind_async_context_methods(Interpreter& interp, Value mgr, Value* enter, Value* exit) {
    return bind_methods(interp, mgr, "__aenter__", "__aexit__", "asynchronous context manager",
                        enter, exit);
}

Value call_exit_with_exception(Interpreter& interp, Value exit, Value exc) {
    const Value traceback =
        is_exception_instance(exc) ? as_exception(exc)->traceback : Value::none();
    const Value args[3] = {type_of(interp, exc)->value(), exc, traceback};
    return ops::call(interp, exit, args, 3);
}

} // namespace coil::vm
