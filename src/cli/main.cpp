// coil's entry point: parses the command line and hands over to a command.
#include "cli/commands.hpp"

#include <cstdio>
#include <cstring>
#include <malloc.h>
#include <string>
#include <vector>

namespace {

const char* const usage =
    "usage: coil [option] ... [-c cmd | file] [arg] ...\n"
    "  -c cmd       run the program passed in as a string\n"
    "  --check F... check files for every error compile() reports, without running them\n"
    "  --ast F      print the syntax tree of F as ast.dump() does\n"
    "  --ast-positions F  the same, with include_attributes=True\n"
    "  --dis F      print the bytecode of F\n"
    "  --virtual-time  run asyncio's event loops on a virtual clock (sleeps take no time)\n"
    "  --version    print the version and exit\n";

int missing_argument(const char* option) {
    std::fprintf(stderr, "Argument expected for the %s option\n%s", option, usage);
    return 2;
}

} // namespace

int main(int argc, char** argv) {
    using namespace coil::cli;
    // glibc raises its mmap threshold each time a large block is freed, after which big
    // buffers (a drained ready queue, a grown list) come from the brk heap and are never given
    // back. A fixed threshold keeps them mapped, so freeing them lowers the resident size.
    // The command line owns the process; an embedding host keeps its own malloc settings.
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
    if (argc < 2) {
        std::fputs(usage, stderr);
        return 2;
    }
    // --virtual-time goes before the program, like python3's own options.
    bool virtual_time = false;
    if (std::strcmp(argv[1], "--virtual-time") == 0) {
        virtual_time = true;
        --argc;
        ++argv;
        if (argc < 2) {
            std::fputs(usage, stderr);
            return 2;
        }
    }
    const std::string first = argv[1];
    if (first == "--version" || first == "-V") {
        std::puts("coil 0.1.0 (Python 3.11)");
        return 0;
    }
    if (first == "-h" || first == "--help") {
        std::fputs(usage, stdout);
        return 0;
    }
    if (first == "--check") {
        if (argc < 3) return missing_argument("--check");
        return command_check(std::vector<std::string>(argv + 2, argv + argc));
    }
    if (first == "--ast-positions") {
        if (argc != 3) return missing_argument(argv[1]);
        return command_ast_positions(argv[2]);
    }
    if (first == "--ast" || first == "--dis") {
        if (argc != 3) return missing_argument(argv[1]);
        return first == "--ast" ? command_ast(argv[2]) : command_dis(argv[2]);
    }
    if (first == "-c") {
        if (argc < 3) return missing_argument("-c");
        std::string code = argv[2];
        std::vector<std::string> args{"-c"};
        args.insert(args.end(), argv + 3, argv + argc);
        return command_run(args, &code, virtual_time);
    }
    if (first.size() > 1 && first[0] == '-') {
        std::fprintf(stderr, "Unknown option: %s\n%s", argv[1], usage);
        return 2;
    }
    return command_run(std::vector<std::string>(argv + 1, argv + argc), nullptr, virtual_time);
}
