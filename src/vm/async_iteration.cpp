#include "vm/async_iteration.hpp"

#include "vm/exception.hpp"
#include "vm/generator.hpp"
#include "vm/ops.hpp"
#include "vm/type.hpp"

#include <string>

namespace coil::vm {

namespace {

bool has_special(Interpreter& interp, Value v, const char* name) {
    return !type_lookup(type_of(interp, v), interp.intern(name)).is_absent();
}

Value async_for_error(Interpreter& interp, const char* what, Value v) {
    return interp.raise_type_error("'async for' " + std::string(what) + ", got " +
                                   std::string(type_name(interp, v)));
}

} // namespace

Value get_aiter(Interpreter& interp, Value iterable) {
    if (!has_special(interp, iterable, "__aiter__")) {
        return async_for_error(interp, "requires an object with __aiter__ method", iterable);
    }
    const Value aiter = ops::call_method(interp, iterable, interp.intern("__aiter__"), nullptr, 0);
    if (aiter.is_error()) return aiter;
    if (!has_special(interp, aiter, "__anext__")) {
        return interp.raise_type_error(
            "'async for' received an object from __aiter__ that does not implement __anext__: " +
            std::string(type_name(interp, aiter)));
    }
    return aiter;
}

Value get_anext(Interpreter& interp, Value aiter) {
    if (!has_special(interp, aiter, "__anext__")) {
        return async_for_error(interp, "requires an iterator with __anext__ method", aiter);
    }
    return ops::call_method(interp, aiter, interp.intern("__anext__"), nullptr, 0);
}

Value anext_awaitable(Interpreter& interp, Value next) {
    const Value awaitable = get_awaitable(interp, next);
    if (awaitable.is_error()) {
        // As CPython's _PyErr_FormatFromCause: the original error becomes __cause__ (and
        // __context__) of the new one.
        const Value cause = interp.take_pending();
        interp.raise_type_error("'async for' received an invalid object from __anext__: " +
                                std::string(type_name(interp, next)));
        const Value error = interp.pending();
        if (is_exception_instance(error) && is_exception_instance(cause)) {
            as_exception(error)->cause = cause;
            as_exception(error)->context = cause;
            as_exception(error)->suppress_context = true;
        }
        return Value::error();
    }
    return awaitable;
}

} // namespace coil::vm
