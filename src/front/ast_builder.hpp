// The grammar's semantic actions: each builds one AST node in the arena, so actions stay
// one-liners. Errors CPython's parser reports while building nodes are recorded in the state.
#pragma once
#include "front/ast.hpp"
#include "front/parse_state.hpp"
#include "front/parse_types.hpp"

#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace coil::front {

class AstBuilder {
public:
    explicit AstBuilder(ParseState& state) : state_(state), arena_(state.arena) {}

    // Roots.
    void finish_module(const std::vector<ast::Stmt*>& body);
    void finish_expression(ast::Expr* body);
    ast::Expr* expression() const { return expression_; }

    // Statements.
    void append(std::vector<ast::Stmt*>& to, const std::vector<ast::Stmt*>& more);
    ast::Stmt* simple(ast::StmtKind kind, Span span);
    // CPython ends a block at its last token, which may be a trailing ';' after the statement.
    void ends_with_semicolon(ast::Stmt* last, Span semicolon);
    ast::Stmt* expr_stmt(ast::Expr* value, Span span);
    ast::Stmt* expr_or_assign(const std::vector<ast::Expr*>& chain, Span span);
    ast::Stmt* aug_assign(ast::Expr* target, ast::Operator op, ast::Expr* value, Span span);
    ast::Stmt* ann_assign(ast::Expr* target, ast::Expr* annotation, ast::Expr* value, Span span);
    ast::Stmt* del(const std::vector<ast::Expr*>& targets, Span span);
    ast::Stmt* return_stmt(ast::Expr* value, Span span);
    ast::Stmt* raise(ast::Expr* exc, ast::Expr* cause, Span span);
    ast::Stmt* import(const std::vector<ast::Alias*>& names, Span span);
    ast::Stmt* import_from(std::string_view module, int level,
                           const std::vector<ast::Alias*>& names, Span span);
    ast::Alias* alias(std::string_view name, std::string_view asname, Span span);
    std::string_view dotted(std::string_view left, std::string_view right);
    ast::Stmt* global(ast::StmtKind kind, const std::vector<std::string_view>& names, Span span);
    ast::Stmt* assert_stmt(ast::Expr* test, ast::Expr* msg, Span span);
    ast::Stmt* make_async(ast::Stmt* stmt, Span span);
    ast::Stmt* decorate(const std::vector<ast::Expr*>& decorators, ast::Stmt* def);
    ast::Stmt* funcdef(std::string_view name, Span name_span, const std::vector<ParamItem>& params,
                       ast::Expr* returns, const std::vector<ast::Stmt*>& body, Span span);
    ast::Arg* arg(std::string_view name, ast::Expr* annotation, Span span);
    // A lambda parameter: a bare name, maybe with a default.
    ParamItem param(ParamKind kind, std::string_view name, Span name_span, ast::Expr* default_value,
                    Span span);
    ast::Stmt* classdef(std::string_view name, Span name_span, const std::vector<CallArg>& args,
                        const std::vector<ast::Stmt*>& body, Span span);
    ast::Stmt* if_stmt(ast::Expr* test, const std::vector<ast::Stmt*>& body,
                       const std::vector<ast::Stmt*>& orelse, Span span);
    ast::Stmt* while_stmt(ast::Expr* test, const std::vector<ast::Stmt*>& body,
                          const std::vector<ast::Stmt*>& orelse, Span span);
    ast::Stmt* for_stmt(ast::Expr* target, ast::Expr* iter, const std::vector<ast::Stmt*>& body,
                        const std::vector<ast::Stmt*>& orelse, Span span);
    ast::Stmt* try_stmt(const std::vector<ast::Stmt*>& body,
                        const std::vector<HandlerItem>& handlers,
                        const std::vector<ast::Stmt*>& orelse,
                        const std::vector<ast::Stmt*>& finalbody, Span span);
    HandlerItem handler(bool star, ast::Expr* type, std::string_view name,
                        const std::vector<ast::Stmt*>& body, Span span);
    ast::Stmt* with_stmt(const std::vector<ast::WithItem>& items,
                         const std::vector<ast::Stmt*>& body, Span span);

    // The match statement and its patterns (pattern_builder.cpp).
    ast::Stmt* match_stmt(ast::Expr* subject, const std::vector<ast::MatchCase*>& cases, Span span);
    ast::MatchCase* match_case(ast::Pattern* pattern, ast::Expr* guard,
                               const std::vector<ast::Stmt*>& body);
    ast::Pattern* match_sequence(const std::vector<ast::Pattern*>& patterns, Span span);
    ast::Pattern* match_as(ast::Pattern* pattern, std::string_view name, Span name_span, Span span);
    ast::Pattern* match_or(const std::vector<ast::Pattern*>& patterns, Span span);
    ast::Pattern* match_star(std::string_view name, Span span);
    ast::Pattern* literal_pattern(ast::Expr* value, Span span);
    // A capture (`x`), the wildcard (`_`) or a value pattern (`Color.RED`).
    ast::Pattern* name_pattern(ast::Expr* name_or_attr, Span span);
    ast::Pattern* class_pattern(ast::Expr* cls, const std::vector<PatternArg>& args, Span span);
    ast::Pattern* match_mapping(const std::vector<MappingItem>& items, std::string_view rest,
                                Span rest_span, Span span);
    // `-1+2j` and `1-2j` in patterns: a real part, then an imaginary one.
    ast::Expr* complex_literal(ast::Expr* real, ast::Operator op, ast::Expr* imag, Span span);
    // A mapping key that is a name must be a dotted one (a value, not a capture); CPython
    // reports a bare name at the ':' after it.
    bool mapping_key(ast::Expr* key, Span colon);

