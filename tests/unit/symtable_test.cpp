// Symbol-table tests: coil's scopes and code layout against what CPython 3.11 wrote
// (tools/gen_symtable_golden.py), plus the symtable and compile.c errors.
#include "common/arena.hpp"
#include "compiler/symtable.hpp"
#include "front/parse.hpp"
#include "front/validate.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace coil::compiler {
namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buf;
    buf << in.rdbuf();
    return buf.str();
}

std::string join(const std::vector<std::string_view>& names) {
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i) out += ',';
        out += names[i];
    }
    return out;
}

const char* binding_name(Binding b) {
    switch (b) {
    case Binding::Local:
        return "local";
    case Binding::GlobalExplicit:
        return "global_explicit";
    case Binding::GlobalImplicit:
        return "global_implicit";
    case Binding::Free:
        return "free";
    case Binding::Cell:
        return "cell";
    }
    return "?";
}

std::string table_name(const Scope& s) {
    if (s.kind == ScopeKind::Module) return "top";
    std::string_view n = s.name;
    if (n.size() > 2 && n.front() == '<' && n.back() == '>') n = n.substr(1, n.size() - 2);
    return std::string(n);
}

void dump_scope(const Scope& s, std::vector<std::string>& out) {
    std::vector<const Symbol*> symbols;
    for (const Symbol& sym : s.symbols) symbols.push_back(&sym);
    std::sort(symbols.begin(), symbols.end(),
              [](const Symbol* a, const Symbol* b) { return a->name < b->name; });
    std::string line = std::string("scope ") +
                       (s.kind == ScopeKind::Module  ? "module"
                        : s.kind == ScopeKind::Class ? "class"
                                                     : "function") +
                       " " + table_name(s) + ":";
    static const std::pair<uint16_t, char> letters[] = {
        {DefParam, 'P'},  {DefLocal, 'L'},     {DefGlobal, 'G'},   {DefNonlocal, 'N'}, {Use, 'U'},
        {DefImport, 'I'}, {DefAnnotated, 'A'}, {DefCompIter, 'C'}, {DefFreeClass, 'K'}};
    for (const Symbol* sym : symbols) {
        line += ' ';
        line += sym->name;
        line += '=';
        line += binding_name(sym->binding);
        line += '/';
        for (const auto& [bit, letter] : letters)
            if (sym->flags & bit) line += letter;
    }
    if (symbols.empty()) line += " ";
    out.push_back(line);

    const uint32_t nparams =
        s.argcount + s.kwonlyargcount + (s.has_varargs ? 1 : 0) + (s.has_varkeywords ? 1 : 0);
    std::vector<std::string_view> params(
        s.varnames.begin(), s.varnames.begin() + std::min<size_t>(nparams, s.varnames.size()));
    std::vector<std::string_view> others(s.varnames.begin() + params.size(), s.varnames.end());
    std::sort(others.begin(), others.end());
    const char* kind = s.is_generator && s.is_coroutine ? "asyncgen"
                       : s.is_coroutine                 ? "coro"
                       : s.is_generator                 ? "gen"
                                                        : "plain";
    std::ostringstream code;
    code << "code " << s.qualname << ": args=" << s.argcount << "/" << s.posonlyargcount << "/"
         << s.kwonlyargcount << " varargs=" << s.has_varargs << " varkw=" << s.has_varkeywords
         << " kind=" << kind << " params=" << join(params) << " locals=" << join(others)
         << " cells=" << join(s.cellvars) << " frees=" << join(s.freevars);
    out.push_back(code.str());
    for (const Scope* child : s.children) dump_scope(*child, out);
}

std::string dump(const std::string& name, const std::string& source) {
    SourceFile file(name, source);
    Arena arena;
    front::ParseResult parsed = front::parse(file, front::ParseMode::File, arena);
    if (parsed.error) return "parse error: " + parsed.error->message;
    if (auto err = front::validate(*parsed.module)) return "validate error: " + err->message;
    SymbolTable table;
    if (auto err = build_symtable(*parsed.module, file, table)) return "error: " + err->message;
    std::vector<std::string> lines;
    dump_scope(*table.module(), lines);
    std::sort(lines.begin(), lines.end());
    std::string out;
    for (const std::string& l : lines) out += l + "\n";
    return out;
}

