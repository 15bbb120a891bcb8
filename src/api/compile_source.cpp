// compile_source: every compile-time stage, in CPython's order, stopping at the first error.
#include "api/compile_source.hpp"

#include "common/arena.hpp"
#include "compiler/compiler.hpp"
#include "compiler/symtable.hpp"
#include "front/source_encoding.hpp"
#include "front/validate.hpp"

namespace coil::api {

Compiled compile_source(std::shared_ptr<SourceFile> file) {
    return compile_source(std::move(file), front::ParseMode::File, true);
}

Compiled compile_source(std::shared_ptr<SourceFile> file, front::ParseMode mode, bool decode) {
    if (decode) {
        if (auto error = front::decode_source(*file)) return Compiled{nullptr, error};
    }
    Arena arena;
    front::ParseResult parsed = front::parse(*file, mode, arena);
    if (parsed.error) return Compiled{nullptr, parsed.error};
    if (auto error = front::validate(*parsed.module)) return Compiled{nullptr, error};
    compiler::SymbolTable table;
    if (auto error = compiler::build_symtable(*parsed.module, *file, table)) {
        return Compiled{nullptr, error};
    }
    compiler::CompileResult result = compiler::compile_module(*parsed.module, table, file);
    return Compiled{std::move(result.code), result.error};
}

} // namespace coil::api
