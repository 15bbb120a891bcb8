// The sys module: argv, exit, the recursion limit, version information and the std streams.
#include "modules/core_modules.hpp"

#include "vm/async_generator.hpp"
#include "vm/dict.hpp"
#include "vm/exception.hpp"
#include "vm/frame.hpp"
#include "vm/int.hpp"
#include "vm/list.hpp"
#include "vm/module.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/str.hpp"
#include "vm/text_stream.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <cfloat>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <utility>

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

// (type, value, traceback) of the exception being handled, or three Nones.
Value sys_exc_info(Interpreter& interp, const Value*, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "exc_info", kwnames) ||
        !check_no_args(interp, "exc_info", nargs)) {
        return Value::error();
    }
    const Value handled = interp.exec.handled;
    if (!is_exception_instance(handled)) {
        return Tuple::make(interp, {Value::none(), Value::none(), Value::none()})->value();
    }
    return Tuple::make(interp, {type_of(interp, handled)->value(), handled,
                                as_exception(handled)->traceback})
        ->value();
}

// sys._getframe([depth]): the running frame, or one of its callers.
Value sys_getframe(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "_getframe", kwnames) ||
        !check_arity(interp, "_getframe", nargs, 0, 1)) {
        return Value::error();
    }
    int64_t depth = 0;
    if (nargs == 1 && !int_to_ssize(interp, args[0], &depth)) return Value::error();
    Frame* f = interp.exec.current_frame;
    for (; f && depth > 0; --depth) f = f->previous;
    if (!f) return interp.raise(interp.exceptions.value_error, "call stack is not deep enough");
    f->escaped = true; // the frame object outlives this call
    return f->value();
}

Value sys_getdefaultencoding(Interpreter& interp, const Value*, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "getdefaultencoding", nargs)) return Value::error();
    return interp.intern("utf-8")->value();
}

Value sys_intern(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "intern", kwnames) || !check_one_arg(interp, "intern", nargs)) {
        return Value::error();
    }
    if (!is_str(args[0])) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "intern() argument must be str, not %s",
                                   std::string(type_name(interp, args[0])).c_str());
    }
    return interp.intern(as_str(args[0]))->value();
}

// Any positive size will do: scripts compare sizes, they never print them.
Value sys_getsizeof(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "getsizeof", kwnames) ||
        !check_arity(interp, "getsizeof", nargs, 1, 2)) {
        return Value::error();
    }
    int64_t size = 16;
    if (args[0].is_object()) size += args[0].as_object()->type->instance_size;
    Type* t = type_of(interp, args[0]);
    if (t->slots.len) {
        int64_t n = t->slots.len(interp, args[0]);
        if (n < 0) {
            interp.clear_pending();
        } else {
            size += 8 * n;
        }
    }
    return make_int(interp, size);
}

// --- Struct sequences (sys.version_info, sys.flags, sys.float_info): tuples whose items are
// also named attributes, with a repr that shows the names.

Tuple* struct_fields(Interpreter& interp, Value self) {
    Value fields = type_of(interp, self)->dict->get(interp.intern("_fields"));
    return fields.is_absent() ? nullptr : as_tuple(fields);
}

Value struct_sequence_repr(Interpreter& interp, Value self) {
    Tuple* fields = struct_fields(interp, self);
    Tuple* items = as_tuple(self);
    Value prefix = type_of(interp, self)->dict->get(interp.intern("_repr_name"));
    std::string out(as_str(prefix)->view());
    out += "(";
    for (size_t i = 0; i < items->size(); ++i) {
        Str* r = ops::repr(interp, (*items)[i]);
        if (!r) return Value::error();
        if (i > 0) out += ", ";
        out += as_str((*fields)[i])->view();
        out += "=";
        out += r->view();
    }
    out += ")";
    return Str::make(interp, out)->value();
}

Value struct_sequence_getattr(Interpreter& interp, Value self, Str* name, bool suppress) {
    Tuple* fields = struct_fields(interp, self);
    for (size_t i = 0; fields && i < fields->size(); ++i) {
        if (as_str((*fields)[i])->equals(name)) return (*as_tuple(self))[i];
    }
    return generic_getattr(interp, self, name, suppress);
}

