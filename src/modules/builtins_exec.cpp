// The builtins that run source or look at namespaces: exec, eval, compile, globals, locals and
// __import__. Compiling goes through the interpreter's compile hook (vm/compile_hook.hpp).
#include "modules/builtins_exec.hpp"

#include "vm/bytes.hpp"
#include "vm/call.hpp"
#include "vm/code.hpp"
#include "vm/compile_hook.hpp"
#include "vm/dict.hpp"
#include "vm/exception.hpp"
#include "vm/frame.hpp"
#include "vm/function.hpp"
#include "vm/import.hpp"
#include "vm/int.hpp"
#include "vm/module.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <string>

namespace coil::modules {

using namespace coil::vm;

namespace {

// The compile() flags CPython accepts: the __future__ features and the PyCF_* options.
constexpr int64_t future_flags =
    0x10 | 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000;
constexpr int64_t compile_option_flags = 0x200 | 0x400 | 0x1000 | 0x2000 | 0x4000;

// The text of a str or bytes source; false (nothing raised) for other types.
bool source_text(Interpreter& interp, Value source, std::string_view* text, bool* is_bytes_source) {
    if (is_str(source)) {
        *text = as_str(source)->view();
        *is_bytes_source = false;
        return true;
    }
    if (is_bytes(interp, source)) {
        *text = as_bytes(source)->view();
        *is_bytes_source = true;
        return true;
    }
    return false;
}

// Source given to exec, eval or compile as text: compiled with the hook, or SyntaxError.
CodeObject* compile_text(Interpreter& interp, std::string_view text, bool is_bytes_source,
                         std::string_view filename, CompileMode mode) {
    if (text.find('\0') != std::string_view::npos) {
        interp.set_pending(make_exception(interp, interp.exceptions.syntax_error,
                                          "source code string cannot contain null bytes")
                               ->value());
        return nullptr;
    }
    CompileRequest request;
    request.source = text;
    request.filename = filename;
    request.mode = mode;
    request.decode = is_bytes_source;
    return compile_with_hook(interp, request);
}

Frame* calling_frame(Interpreter& interp) {
    return interp.exec.current_frame;
}

// locals() of a function frame, as CPython 3.11's PyFrame_FastToLocals: one dict per frame,
// kept in frame->locals (unused by optimized code) and refreshed from the fast locals and
// cells at each call, so names exec() added to it stay visible to later locals() calls.
Value function_locals(Interpreter& interp, Frame* frame) {
    CodeObject* code = frame->code;
    if (!frame->locals) frame->locals = Dict::make(interp);
    Dict* d = frame->locals;
    auto sync = [&](Str* name, Value v) {
        if (v.is_absent()) {
            d->remove(name);
        } else {
            d->set(interp, name, v);
        }
    };
    for (size_t i = 0; i < code->varnames.size(); ++i)
        sync(code->varnames[i], frame->locals_plus()[i]);
    const size_t ncellvars = code->cellvars.size();
    for (size_t i = 0; i < code->ncells; ++i) {
        Str* name = i < ncellvars ? code->cellvars[i] : code->freevars[i - ncellvars];
        const Value cell = frame->cells()[i];
        if (!cell.is_object() || cell.as_object()->type != interp.types.cell) continue;
        sync(name, static_cast<Cell*>(cell.as_object())->contents);
    }
    return d->value();
}

Value current_locals(Interpreter& interp) {
    Frame* frame = calling_frame(interp);
    if (!frame) return Dict::make(interp)->value();
    if (frame->code->flags & CodeOptimized) return function_locals(interp, frame);
    return frame->locals ? frame->locals->value() : frame->globals->value();
}

Value builtin_globals(Interpreter& interp, const Value*, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "globals", kwnames) || !check_no_args(interp, "globals", nargs)) {
        return Value::error();
    }
    Frame* frame = calling_frame(interp);
    if (!frame || !frame->globals) return Dict::make(interp)->value();
    return frame->globals->value();
}

Value builtin_locals(Interpreter& interp, const Value*, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "locals", kwnames) || !check_no_args(interp, "locals", nargs)) {
        return Value::error();
    }
    return current_locals(interp);
}

// The builtins namespace code run with `globals` sees: its __builtins__ (a module's dict, or
// a dict), else the interpreter's.
Dict* builtins_for(Interpreter& interp, Dict* globals) {
    const Value b = globals->get(interp.names.dunder_builtins);
    if (is_module(interp, b)) return as_module(b)->dict;
    if (is_dict(b)) return as_dict(b);
    return interp.builtins;
}

