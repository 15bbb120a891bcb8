// The front half of the pipeline: decode, parse, validate, symbol table, compile.
#pragma once
#include "common/code_unit.hpp"
#include "common/diagnostic.hpp"
#include "common/source_file.hpp"
#include "front/parse.hpp"

#include <memory>
#include <optional>

namespace coil::api {

struct Compiled {
    std::unique_ptr<CodeUnit> code;        // null on error
    std::optional<SyntaxDiagnostic> error; // spans refer to `file` as decoded
};

// Decodes `file` in place (PEP 263) and compiles it as module code.
Compiled compile_source(std::shared_ptr<SourceFile> file);

// Compiles `file` parsed in `mode` (File for exec, Expression for eval, Interactive for
// 'single'); with `decode`, first decodes it in place as compile_source does.
Compiled compile_source(std::shared_ptr<SourceFile> file, front::ParseMode mode, bool decode);

} // namespace coil::api
