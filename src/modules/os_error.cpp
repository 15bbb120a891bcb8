// OSError construction from errno, shared by open() and the os module.
#include "modules/os_error.hpp"

#include "vm/exception.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"

#include <cerrno>
#include <cstring>

namespace coil::modules {

using namespace coil::vm;

namespace {

// CPython's errno-to-class table (PEP 3151).
const char* class_for(int err) {
    switch (err) {
    case ENOENT:
        return "FileNotFoundError";
    case EEXIST:
        return "FileExistsError";
    case EISDIR:
        return "IsADirectoryError";
    case ENOTDIR:
        return "NotADirectoryError";
    case EACCES:
    case EPERM:
        return "PermissionError";
    case EAGAIN:
    case EALREADY:
    case EINPROGRESS:
        return "BlockingIOError";
    case EINTR:
        return "InterruptedError";
    case ECHILD:
        return "ChildProcessError";
    case ESRCH:
        return "ProcessLookupError";
    case ETIMEDOUT:
        return "TimeoutError";
    case EPIPE:
    case ESHUTDOWN:
        return "BrokenPipeError";
    case ECONNABORTED:
        return "ConnectionAbortedError";
    case ECONNREFUSED:
        return "ConnectionRefusedError";
    case ECONNRESET:
        return "ConnectionResetError";
    default:
        return "OSError";
    }
}

} // namespace

Value raise_os_error(Interpreter& interp, int err, Value filename) {
    const auto found = interp.exceptions.by_name.find(class_for(err));
    Type* type =
        found != interp.exceptions.by_name.end() ? found->second : interp.exceptions.os_error;
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