    // Expressions.
    ast::Expr* store(ast::Expr* target);
    ast::Expr* named(ast::Expr* target, ast::Expr* value, Span span);
    ast::Expr* if_exp(ast::Expr* test, ast::Expr* body, ast::Expr* orelse, Span span);
    ast::Expr* lambda(const std::vector<ParamItem>& params, ast::Expr* body, Span span);
    ast::Expr* bool_op(ast::BoolOpKind op, const std::vector<ast::Expr*>& values, Span span);
    ast::Expr* unary(ast::UnaryOpKind op, ast::Expr* operand, Span span);
    ast::Expr* compare(ast::Expr* left, const std::vector<CompareItem>& rest, Span span);
    ast::Expr* starred(ast::Expr* value, Span span);
    ast::Expr* bin(ast::Expr* left, ast::Operator op, ast::Expr* right, Span span);
    ast::Expr* await(ast::Expr* value, Span span);
    ast::Expr* attribute(ast::Expr* value, std::string_view attr, Span span);
    // `parens` is the span of the call's parentheses, empty when the arguments end in a comma.
    ast::Expr* call(ast::Expr* func, const std::vector<CallArg>& args, Span parens, Span span);
    ast::Expr* subscript(ast::Expr* value, ast::Expr* slice, Span span);
    ast::Expr* slice(ast::Expr* lower, ast::Expr* upper, ast::Expr* step, Span span);
    ast::Expr* name(std::string_view id, Span span);
    ast::Expr* constant(ast::ConstantKind kind, Span span);
    ast::Expr* strings(const std::vector<Span>& pieces, Span span);
    ast::Expr* group(ast::Expr* inner);
    ast::Expr* tuple(const std::vector<ast::Expr*>& elts, Span span);
    ast::Expr* list(const std::vector<ast::Expr*>& elts, Span span);
    ast::Expr* set(const std::vector<ast::Expr*>& elts, Span span);
    ast::Expr* dict(const std::vector<DictItem>& items, Span span);
    ast::Expr* comp(ast::ExprKind kind, ast::Expr* elt, ast::Expr* value,
                    const std::vector<ast::Comprehension*>& generators, Span span);
    ast::Expr* genexp(ast::Expr* elt, const std::vector<ast::Comprehension*>& generators,
                      Span span);
    ast::Comprehension* comprehension(ast::Expr* target, ast::Expr* iter, bool is_async);
    void add_if(std::vector<ast::Comprehension*>& generators, ast::Expr* condition);
    ast::Expr* maybe_tuple(const std::vector<ast::Expr*>& elts, bool trailing_comma, Span span);
    ast::Expr* yield(ast::Expr* value, Span span);
    ast::Expr* yield_from(ast::Expr* value, Span span);

    // Records a syntax error found while building (the action then aborts the parse).
    bool fail(std::string message, Span span);

private:
    template <class T> T* node(Span span) {
        T* n = arena_.make<T>();
        n->span = span;
        return n;
    }
    template <class T> ast::Seq<T> seq(const std::vector<T>& items) {
        ast::Seq<T> s;
        s.size = static_cast<uint32_t>(items.size());
        s.data = arena_.make_array<T>(items.size());
        for (size_t i = 0; i < items.size(); ++i) s.data[i] = items[i];
        return s;
    }
    void set_context(ast::Expr* e, ast::ExprContext ctx);
    // Records how deep `parent` nests over its children; too deep an expression is an error.
    ast::Expr* nest(ast::Expr* parent, std::initializer_list<const ast::Expr*> children);
    ast::Expr* nest(ast::Expr* parent, const std::vector<ast::Expr*>& children);
    void check_depth(ast::Expr* parent, int depth);
    ast::Expr* make_comp(ast::ExprKind kind, ast::Expr* elt, ast::Expr* value,
                         const std::vector<ast::Comprehension*>& generators, Span span);
    Span block(Span head, const std::vector<ast::Stmt*>& body) const;
    ast::Arguments* arguments(const std::vector<ParamItem>& params, bool lambda);
    bool split_call_args(const std::vector<CallArg>& args, Span parens, ast::Seq<ast::Expr*>& out,
                         ast::Seq<ast::Keyword*>& keywords);
    uint32_t find_char(uint32_t from, char c) const;

    ParseState& state_;
    Arena& arena_;
    ast::Expr* expression_ = nullptr;
    std::unordered_map<const ast::Stmt*, uint32_t> semicolon_end_;
};

} // namespace coil::front
