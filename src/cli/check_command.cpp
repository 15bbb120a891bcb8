// `coil --check FILE...`: report each file's first compile-time error as `python3 FILE` would.
#include "cli/commands.hpp"

#include "common/diagnostic.hpp"
#include "common/source_file.hpp"
#include "compiler/check.hpp"
#include "compiler/symtable.hpp"
#include "front/source_encoding.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>

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

bool check_one(const std::string& path) {
    const std::string shown = script_path(path);
    errno = 0;
    std::optional<SourceFile> read = SourceFile::read(path);
    if (!read || std::filesystem::is_directory(path)) {
        const int err = errno ? errno : ENOENT;
        std::fprintf(stderr, "coil: can't open file '%s': [Errno %d] %s\n", shown.c_str(), err,
                     std::strerror(err));
        return false;
    }
    SourceFile file(shown, std::string(read->text()));
    const std::optional<SyntaxDiagnostic> error = compiler::check_source(file);
    if (!error) return true;
    // Spans refer to the decoded text, so render against it.
    SourceFile decoded = file;
    if (front::decode_source(decoded)) decoded = file;
    const std::string text = render_syntax_error(decoded, *error);
    std::fwrite(text.data(), 1, text.size(), stderr);
    return false;
}

} // namespace

int command_check(const std::vector<std::string>& files) {
    bool ok = true;
    for (const std::string& path : files) ok = check_one(path) && ok;
    return ok ? 0 : 1;
}

} // namespace coil::cli
