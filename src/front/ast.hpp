// The abstract syntax tree: CPython 3.11's Python.asdl, node for node, allocated in an Arena.
//
// Names and fields follow Python's `ast` module so that `coil --ast` can print exactly what
// `ast.dump(ast.parse(src))` prints and CPython can write the parser's golden files.
// Every node carries a byte Span; line and column are derived only for messages.
// Nodes are trivially destructible: sequences are arena arrays (Seq), strings are views into
// the arena or the source.
#pragma once
#include "common/span.hpp"

#include <cstdint>
#include <string_view>

namespace coil::ast {

// An arena-allocated array. Empty sequences have data == nullptr.
template <class T> struct Seq {
    T* data = nullptr;
    uint32_t size = 0;

    T* begin() const { return data; }
    T* end() const { return data + size; }
    T& operator[](uint32_t i) const { return data[i]; }
    bool empty() const { return size == 0; }
};

using Identifier = std::string_view; // empty means "absent" where the field is optional

// ---------------------------------------------------------------------------------------------
// Operators and contexts
// ---------------------------------------------------------------------------------------------

enum class ExprContext : uint8_t { Load, Store, Del };
enum class BoolOpKind : uint8_t { And, Or };
// ORDER OPERATORS: the VM's binary-operator table follows this order.
enum class Operator : uint8_t {
    Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv
};
enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };
enum class CmpOp : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

// ---------------------------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------------------------

enum class ExprKind : uint8_t {
    BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp, DictComp,
    GeneratorExp, Await, Yield, YieldFrom, Compare, Call, FormattedValue, JoinedStr, Constant,
    Attribute, Subscript, Starred, Name, List, Tuple, Slice
};

// How deep statements and expressions may nest before the compile-time passes give up the way
// CPython's symtable does (its recursion limit times 3, counting each statement and expression),
// instead of overflowing the C++ stack; the error is coil::nesting_error.
inline constexpr int max_nesting_depth = 3000;

struct Expr {
    ExprKind kind;
    // Written in parentheses in the source: the validator needs it ("(a) = 1" is fine,
    // "(a, b): int" is not) and so do some messages.
    bool parenthesized = false;
    // Nesting depth of this subtree; the parser rejects trees deeper than CPython compiles, so
    // recursive passes over the AST stay within the C++ stack.
    uint16_t depth = 1;
    Span span;

    template <class T> bool is() const { return kind == T::Kind; }
    template <class T> T* as() { return kind == T::Kind ? static_cast<T*>(this) : nullptr; }
    template <class T> const T* as() const {
        return kind == T::Kind ? static_cast<const T*>(this) : nullptr;
    }
};

struct Arguments;
struct Comprehension;
struct Keyword;

#define COIL_EXPR(name)                                                                            \
    static constexpr ExprKind Kind = ExprKind::name;                                               \
    name() : Expr{ExprKind::name, false, 1, {}} {}

struct BoolOp : Expr {
    COIL_EXPR(BoolOp)
    BoolOpKind op{};
    Seq<Expr*> values;
};
struct NamedExpr : Expr {
    COIL_EXPR(NamedExpr)
    Expr* target = nullptr;
    Expr* value = nullptr;
};
struct BinOp : Expr {
    COIL_EXPR(BinOp)
    Expr* left = nullptr;
    Operator op{};
    Expr* right = nullptr;
};
struct UnaryOp : Expr {
    COIL_EXPR(UnaryOp)
    UnaryOpKind op{};
    Expr* operand = nullptr;
};
struct Lambda : Expr {
    COIL_EXPR(Lambda)
    Arguments* args = nullptr;
    Expr* body = nullptr;
};
struct IfExp : Expr {
    COIL_EXPR(IfExp)
    Expr* test = nullptr;
    Expr* body = nullptr;
    Expr* orelse = nullptr;
};
struct Dict : Expr {
    COIL_EXPR(Dict)
    Seq<Expr*> keys; // a nullptr key is a `**mapping` entry
    Seq<Expr*> values;
};
struct Set : Expr {
    COIL_EXPR(Set)
    Seq<Expr*> elts;
};
struct ListComp : Expr {
    COIL_EXPR(ListComp)
    Expr* elt = nullptr;
    Seq<Comprehension*> generators;
};
struct SetComp : Expr {
    COIL_EXPR(SetComp)
    Expr* elt = nullptr;
    Seq<Comprehension*> generators;
};
struct DictComp : Expr {
    COIL_EXPR(DictComp)
    Expr* key = nullptr;
    Expr* value = nullptr;
    Seq<Comprehension*> generators;
};
struct GeneratorExp : Expr {
    COIL_EXPR(GeneratorExp)
    Expr* elt = nullptr;
    Seq<Comprehension*> generators;
};
struct Await : Expr {
    COIL_EXPR(Await)
    Expr* value = nullptr;
};
struct Yield : Expr {
    COIL_EXPR(Yield)
    Expr* value = nullptr; // optional
};
struct YieldFrom : Expr {
    COIL_EXPR(YieldFrom)
    Expr* value = nullptr;
};
struct Compare : Expr {
    COIL_EXPR(Compare)
    Expr* left = nullptr;
    Seq<CmpOp> ops;
    Seq<Expr*> comparators;
};
struct Call : Expr {
    COIL_EXPR(Call)
    Expr* func = nullptr;
    Seq<Expr*> args; // may contain Starred
    Seq<Keyword*> keywords;
};
struct FormattedValue : Expr {
    COIL_EXPR(FormattedValue)
    Expr* value = nullptr;
    int conversion = -1;          // -1, 's' (115), 'r' (114) or 'a' (97), as in CPython
    Expr* format_spec = nullptr;  // optional JoinedStr
};
struct JoinedStr : Expr {
    COIL_EXPR(JoinedStr)
    Seq<Expr*> values; // Constant(str) and FormattedValue
};

