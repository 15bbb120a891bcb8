// The sys module: argv, exit, the recursion limit, version information and the std streams.
#include "modules/core_modules.hpp"

#include "vm/dict.hpp"
#include "vm/exception.hpp"
#include "vm/int.hpp"
#include "vm/list.hpp"
#include "vm/module.hpp"
#include "vm/native_function.hpp"
#include "vm/str.hpp"
#include "vm/text_stream.hpp"
#include "vm/tuple.hpp"

#include <cstdint>

namespace coil::modules {

using namespace coil::vm;

namespace {

Value sys_exit(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "exit", kwnames) || !check_arity(interp, "exit", nargs, 0, 1)) {
        return Value::error();
    }
    Tuple* exit_args = Tuple::make(interp, args, nargs);
    interp.set_pending(make_exception(interp, interp.exceptions.system_exit, exit_args)->value());
    return Value::error();
}

Value sys_getrecursionlimit(Interpreter& interp, const Value*, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "getrecursionlimit", nargs)) return Value::error();
    return Value::from_small_int(interp.exec.recursion_limit);
}

Value sys_setrecursionlimit(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "setrecursionlimit", kwnames) ||
        !check_one_arg(interp, "setrecursionlimit", nargs)) {
        return Value::error();
    }
    if (args[0].is_float()) {
        return interp.raise_type_error("'float' object cannot be interpreted as an integer");
    }
    int64_t limit;
    if (!int_to_ssize(interp, args[0], &limit)) return Value::error();
    if (limit < 1) {
        return interp.raise(interp.exceptions.value_error,
                            "recursion limit must be greater or equal than 1");
    }
    if (limit > INT32_MAX) {
        return interp.raise(interp.exceptions.overflow_error,
                            "Python int too large to convert to C int");
    }
    if (static_cast<uint64_t>(limit) <= interp.exec.depth) {
        return interp.raise_format(interp.exceptions.recursion_error,
                                   "cannot set the recursion limit to %lld at the recursion "
                                   "depth %u: the limit is too low",
                                   static_cast<long long>(limit), interp.exec.depth);
    }
    interp.exec.recursion_limit = static_cast<uint32_t>(limit);
    return Value::none();
}

} // namespace

void install_sys(Interpreter& interp, const std::vector<std::string>& argv) {
    Module* sys = Module::make(interp, interp.names.sys);
    interp.sys_module = sys;
    Dict* d = sys->dict;
    auto set = [&](const char* name, Value v) { d->set(interp, interp.intern(name), v); };
    auto def = [&](const char* name, NativeFn fn) {
        set(name, make_native_function(interp, name, fn, interp.names.sys->value())->value());
    };
    def("exit", sys_exit);
    def("getrecursionlimit", sys_getrecursionlimit);
    def("setrecursionlimit", sys_setrecursionlimit);

    List* args = List::make(interp, argv.size());
    for (const std::string& a : argv) args->append(interp, Str::make(interp, a)->value());
    set("argv", args->value());
    set("maxsize", make_int(interp, INT64_MAX));
    set("byteorder", interp.intern("little")->value());
    set("platform", interp.intern("linux")->value());
    set("version", Str::make(interp, "3.11.7 (coil)")->value());
    set("version_info",
        Tuple::make(interp,
                    {Value::from_small_int(3), Value::from_small_int(11), Value::from_small_int(7),
                     interp.intern("final")->value(), Value::from_small_int(0)})
            ->value());
    set("hexversion", Value::from_small_int(0x030B07F0));
    set("stdout", interp.stdout_stream->value());
    set("stderr", interp.stderr_stream->value());
    set("__stdout__", interp.stdout_stream->value());
    set("__stderr__", interp.stderr_stream->value());
    set("modules", interp.modules->value());
    set("path", List::make(interp)->value());
    register_module(interp, sys);
}

} // namespace coil::modules