// A struct sequence value; `repr_name` is what its repr starts with ("sys.version_info").
Value make_struct_sequence(Interpreter& interp, const char* type_name, const char* repr_name,
                           std::initializer_list<std::pair<const char*, Value>> items) {
    Type* t = make_builtin_type(interp, type_name, interp.types.tuple, sizeof(Tuple), 0);
    t->slots.repr = struct_sequence_repr;
    t->slots.str = struct_sequence_repr;
    t->slots.getattr = struct_sequence_getattr;
    t->slots.new_ = nullptr;
    Tuple* fields = Tuple::make(interp, items.size());
    Tuple* values = Tuple::make(interp, items.size());
    size_t i = 0;
    for (const auto& [name, value] : items) {
        (*fields)[i] = interp.intern(name)->value();
        (*values)[i] = value;
        ++i;
    }
    type_set_attr(interp, t, "_fields", fields->value());
    type_set_attr(interp, t, "_repr_name", Str::make(interp, repr_name)->value());
    type_set_attr(interp, t, "__module__", interp.names.sys->value());
    values->type = t;
    return values->value();
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
    def("set_asyncgen_hooks", vm::sys_set_asyncgen_hooks);
    def("get_asyncgen_hooks", vm::sys_get_asyncgen_hooks);

    List* args = List::make(interp, argv.size());
    for (const std::string& a : argv) args->append(interp, Str::make(interp, a)->value());
    set("argv", args->value());
    set("maxsize", make_int(interp, INT64_MAX));
    set("byteorder", interp.intern("little")->value());
    set("platform", interp.intern("linux")->value());
    set("version", Str::make(interp, "3.11.7 (coil)")->value());
    Value version_info = make_struct_sequence(interp, "version_info", "sys.version_info",
                                              {{"major", Value::from_small_int(3)},
                                               {"minor", Value::from_small_int(11)},
                                               {"micro", Value::from_small_int(7)},
                                               {"releaselevel", interp.intern("final")->value()},
                                               {"serial", Value::from_small_int(0)}});
    set("version_info", version_info);
    auto zero = Value::from_small_int(0);
    set("flags", make_struct_sequence(interp, "flags", "sys.flags",
                                      {{"debug", zero},
                                       {"inspect", zero},
                                       {"interactive", zero},
                                       {"optimize", zero},
                                       {"dont_write_bytecode", zero},
                                       {"no_user_site", zero},
                                       {"no_site", zero},
                                       {"ignore_environment", zero},
                                       {"verbose", zero},
                                       {"bytes_warning", zero},
                                       {"quiet", zero},
                                       {"hash_randomization", Value::from_small_int(1)},
                                       {"isolated", zero},
                                       {"dev_mode", Value::false_()},
                                       {"utf8_mode", zero},
                                       {"warn_default_encoding", zero},
                                       {"safe_path", Value::false_()},
                                       {"int_max_str_digits", Value::from_small_int(-1)}}));
    set("float_info", make_struct_sequence(interp, "float_info", "sys.float_info",
                                           {{"max", Value::from_double(DBL_MAX)},
                                            {"max_exp", Value::from_small_int(DBL_MAX_EXP)},
                                            {"max_10_exp", Value::from_small_int(DBL_MAX_10_EXP)},
                                            {"min", Value::from_double(DBL_MIN)},
                                            {"min_exp", Value::from_small_int(DBL_MIN_EXP)},
                                            {"min_10_exp", Value::from_small_int(DBL_MIN_10_EXP)},
                                            {"dig", Value::from_small_int(DBL_DIG)},
                                            {"mant_dig", Value::from_small_int(DBL_MANT_DIG)},
                                            {"epsilon", Value::from_double(DBL_EPSILON)},
                                            {"radix", Value::from_small_int(FLT_RADIX)},
                                            {"rounds", Value::from_small_int(1)}}));
    set("implementation",
        make_struct_sequence(interp, "implementation", "namespace",
                             {{"name", interp.intern("coil")->value()},
                              {"cache_tag", Value::none()},
                              {"version", version_info},
                              {"hexversion", Value::from_small_int(0x030B07F0)}}));
    def("intern", sys_intern);
    def("exc_info", sys_exc_info);
    def("_getframe", sys_getframe);
    def("getdefaultencoding", sys_getdefaultencoding);
    set("maxunicode", Value::from_small_int(0x10FFFF));
    set("dont_write_bytecode", Value::true_());
    set("executable", Str::make(interp, "")->value());
    set("hash_info", make_struct_sequence(interp, "hash_info", "sys.hash_info",
                                          {{"width", Value::from_small_int(64)},
                                           {"modulus", make_int(interp, (int64_t{1} << 61) - 1)},
                                           {"inf", Value::from_small_int(314159)},
                                           {"nan", Value::from_small_int(0)},
                                           {"imag", Value::from_small_int(1000003)},
                                           {"algorithm", interp.intern("siphash13")->value()},
                                           {"hash_bits", Value::from_small_int(64)},
                                           {"seed_bits", Value::from_small_int(128)},
                                           {"cutoff", Value::from_small_int(0)}}));
    set("int_info",
        make_struct_sequence(interp, "int_info", "sys.int_info",
                             {{"bits_per_digit", Value::from_small_int(30)},
                              {"sizeof_digit", Value::from_small_int(4)},
                              {"default_max_str_digits", Value::from_small_int(4300)},
                              {"str_digits_check_threshold", Value::from_small_int(640)}}));
    def("getsizeof", sys_getsizeof);
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
