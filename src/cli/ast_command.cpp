// `coil --ast FILE` and `coil --ast-positions FILE`: the syntax tree as ast.dump() prints it.
#include "cli/commands.hpp"
#include "common/arena.hpp"
#include "common/diagnostic.hpp"
#include "common/source_file.hpp"
#include "front/ast_dump.hpp"
#include "front/parse.hpp"
#include "front/source_encoding.hpp"

#include <cstdio>

namespace coil::cli {

namespace {

int dump(const std::string& path, bool positions) {
    std::optional<SourceFile> file = SourceFile::read(path);
    if (!file) {
        std::fprintf(stderr, "coil: can't open file '%s': [Errno 2] No such file or directory\n",
                     path.c_str());
        return 2;
    }
    if (auto err = front::decode_source(*file)) {
        std::fputs(render_syntax_error(*file, *err).c_str(), stderr);
        return 1;
    }
    Arena arena;
    const front::ParseResult result = front::parse(*file, front::ParseMode::File, arena);
    if (!result.module) {
        std::fputs(render_syntax_error(*file, *result.error).c_str(), stderr);
        return 1;
    }
    std::string out = front::dump_ast(*result.module, *file, positions);
    out += '\n';
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}

} // namespace

int command_ast(const std::string& file) {
    return dump(file, false);
}

int command_ast_positions(const std::string& file) {
    return dump(file, true);
}

} // namespace coil::cli
