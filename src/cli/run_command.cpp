// `coil FILE args...` and `coil -c CODE args...`: run a program as `python3` would.
#include "cli/commands.hpp"

#include "aio/runtime.hpp"
#include "coil/coil.hpp"
#include "vm/signals.hpp"

#include <csignal>
#include <filesystem>

namespace coil::cli {

namespace {

// CPython 3.11 shows a script's path joined to the working directory, without normalising it.
std::string script_path(const std::string& path) {
    if (!path.empty() && path[0] == '/') return path;
    std::error_code ec;
    std::string cwd = std::filesystem::current_path(ec).string();
    if (ec) return path;
    if (cwd.empty() || cwd.back() != '/') cwd += '/';
    return cwd + path;
}

} // namespace

int command_run(const std::vector<std::string>& argv, const std::string* code,
                bool virtual_time) {
    Runtime runtime(argv);
    vm::install_sigint_handler();
    if (virtual_time) aio::runtime(runtime.interpreter()).virtual_time = true;
    const int status =
        code ? runtime.run_string(*code, "<string>") : runtime.run_file(script_path(argv[0]));
    if (runtime.interrupted()) {
        // Like CPython: an uncaught KeyboardInterrupt ends the process by SIGINT.
        std::signal(SIGINT, SIG_DFL);
        std::raise(SIGINT);
    }
    return status;
}

} // namespace coil::cli
