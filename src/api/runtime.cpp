// coil::Runtime: runs programs as CPython's `python3 file` does, down to the exit status.
#include "coil/coil.hpp"

#include "api/compile_source.hpp"
#include "api/vm_hooks.hpp"
#include "modules/core_modules.hpp"
#include "vm/call.hpp"
#include "vm/code.hpp"
#include "vm/coroutine_never_awaited.hpp"
#include "vm/dict.hpp"
#include "vm/exception.hpp"
#include "vm/int.hpp"
#include "vm/interpreter.hpp"
#include "vm/load.hpp"
#include "vm/module.hpp"
#include "vm/ops.hpp"
#include "vm/str.hpp"
#include "vm/text_stream.hpp"
#include "vm/traceback.hpp"
#include "vm/type.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace coil {

namespace {

// CPython's handle_system_exit: None is 0, an int is the status, anything else is printed
// to stderr and gives 1.
int system_exit_status(vm::Interpreter& interp, vm::Value exc) {
    vm::Value code = vm::ops::get_attr(interp, exc, interp.names.code);
    if (code.is_error()) {
        interp.clear_pending();
        return 1;
    }
    if (code.is_none()) return 0;
    if (code.is_bool()) return code.is_true() ? 1 : 0;
    if (vm::is_int(code)) {
        int64_t status = 0;
        if (vm::int_to_int64(code, &status)) return static_cast<int>(status & 0xFF);
        return -1 & 0xFF;
    }
    vm::Str* text = vm::ops::str(interp, code);
    if (!text) {
        interp.clear_pending();
        return 1;
    }
    interp.stderr_stream->write(interp, std::string(text->view()) + "\n");
    return 1;
}

int report(vm::Interpreter& interp, vm::Value result, bool& interrupted) {
    if (!result.is_error()) {
        interp.flush_output();
        return 0;
    }
    vm::Value exc = interp.take_pending();
    int status = 1;
    if (vm::is_instance(interp, exc, interp.exceptions.system_exit)) {
        status = system_exit_status(interp, exc);
    } else {
        vm::print_exception(interp, exc);
        interrupted = vm::is_instance(interp, exc, interp.exceptions.keyboard_interrupt);
    }
    interp.flush_output();
    return status;
}

int run(vm::Interpreter& interp, std::shared_ptr<SourceFile> file, bool& interrupted) {
    api::Compiled compiled = api::compile_source(file);
    if (compiled.error) {
        interp.flush_output();
        const std::string text = render_syntax_error(*file, *compiled.error);
        interp.stderr_stream->write(interp, text);
        interp.flush_output();
        return 1;
    }
    vm::Module* main = vm::Module::make(interp, interp.names.main);
    vm::register_module(interp, main);
    // A script's namespace as CPython fills it, in the same order.
    auto set = [&](const char* name, vm::Value v) {
        main->dict->set(interp, interp.intern(name), v);
    };
    set("__package__", vm::Value::none());
    set("__loader__", vm::Value::none());
    set("__spec__", vm::Value::none());
    set("__annotations__", vm::Dict::make(interp)->value());
    set("__builtins__", interp.builtins_module->value());
    if (file->name().empty() || file->name()[0] != '<') {
        set("__file__", vm::Str::make(interp, file->name())->value());
        set("__cached__", vm::Value::none());
    }
    vm::CodeObject* code = vm::load_code(interp, *compiled.code);
    if (!code) return report(interp, vm::Value::error(), interrupted);
    const int status = report(interp, vm::run_module_code(interp, code, main->dict), interrupted);
    vm::report_coroutines_never_awaited_at_exit(interp);
    return status;
}

} // namespace

Runtime::Runtime(std::vector<std::string> argv) : interp_(std::make_unique<vm::Interpreter>()) {
    modules::open_core_modules(*interp_, argv);
    api::install_vm_hooks(*interp_);
}

Runtime::~Runtime() = default;

int Runtime::run_file(const std::string& path) {
    errno = 0;
    std::optional<SourceFile> read = SourceFile::read(path);
    if (!read || std::filesystem::is_directory(path)) {
        const int err = errno ? errno : ENOENT;
        const std::string text = "coil: can't open file '" + path + "': [Errno " +
                                 std::to_string(err) + "] " + std::strerror(err) + "\n";
        interp_->stderr_stream->write(*interp_, text);
        interp_->flush_output();
        return 2;
    }
    // sys.path[0] is the script's directory, symbolic links resolved, as CPython sets it.
    std::error_code ec;
    const std::filesystem::path real = std::filesystem::canonical(path, ec);
    api::init_sys_path(*interp_, (ec ? std::filesystem::path(path) : real).parent_path().string());
    return run(*interp_, std::make_shared<SourceFile>(std::move(*read)), interrupted_);
}

int Runtime::run_string(const std::string& source, const std::string& filename) {
    api::init_sys_path(*interp_, "");
    return run(*interp_, std::make_shared<SourceFile>(filename, source), interrupted_);
}

} // namespace coil
