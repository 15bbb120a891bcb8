// The symbol-table pass: which names are local, global, free or cell in each scope, plus the
// compile-time errors CPython's symtable.c and future.c report.
#pragma once
#include "common/diagnostic.hpp"
#include "common/source_file.hpp"
#include "front/ast.hpp"

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace coil::compiler {

enum class ScopeKind : uint8_t { Module, Class, Function, Lambda, Comprehension };

// How a name is reached at run time (CPython's LOCAL / GLOBAL_EXPLICIT / GLOBAL_IMPLICIT /
// FREE / CELL).
enum class Binding : uint8_t { Local, GlobalExplicit, GlobalImplicit, Free, Cell };

enum SymbolFlag : uint16_t {
    DefLocal = 1 << 0,    // assigned, def/class name, for/with/except target (not imports)
    DefGlobal = 1 << 1,   // declared `global`
    DefNonlocal = 1 << 2, // declared `nonlocal`
    DefParam = 1 << 3,    // a parameter
    Use = 1 << 4,         // read somewhere in this scope
    DefImport = 1 << 5,
    DefAnnotated = 1 << 6, // has an annotation in this scope (`x: int`)
    DefCompIter = 1 << 7,  // a comprehension's iteration variable
    // Class scope only: the name is bound in the class body and also passed through to a
    // method as a free variable of an enclosing function (CPython's DEF_FREE_CLASS).
    DefFreeClass = 1 << 8,
};

struct Symbol {
    std::string_view name;
    uint16_t flags = 0;
    Binding binding = Binding::Local;
};

struct Scope {
    ScopeKind kind = ScopeKind::Module;
    std::string_view name;         // function/class name; "<lambda>", "<listcomp>", "<genexpr>"...
    std::string qualname;          // as __qualname__ will be: "C.f.<locals>.g"
    std::string_view private_name; // innermost enclosing class: names like __x are mangled
    const void* node = nullptr;    // the ast node that opened the scope (nullptr for the module)
    Scope* parent = nullptr;
    std::vector<Scope*> children; // in source order

    std::vector<Symbol> symbols; // first-seen order
    std::unordered_map<std::string_view, uint32_t> index;

    // Function-like scopes: parameters first, in co_varnames order (positional-only, positional,
    // keyword-only, *args, **kwargs; comprehensions have the implicit ".0"), then the other
    // non-cell locals in first-seen order, like co_varnames. Names are mangled (`__x` in class C
    // is `_C__x`).
    std::vector<std::string_view> varnames;
    // Locals captured by inner scopes, as co_cellvars: cell parameters first, then sorted.
    std::vector<std::string_view> cellvars;
    std::vector<std::string_view> freevars; // names captured from outer scopes (sorted)

    uint32_t argcount = 0; // positional parameters, positional-only included
    uint32_t posonlyargcount = 0;
    uint32_t kwonlyargcount = 0;
    bool has_varargs = false;
    bool has_varkeywords = false;
    bool is_generator = false;       // contains yield / yield from
    bool is_coroutine = false;       // async def, or a comprehension containing await
    bool needs_class_cell = false;   // class body whose methods use super() or __class__
    bool annotations_future = false; // module: from __future__ import annotations

    const Symbol* lookup(std::string_view name) const {
        auto it = index.find(name);
        return it == index.end() ? nullptr : &symbols[it->second];
    }
};

class SymbolTable {
public:
    Scope* module() const { return module_; }
    // The scope opened by a FunctionDef, ClassDef, Lambda or comprehension node.
    Scope* scope_of(const void* node) const {
        auto it = by_node_.find(node);
        return it == by_node_.end() ? nullptr : it->second;
    }

    // Used by the builder.
    Scope* new_scope(ScopeKind kind, const void* node, Scope* parent);
    // Keeps a string (a mangled name) alive as long as the table.
    std::string_view store(std::string text);

private:
    std::vector<std::unique_ptr<Scope>> scopes_;
    std::deque<std::string> strings_;
    std::unordered_map<const void*, Scope*> by_node_;
    Scope* module_ = nullptr;
};

using ast::max_nesting_depth;

// CPython's _Py_Mangle: `__x` inside class `_C` becomes `_C__x`; dunder names are left alone.
std::string mangle(std::string_view private_name, std::string_view name);

// Builds the table for a validated module. On error returns CPython's diagnostic, checking in
// CPython's order: __future__ rules (future.c), then the symbol table (symtable.c), then the
// placement rules compile.c enforces ("'return' outside function", "'break' outside loop",
// "'await' outside async function", ...), so a caller that gets no error can generate code.
std::optional<SyntaxDiagnostic> build_symtable(const ast::Module& module, const SourceFile& file,
                                               SymbolTable& out);

} // namespace coil::compiler
