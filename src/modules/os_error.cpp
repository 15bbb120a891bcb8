// OSError construction from errno, shared by open() and the os module.
#include "modules/os_error.hpp"

#include "vm/exception.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"

#include <cstring>

namespace coil::modules {

using namespace coil::vm;

Value raise_os_error(Interpreter& interp, int err, Value filename) {
    Type* type = os_error_class_for(interp, err);
    const Value code = Value::from_small_int(err);
    const Value message = Str::make(interp, std::strerror(err))->value();
    Tuple* args = filename.is_absent() ? Tuple::make(interp, {code, message})
                                       : Tuple::make(interp, {code, message, filename});
    BaseException* e = make_exception(interp, type, args);
    // CPython keeps the file name out of args: OSError(2, 'msg', 'f').args == (2, 'msg').
    e->args = Tuple::make(interp, {code, message});
    interp.set_pending(e->value());
    return Value::error();
}

} // namespace coil::modules
