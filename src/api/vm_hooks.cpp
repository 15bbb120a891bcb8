// The compile hook the VM calls for imports, exec, eval and compile(), and the embedded stdlib.
#include "api/vm_hooks.hpp"

#include "api/compile_source.hpp"
#include "modules/builtins_exec.hpp"
#include "vm/code.hpp"
#include "vm/compile_hook.hpp"
#include "vm/dict.hpp"
#include "vm/exception.hpp"
#include "vm/list.hpp"
#include "vm/load.hpp"
#include "vm/module.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"

#include <cstdlib>
#include <string_view>

namespace coil::api {

// Generated at build time from stdlib/**/*.py (tools/embed_stdlib.py).
extern const vm::EmbeddedModule embedded_stdlib[];
extern const size_t embedded_stdlib_count;

namespace {

// The exception CPython raises for `diag`: SyntaxError(msg, (filename, lineno, offset, text,
// end_lineno, end_offset)), or RecursionError for nesting too deep to compile.
void raise_syntax_error(vm::Interpreter& interp, const SourceFile& file,
                        const SyntaxDiagnostic& diag) {
    if (diag.message == nesting_error) {
        interp.raise(interp.exceptions.recursion_error, nesting_error);
        return;
    }
    const SyntaxLocation loc = syntax_location(file, diag);
    vm::Type* type = interp.exceptions.syntax_error;
    const auto found = interp.exceptions.by_name.find(syntax_error_kind_name(diag.kind));
    if (found != interp.exceptions.by_name.end()) type = found->second;
    auto number = [](uint32_t n) { return vm::Value::from_small_int(static_cast<int64_t>(n)); };
    vm::Tuple* where =
        vm::Tuple::make(interp, {vm::Str::make(interp, file.name())->value(), number(loc.lineno),
                                 number(loc.offset), vm::Str::make(interp, loc.text)->value(),
                                 number(loc.end_lineno), number(loc.end_offset)});
    vm::Tuple* args =
        vm::Tuple::make(interp, {vm::Str::make(interp, diag.message)->value(), where->value()});
    interp.set_pending(vm::make_exception(interp, type, args)->value());
}

vm::CodeObject* compile_for_vm(vm::Interpreter& interp, const vm::CompileRequest& request) {
    auto file =
        std::make_shared<SourceFile>(std::string(request.filename), std::string(request.source));
    // 'single' compiles its one statement as 'exec' does (there is no echo of values yet).
    const front::ParseMode mode = request.mode == vm::CompileMode::Eval
                                      ? front::ParseMode::Expression
                                      : front::ParseMode::File;
    Compiled compiled = compile_source(file, mode, request.decode);
    if (compiled.error) {
        raise_syntax_error(interp, *file, *compiled.error);
        return nullptr;
    }
    return vm::load_code(interp, *compiled.code);
}

} // namespace

void install_vm_hooks(vm::Interpreter& interp) {
    interp.compile_hook = compile_for_vm;
    interp.embedded_modules = embedded_stdlib;
    interp.embedded_module_count = embedded_stdlib_count;
    modules::install_stdin(interp);
}

void init_sys_path(vm::Interpreter& interp, const std::string& first) {
    const vm::Value path = interp.sys_module->dict->get(interp.intern("path"));
    if (!vm::is_list(path)) return;
    vm::List* list = vm::as_list(path);
    list->append(interp, vm::Str::make(interp, first)->value());
    const char* pythonpath = std::getenv("PYTHONPATH");
    if (!pythonpath) return;
    std::string_view rest(pythonpath);
    while (!rest.empty()) {
        const size_t colon = rest.find(':');
        const std::string_view entry = rest.substr(0, colon);
        if (!entry.empty()) list->append(interp, vm::Str::make(interp, entry)->value());
        if (colon == std::string_view::npos) break;
        rest.remove_prefix(colon + 1);
    }
}

} // namespace coil::api