enum class ConstantKind : uint8_t { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes };

struct Constant : Expr {
    COIL_EXPR(Constant)
    ConstantKind value_kind = ConstantKind::None;
    // Int: `small` when it fits in int64_t, otherwise `text` holds its decimal digits.
    bool big = false;
    int64_t small = 0;
    // Float: the value; Complex: the imaginary part (literals are always pure imaginary).
    double number = 0.0;
    // Str: the decoded value in UTF-8 (lone surrogates from '\ud800' escapes are encoded as
    // three-byte sequences, WTF-8 style). Bytes: the raw bytes.
    std::string_view text;
    bool u_prefix = false; // u'...' literal: ast.dump shows kind='u'
};

struct Attribute : Expr {
    COIL_EXPR(Attribute)
    Expr* value = nullptr;
    Identifier attr;
    ExprContext ctx = ExprContext::Load;
};
struct Subscript : Expr {
    COIL_EXPR(Subscript)
    Expr* value = nullptr;
    Expr* slice = nullptr;
    ExprContext ctx = ExprContext::Load;
};
struct Starred : Expr {
    COIL_EXPR(Starred)
    Expr* value = nullptr;
    ExprContext ctx = ExprContext::Load;
};
struct Name : Expr {
    COIL_EXPR(Name)
    Identifier id;
    ExprContext ctx = ExprContext::Load;
};
struct List : Expr {
    COIL_EXPR(List)
    Seq<Expr*> elts;
    ExprContext ctx = ExprContext::Load;
};
struct Tuple : Expr {
    COIL_EXPR(Tuple)
    Seq<Expr*> elts;
    ExprContext ctx = ExprContext::Load;
};
struct Slice : Expr {
    COIL_EXPR(Slice)
    Expr* lower = nullptr;
    Expr* upper = nullptr;
    Expr* step = nullptr;
};

#undef COIL_EXPR

// ---------------------------------------------------------------------------------------------
// Helper records
// ---------------------------------------------------------------------------------------------

struct Comprehension {
    Expr* target = nullptr;
    Expr* iter = nullptr;
    Seq<Expr*> ifs;
    bool is_async = false;
    Span span;
};

struct Arg {
    Identifier arg;
    Expr* annotation = nullptr;
    Span span;
};

struct Arguments {
    Seq<Arg*> posonlyargs;
    Seq<Arg*> args;
    Arg* vararg = nullptr;
    Seq<Arg*> kwonlyargs;
    Seq<Expr*> kw_defaults; // one per kwonlyarg; nullptr where there is no default
    Arg* kwarg = nullptr;
    Seq<Expr*> defaults;    // for the last len(defaults) of posonlyargs + args
};

struct Keyword {
    Identifier arg; // empty for `**mapping`
    Expr* value = nullptr;
    Span span;
};

struct Alias {
    Identifier name;   // dotted for `import a.b.c`; "*" for `from m import *`
    Identifier asname; // empty when absent
    Span span;
};

struct WithItem {
    Expr* context_expr = nullptr;
    Expr* optional_vars = nullptr;
};

struct Stmt;

struct ExceptHandler {
    Expr* type = nullptr;
    Identifier name;
    Seq<Stmt*> body;
    Span span;
};

