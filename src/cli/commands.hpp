// The command-line program's commands, one per file, so each can be tested in-process.
#pragma once
#include <string>
#include <vector>

namespace coil::cli {

// `coil --check FILE...`: every compile-time check, no execution. Prints the first error of
// each failing file in CPython's format; returns 1 if any failed.
int command_check(const std::vector<std::string>& files);

// `coil --ast FILE`: the AST as Python's ast.dump() prints it.
int command_ast(const std::string& file);
// `coil --ast-positions FILE`: the same with ast.dump(include_attributes=True).
int command_ast_positions(const std::string& file);

// `coil --dis FILE`: the bytecode of every code object.
int command_dis(const std::string& file);

// `coil FILE args...` and `coil -c CODE args...`: run a program. argv[0] is what sys.argv[0]
// will be; `code` is the program text for -c, empty for a file. With `virtual_time` the
// asyncio event loops run on a virtual clock: sleeps take no wall time.
int command_run(const std::vector<std::string>& argv, const std::string* code,
                bool virtual_time = false);

} // namespace coil::cli
