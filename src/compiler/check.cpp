// `check_source`: every compile-time check, in the order CPython reports them.
#include "compiler/check.hpp"

#include "common/arena.hpp"
#include "compiler/symtable.hpp"
#include "front/parse.hpp"
#include "front/source_encoding.hpp"
#include "front/validate.hpp"

namespace coil::compiler {

// Parser (lexer included) errors come first, then the validator's in source order, then the
// symbol table's, then compile.c's placement rules (which build_symtable also runs).
std::optional<SyntaxDiagnostic> check_source(const SourceFile& file) {
    SourceFile decoded = file;
    if (auto err = front::decode_source(decoded)) return err;
    Arena arena;
    front::ParseResult parsed = front::parse(decoded, front::ParseMode::File, arena);
    if (parsed.error) return parsed.error;
    if (!parsed.module) return SyntaxDiagnostic{SyntaxErrorKind::SyntaxError, "invalid syntax", {}};
    if (auto err = front::validate(*parsed.module)) return err;
    SymbolTable table;
    return build_symtable(*parsed.module, decoded, table);
}

} // namespace coil::compiler