// exec() and eval() share everything but their names, the mode of string sources and what
// they return.
Value run_source(Interpreter& interp, const char* fname, bool is_eval, const Value* args,
                 size_t nargs, Tuple* kwnames) {
    const std::string name(fname);
    if (is_eval) {
        if (!reject_keywords(interp, name, kwnames) || !check_arity(interp, name, nargs, 1, 3)) {
            return Value::error();
        }
    } else {
        // exec(source, globals=None, locals=None, /, *, closure=None)
        const size_t npositional = nargs;
        if (npositional < 1 || npositional > 3) {
            return interp.raise_format(interp.exceptions.type_error,
                                       npositional < 1
                                           ? "exec() takes at least 1 positional argument (%zu "
                                             "given)"
                                           : "exec() takes at most 3 positional arguments (%zu "
                                             "given)",
                                       npositional);
        }
        for (size_t i = 0; kwnames && i < kwnames->size(); ++i) {
            Str* key = as_str((*kwnames)[i]);
            if (!key->equals("closure")) {
                return interp.raise_format(interp.exceptions.type_error,
                                           "exec() got an unexpected keyword argument '%s'",
                                           std::string(key->view()).c_str());
            }
            const Value closure = args[npositional + i];
            if (!closure.is_none()) {
                return interp.raise_type_error("cannot use a closure with this code object");
            }
        }
    }
    const Value source = args[0];
    Value globals = nargs > 1 ? args[1] : Value::none();
    Value locals = nargs > 2 ? args[2] : Value::none();
    if (!globals.is_none() && !is_dict(globals)) {
        if (is_eval) {
            const bool mapping = type_of(interp, globals)->slots.getitem != nullptr;
            return interp.raise_type_error(mapping
                                               ? "globals must be a real dict; try eval(expr, {}, "
                                                 "mapping)"
                                               : "globals must be a dict");
        }
        return interp.raise_format(interp.exceptions.type_error,
                                   "exec() globals must be a dict, not %s",
                                   std::string(type_name(interp, globals)).c_str());
    }
    if (!locals.is_none() && !is_dict(locals) && !type_of(interp, locals)->slots.getitem) {
        if (is_eval) return interp.raise_type_error("locals must be a mapping");
        return interp.raise_format(interp.exceptions.type_error,
                                   "locals must be a mapping or None, not %s",
                                   std::string(type_name(interp, locals)).c_str());
    }
    if (globals.is_none()) {
        Frame* frame = calling_frame(interp);
        globals = frame && frame->globals ? frame->globals->value() : Dict::make(interp)->value();
        if (locals.is_none()) locals = current_locals(interp);
    } else if (locals.is_none()) {
        locals = globals;
    }
    Rooted keep_globals(interp.shadow_roots(), globals);
    Rooted keep_locals(interp.shadow_roots(), locals);
    Dict* g = as_dict(globals);
    if (g->get(interp.names.dunder_builtins).is_absent()) {
        g->set(interp, interp.names.dunder_builtins, interp.builtins->value());
    }
    CodeObject* code = nullptr;
    if (is_code(interp, source)) {
        code = static_cast<CodeObject*>(source.as_object());
        if (!code->freevars.empty()) {
            if (is_eval) {
                return interp.raise_type_error(
                    "code object passed to eval() may not contain free variables");
            }
            return interp.raise_format(interp.exceptions.type_error,
                                       "code object requires a closure of exactly length %zu",
                                       code->freevars.size());
        }
    } else {
        std::string_view text;
        bool bytes_source = false;
        if (!source_text(interp, source, &text, &bytes_source)) {
            return interp.raise_format(interp.exceptions.type_error,
                                       "%s() arg 1 must be a string, bytes or code object", fname);
        }
        // eval ignores leading spaces and tabs, which would be an unexpected indent.
        if (is_eval) {
            while (!text.empty() && (text[0] == ' ' || text[0] == '\t')) text.remove_prefix(1);
        }
        code = compile_text(interp, text, bytes_source, "<string>",
                            is_eval ? CompileMode::Eval : CompileMode::Exec);
        if (!code) return Value::error();
    }
    Rooted keep_code(interp.shadow_roots(), code->value());
    Frame* frame = make_frame(interp, code, g, builtins_for(interp, g));
    // Any mapping can be the LOAD_NAME namespace; the loop only takes a dict's fast path.
    frame->locals = static_cast<Dict*>(locals.as_object());
    const Value result = run_frame(interp, frame);
    if (result.is_error() || is_eval) return result;
    return Value::none();
}

Value builtin_exec(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    return run_source(interp, "exec", false, args, nargs, kwnames);
}

Value builtin_eval(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    return run_source(interp, "eval", true, args, nargs, kwnames);
}

// compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *,
// _feature_version=-1)
Value builtin_compile(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    static constexpr std::string_view parameters[] = {
        "source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"};
    for (size_t i = 0; kwnames && i < kwnames->size(); ++i) {
        const std::string_view key = as_str((*kwnames)[i])->view();
        bool known = false;
        for (std::string_view p : parameters) known |= key == p;
        if (!known) {
            return interp.raise_format(interp.exceptions.type_error,
                                       "'%s' is an invalid keyword argument for compile()",
                                       std::string(key).c_str());
        }
    }
    Value bound[7];
    if (!bind_native_args(
            interp, "compile", args, nargs, kwnames,
            {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"},
            3, 0, bound)) {
        return Value::error();
    }
    std::string_view text;
    bool bytes_source = false;
    if (!source_text(interp, bound[0], &text, &bytes_source)) {
        return interp.raise_type_error("compile() arg 1 must be a string, bytes or AST object");
    }
    std::string filename;
    if (is_str(bound[1])) {
        filename = std::string(as_str(bound[1])->view());
    } else if (is_bytes(interp, bound[1])) {
        filename = std::string(as_bytes(bound[1])->view());
    } else {
        return interp.raise_format(interp.exceptions.type_error,
                                   "expected str, bytes or os.PathLike object, not %s",
                                   std::string(type_name(interp, bound[1])).c_str());
    }
    if (!is_str(bound[2])) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "compile() argument 'mode' must be str, not %s",
                                   std::string(type_name(interp, bound[2])).c_str());
    }
    const std::string_view mode_name = as_str(bound[2])->view();
    CompileMode mode;
    if (mode_name == "exec") {
        mode = CompileMode::Exec;
    } else if (mode_name == "eval") {
        mode = CompileMode::Eval;
    } else if (mode_name == "single") {
        mode = CompileMode::Single;
    } else {
        return interp.raise(interp.exceptions.value_error,
                            "compile() mode must be 'exec', 'eval' or 'single'");
    }
    for (int i = 3; i < 6; ++i) {
        if (bound[i].is_absent()) continue;
        if (bound[i].is_float()) {
            return interp.raise_type_error("'float' object cannot be interpreted as an integer");
        }
        if (!is_int(bound[i])) {
            return interp.raise_format(interp.exceptions.type_error,
                                       "'%s' object cannot be interpreted as an integer",
                                       std::string(type_name(interp, bound[i])).c_str());
        }
    }
    int64_t flags = 0;
    if (!bound[3].is_absent() && !int_to_ssize(interp, bound[3], &flags)) return Value::error();
    if (flags & ~(future_flags | compile_option_flags)) {
        return interp.raise(interp.exceptions.value_error, "compile(): unrecognised flags");
    }
    if (flags & 0x400) {
        return interp.raise(interp.exceptions.not_implemented_error,
                            "compile() to an AST object is not supported");
    }
    CodeObject* code = compile_text(interp, text, bytes_source, filename, mode);
    return code ? code->value() : Value::error();
}

// __import__(name, globals=None, locals=None, fromlist=(), level=0)
Value builtin_import(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[5];
    if (!bind_native_args(interp, "__import__", args, nargs, kwnames,
                          {"name", "globals", "locals", "fromlist", "level"}, 1, 0, bound)) {
        return Value::error();
    }
    if (!is_str(bound[0])) return interp.raise_type_error("module name must be a string");
    int64_t level = 0;
    if (!bound[4].is_absent()) {
        if (!is_int(bound[4])) {
            return interp.raise_format(interp.exceptions.type_error,
                                       "'%s' object cannot be interpreted as an integer",
                                       std::string(type_name(interp, bound[4])).c_str());
        }
        if (!int_to_ssize(interp, bound[4], &level)) return Value::error();
    }
    return import_module_level(interp, as_str(bound[0]), bound[1], bound[3], level);
}

// importlib.import_module(name, package=None)
Value importlib_import_module(Interpreter& interp, const Value* args, size_t nargs,
                              Tuple* kwnames) {
    Value bound[2];
    if (!bind_native_args(interp, "import_module", args, nargs, kwnames, {"name", "package"}, 1, 0,
                          bound)) {
        return Value::error();
    }
    if (!is_str(bound[0])) {
        return interp.raise_format(interp.exceptions.attribute_error,
                                   "'%s' object has no attribute 'startswith'",
                                   std::string(type_name(interp, bound[0])).c_str());
    }
    return import_module(interp, as_str(bound[0]), bound[1]);
}

} // namespace

Module* make_importlib_module(Interpreter& interp) {
    Module* m = Module::make(interp, interp.intern("importlib"));
    NativeFunction* f =
        make_native_function(interp, "import_module", importlib_import_module, m->name->value());
    m->dict->set(interp, f->name, f->value());
    return m;
}

void install_exec_builtins(Interpreter& interp) {
    Dict* b = interp.builtins;
    const Value module = interp.names.builtins->value();
    auto def = [&](const char* name, NativeFn fn) {
        NativeFunction* f = make_native_function(interp, name, fn, module);
        b->set(interp, f->name, f->value());
    };
    def("exec", builtin_exec);
    def("eval", builtin_eval);
    def("compile", builtin_compile);
    def("globals", builtin_globals);
    def("locals", builtin_locals);
    def("__import__", builtin_import);
    install_file_builtins(interp);
}

} // namespace coil::modules
