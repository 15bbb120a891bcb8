// `coil --dis FILE`: compile a file and print the disassembly of every code object.
#include "cli/commands.hpp"

#include "api/compile_source.hpp"
#include "common/source_file.hpp"
#include "compiler/disassembler.hpp"

#include <cstdio>
#include <cstring>
#include <memory>

namespace coil::cli {

int command_dis(const std::string& path) {
    std::optional<SourceFile> read = SourceFile::read(path);
    if (!read) {
        std::fprintf(stderr, "coil: can't open file '%s': [Errno 2] %s\n", path.c_str(),
                     std::strerror(ENOENT));
        return 2;
    }
    auto file = std::make_shared<SourceFile>(std::move(*read));
    api::Compiled compiled = api::compile_source(file);
    if (compiled.error) {
        const std::string text = render_syntax_error(*file, *compiled.error);
        std::fwrite(text.data(), 1, text.size(), stderr);
        return 1;
    }
    const std::string text = compiler::disassemble(*compiled.code);
    std::fwrite(text.data(), 1, text.size(), stdout);
    return 0;
}

} // namespace coil::cli