// ---------------------------------------------------------------------------------------------
// Patterns (the `case` clauses of a `match` statement)
// ---------------------------------------------------------------------------------------------

enum class PatternKind : uint8_t {
    MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass, MatchStar, MatchAs,
    MatchOr
};

struct Pattern {
    PatternKind kind;
    Span span;

    template <class T> bool is() const { return kind == T::Kind; }
    template <class T> T* as() { return kind == T::Kind ? static_cast<T*>(this) : nullptr; }
    template <class T> const T* as() const {
        return kind == T::Kind ? static_cast<const T*>(this) : nullptr;
    }
};

#define COIL_PATTERN(name)                                                                         \
    static constexpr PatternKind Kind = PatternKind::name;                                         \
    name() : Pattern{PatternKind::name, {}} {}

struct MatchValue : Pattern {
    COIL_PATTERN(MatchValue)
    Expr* value = nullptr;
};
// `None`, `True` or `False`, compared by identity.
struct MatchSingleton : Pattern {
    COIL_PATTERN(MatchSingleton)
    ConstantKind value = ConstantKind::None;
};
struct MatchSequence : Pattern {
    COIL_PATTERN(MatchSequence)
    Seq<Pattern*> patterns; // at most one MatchStar
};
struct MatchMapping : Pattern {
    COIL_PATTERN(MatchMapping)
    Seq<Expr*> keys;
    Seq<Pattern*> patterns;
    Identifier rest; // `**rest`; empty when absent
};
struct MatchClass : Pattern {
    COIL_PATTERN(MatchClass)
    Expr* cls = nullptr;
    Seq<Pattern*> patterns;
    Seq<Identifier> kwd_attrs;
    Seq<Pattern*> kwd_patterns;
};
struct MatchStar : Pattern {
    COIL_PATTERN(MatchStar)
    Identifier name; // empty for `*_`
};
// A capture (`x`), the wildcard (`_`, both fields empty) or `pattern as name`.
struct MatchAs : Pattern {
    COIL_PATTERN(MatchAs)
    Pattern* pattern = nullptr;
    Identifier name;
};
struct MatchOr : Pattern {
    COIL_PATTERN(MatchOr)
    Seq<Pattern*> patterns;
};

#undef COIL_PATTERN

struct MatchCase {
    Pattern* pattern = nullptr;
    Expr* guard = nullptr;
    Seq<Stmt*> body;
};

// ---------------------------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------------------------

enum class StmtKind : uint8_t {
    FunctionDef, AsyncFunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For,
    AsyncFor, While, If, With, AsyncWith, Raise, Try, TryStar, Assert, Import, ImportFrom,
    Global, Nonlocal, ExprStmt, Pass, Break, Continue, Match
};

struct Stmt {
    StmtKind kind;
    Span span;

    // as<FunctionDef>() also matches AsyncFunctionDef (they share a layout); likewise For,
    // With and Try.
    template <class T> bool is() const { return T::matches(kind); }
    template <class T> T* as() { return T::matches(kind) ? static_cast<T*>(this) : nullptr; }
    template <class T> const T* as() const {
        return T::matches(kind) ? static_cast<const T*>(this) : nullptr;
    }
};

#define COIL_STMT(name)                                                                            \
    static constexpr StmtKind Kind = StmtKind::name;                                               \
    static bool matches(StmtKind k) { return k == Kind; }                                          \
    name() : Stmt{StmtKind::name, {}} {}