class SymtableGolden : public testing::TestWithParam<const char*> {};

TEST_P(SymtableGolden, MatchesCPython) {
    const std::string base = std::string(COIL_TEST_DATA_DIR) + "/unit/symtable_data/" + GetParam();
    EXPECT_EQ(dump(GetParam(), read_file(base + ".py")), read_file(base + ".golden"));
}

INSTANTIATE_TEST_SUITE_P(Files, SymtableGolden,
                         testing::Values("basics", "closures", "classes", "comprehensions",
                                         "generators", "annotations"));

struct ErrorCase {
    const char* source;
    const char* message;
    uint32_t begin, end; // byte span CPython reports (offset - 1, end_offset - 1)
};

std::optional<SyntaxDiagnostic> first_error(const std::string& source) {
    SourceFile file("t.py", source);
    Arena arena;
    front::ParseResult parsed = front::parse(file, front::ParseMode::File, arena);
    if (parsed.error) return parsed.error;
    if (auto err = front::validate(*parsed.module)) return err;
    SymbolTable table;
    return build_symtable(*parsed.module, file, table);
}

// Messages and columns below were taken from python3.11's compile() on the same sources.
TEST(Symtable, Errors) {
    const ErrorCase cases[] = {
        {"def f(a, b, a):\n    pass\n", "duplicate argument 'a' in function definition", 12, 13},
        {"def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration",
         23, 31},
        {"def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 13, 23},
        {"nonlocal x\n", "nonlocal declaration not allowed at module level", 0, 10},
        {"y = [(x := 1) for x in w]\n",
         "assignment expression cannot rebind comprehension iteration variable 'x'", 6, 7},
        {"x = 1\nreturn x\n", "'return' outside function", 6, 14},
        {"def f():\n    await x\n", "'await' outside async function", 13, 20},
        {"for a in b:\n    pass\nelse:\n    break\n", "'break' outside loop", 31, 36},
        {"f(a=1, b=2, a=3)\n", "keyword argument repeated: a", 12, 15},
    };
    for (const ErrorCase& c : cases) {
        const auto err = first_error(c.source);
        ASSERT_TRUE(err.has_value()) << c.source;
        EXPECT_EQ(err->message, c.message) << c.source;
        EXPECT_EQ(err->span.begin, c.begin) << c.source;
        EXPECT_EQ(err->span.end, c.end) << c.source;
    }
}

// CPython 3.11 compiles `x = a+a+...+a` with 2998 operators and raises RecursionError at 2999;
// far deeper input must give that error rather than overflow the C++ stack.
TEST(Symtable, DeepNestingIsAnErrorNotACrash) {
    std::string source = "x = ";
    for (int i = 0; i < 2500; ++i) source += "a+";
    EXPECT_FALSE(first_error(source + "a\n").has_value());
    for (int i = 0; i < 100000; ++i) source += "a+";
    const auto err = first_error(source + "a\n");
    ASSERT_TRUE(err.has_value());
    EXPECT_EQ(err->message, nesting_error);
}

TEST(Symtable, MangledNamesAndQualnames) {
    SourceFile file("t.py", "class _C:\n    __x = 1\n    def m(self):\n        return self.__x\n");
    Arena arena;
    front::ParseResult parsed = front::parse(file, front::ParseMode::File, arena);
    ASSERT_FALSE(parsed.error);
    SymbolTable table;
    ASSERT_FALSE(build_symtable(*parsed.module, file, table));
    const Scope* cls = table.module()->children.at(0);
    EXPECT_NE(cls->lookup("_C__x"), nullptr);
    EXPECT_EQ(cls->children.at(0)->qualname, "_C.m");
    EXPECT_EQ(mangle("_C", "__x"), "_C__x");
    EXPECT_EQ(mangle("C", "__x__"), "__x__");
    EXPECT_EQ(mangle("___", "__x"), "__x");
}

} // namespace
} // namespace coil::compiler
