// coil's embedding API: make an interpreter, run Python source in it, get the exit status.
#pragma once
#include <memory>
#include <string>
#include <vector>

namespace coil {

namespace vm {
class Interpreter;
}

// One independent Python world. Programs run as `__main__`; output goes to the process's
// stdout and stderr, uncaught exceptions are printed there as CPython prints them.
class Runtime {
public:
    // `argv` becomes sys.argv.
    explicit Runtime(std::vector<std::string> argv);
    ~Runtime();
    Runtime(const Runtime&) = delete;
    Runtime& operator=(const Runtime&) = delete;

    // Runs the file at `path` (shown in tracebacks as given, which should be absolute).
    // Returns the exit status CPython's `python3 path` would have: 0, 1 after an uncaught
    // exception or a SyntaxError, SystemExit's code, or 2 when the file cannot be read.
    int run_file(const std::string& path);
    // Runs `source` as a program named `filename` ("<string>" for -c).
    int run_string(const std::string& source, const std::string& filename);

    // The last program ended with an uncaught KeyboardInterrupt (status 1). CPython's
    // command line then dies by SIGINT, which a host may want to imitate.
    bool interrupted() const { return interrupted_; }

    vm::Interpreter& interpreter() { return *interp_; }

private:
    std::unique_ptr<vm::Interpreter> interp_;
    bool interrupted_ = false;
};

} // namespace coil