// FunctionDef and AsyncFunctionDef share one layout; `kind` tells them apart.
struct FunctionDef : Stmt {
    static constexpr StmtKind Kind = StmtKind::FunctionDef;
    static bool matches(StmtKind k) { return k == StmtKind::FunctionDef || k == StmtKind::AsyncFunctionDef; }
    explicit FunctionDef(bool is_async = false)
        : Stmt{is_async ? StmtKind::AsyncFunctionDef : StmtKind::FunctionDef, {}} {}
    bool is_async() const { return kind == StmtKind::AsyncFunctionDef; }
    Identifier name;
    Arguments* args = nullptr;
    Seq<Stmt*> body;
    Seq<Expr*> decorator_list;
    Expr* returns = nullptr;
    Span name_span;
};
struct ClassDef : Stmt {
    COIL_STMT(ClassDef)
    Identifier name;
    Seq<Expr*> bases;
    Seq<Keyword*> keywords;
    Seq<Stmt*> body;
    Seq<Expr*> decorator_list;
    Span name_span;
};
struct Return : Stmt {
    COIL_STMT(Return)
    Expr* value = nullptr;
};
struct Delete : Stmt {
    COIL_STMT(Delete)
    Seq<Expr*> targets;
};
struct Assign : Stmt {
    COIL_STMT(Assign)
    Seq<Expr*> targets;
    Expr* value = nullptr;
};
struct AugAssign : Stmt {
    COIL_STMT(AugAssign)
    Expr* target = nullptr;
    Operator op{};
    Expr* value = nullptr;
};
struct AnnAssign : Stmt {
    COIL_STMT(AnnAssign)
    Expr* target = nullptr;
    Expr* annotation = nullptr;
    Expr* value = nullptr;
    bool simple = false; // a bare, unparenthesised Name target
};
// For and AsyncFor share one layout.
struct For : Stmt {
    static constexpr StmtKind Kind = StmtKind::For;
    static bool matches(StmtKind k) { return k == StmtKind::For || k == StmtKind::AsyncFor; }
    explicit For(bool is_async = false) : Stmt{is_async ? StmtKind::AsyncFor : StmtKind::For, {}} {}
    bool is_async() const { return kind == StmtKind::AsyncFor; }
    Expr* target = nullptr;
    Expr* iter = nullptr;
    Seq<Stmt*> body;
    Seq<Stmt*> orelse;
};
struct While : Stmt {
    COIL_STMT(While)
    Expr* test = nullptr;
    Seq<Stmt*> body;
    Seq<Stmt*> orelse;
};
struct If : Stmt {
    COIL_STMT(If)
    Expr* test = nullptr;
    Seq<Stmt*> body;
    Seq<Stmt*> orelse;
};
// With and AsyncWith share one layout.
struct With : Stmt {
    static constexpr StmtKind Kind = StmtKind::With;
    static bool matches(StmtKind k) { return k == StmtKind::With || k == StmtKind::AsyncWith; }
    explicit With(bool is_async = false)
        : Stmt{is_async ? StmtKind::AsyncWith : StmtKind::With, {}} {}
    bool is_async() const { return kind == StmtKind::AsyncWith; }
    Seq<WithItem> items;
    Seq<Stmt*> body;
};
struct Raise : Stmt {
    COIL_STMT(Raise)
    Expr* exc = nullptr;
    Expr* cause = nullptr;
};
// Try and TryStar (`except*`) share one layout.
struct Try : Stmt {
    static constexpr StmtKind Kind = StmtKind::Try;
    static bool matches(StmtKind k) { return k == StmtKind::Try || k == StmtKind::TryStar; }
    explicit Try(bool star = false) : Stmt{star ? StmtKind::TryStar : StmtKind::Try, {}} {}
    bool is_star() const { return kind == StmtKind::TryStar; }
    Seq<Stmt*> body;
    Seq<ExceptHandler*> handlers;
    Seq<Stmt*> orelse;
    Seq<Stmt*> finalbody;
};
struct Assert : Stmt {
    COIL_STMT(Assert)
    Expr* test = nullptr;
    Expr* msg = nullptr;
};
struct Import : Stmt {
    COIL_STMT(Import)
    Seq<Alias*> names;
};
struct ImportFrom : Stmt {
    COIL_STMT(ImportFrom)
    Identifier module; // empty for `from . import x`
    Seq<Alias*> names;
    int level = 0;
};
struct Global : Stmt {
    COIL_STMT(Global)
    Seq<Identifier> names;
};
struct Nonlocal : Stmt {
    COIL_STMT(Nonlocal)
    Seq<Identifier> names;
};
// Python's `Expr` statement; renamed so it does not collide with the expression base class.
struct ExprStmt : Stmt {
    COIL_STMT(ExprStmt)
    Expr* value = nullptr;
};
struct Pass : Stmt {
    COIL_STMT(Pass)
};
struct Break : Stmt {
    COIL_STMT(Break)
};
struct Continue : Stmt {
    COIL_STMT(Continue)
};
struct Match : Stmt {
    COIL_STMT(Match)
    Expr* subject = nullptr;
    Seq<MatchCase*> cases;
};

#undef COIL_STMT

// ---------------------------------------------------------------------------------------------
// Roots
// ---------------------------------------------------------------------------------------------

enum class ModuleKind : uint8_t { Module, Expression, Interactive };

// Module(body), Expression(body) with `expression` set, or Interactive(body).
struct Module {
    ModuleKind kind = ModuleKind::Module;
    Seq<Stmt*> body;
    Expr* expression = nullptr;
};

} // namespace coil::ast
