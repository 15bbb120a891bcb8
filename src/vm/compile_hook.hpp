// How the VM gets code from source text without linking the compiler: a hook on the Interpreter.
//
// src/vm never depends on src/compiler (the layering in DESIGN.md), yet imports of .py files,
// exec/eval of strings and compile() need source compiled at run time. The embedding layer
// (src/api, which links both) installs Interpreter::compile_hook and the table of embedded
// stdlib modules when it creates a runtime (api::install_import_support). An interpreter
// without the hook still runs code objects; compiling then raises SystemError.
#pragma once
#include "vm/interpreter.hpp"

#include <cstdint>
#include <string_view>

namespace coil::vm {

struct CodeObject;

// compile()'s mode argument: 'exec' (statements), 'eval' (one expression, whose value the code
// returns) and 'single' (one interactive statement).
enum class CompileMode : uint8_t { Exec, Eval, Single };

struct CompileRequest {
    std::string_view source;   // UTF-8 text, or raw bytes when `decode` is set
    std::string_view filename; // co_filename, and SyntaxError.filename
    CompileMode mode = CompileMode::Exec;
    // The source is bytes read from a file or given as bytes: PEP 263 (BOM, coding cookie)
    // applies. A str source is already text and its coding cookie is ignored, as in CPython.
    bool decode = false;
};

// Compiles `request` to a code object. On a compile error: nullptr with the SyntaxError
// (IndentationError, TabError; RecursionError for too deep nesting) pending, its attributes
// (filename, lineno, offset, text, end_lineno, end_offset) as CPython sets them.
// The type of Interpreter::compile_hook.
using CompileHook = CodeObject* (*)(Interpreter& interp, const CompileRequest& request);

// Calls interp.compile_hook, or raises SystemError when no compiler was installed.
CodeObject* compile_with_hook(Interpreter& interp, const CompileRequest& request);

// A module of the embedded stdlib (stdlib/**/*.py, embedded at build time): its dotted name,
// its source, and whether it is a package (a stdlib/x/__init__.py).
struct EmbeddedModule {
    std::string_view name;
    std::string_view source;
    bool is_package;
};

} // namespace coil::vm
