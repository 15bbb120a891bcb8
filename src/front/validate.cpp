// The validator: CPython's pegen "invalid_*" rules, applied to the AST after a successful parse.
#include "front/validate.hpp"

#include "front/ast_operands.hpp"

#include <algorithm>
#include <cstdint>
#include <string>

namespace coil::front {

namespace {

using namespace coil::ast;

enum class Targets : uint8_t { Store, Delete, For };

// _PyPegen_get_expr_name: how CPython names an expression in its messages.
const char* expr_name(const Expr* e) {
    switch (e->kind) {
    case ExprKind::Attribute:
        return "attribute";
    case ExprKind::Subscript:
        return "subscript";
    case ExprKind::Starred:
        return "starred";
    case ExprKind::Name:
        return "name";
    case ExprKind::List:
        return "list";
    case ExprKind::Tuple:
        return "tuple";
    case ExprKind::Lambda:
        return "lambda";
    case ExprKind::Call:
        return "function call";
    case ExprKind::BoolOp:
    case ExprKind::BinOp:
    case ExprKind::UnaryOp:
        return "expression";
    case ExprKind::GeneratorExp:
        return "generator expression";
    case ExprKind::Yield:
    case ExprKind::YieldFrom:
        return "yield expression";
    case ExprKind::Await:
        return "await expression";
    case ExprKind::ListComp:
        return "list comprehension";
    case ExprKind::SetComp:
        return "set comprehension";
    case ExprKind::DictComp:
        return "dict comprehension";
    case ExprKind::Dict:
        return "dict literal";
    case ExprKind::Set:
        return "set display";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue:
        return "f-string expression";
    case ExprKind::Constant:
        switch (e->as<Constant>()->value_kind) {
        case ConstantKind::None:
            return "None";
        case ConstantKind::True:
            return "True";
        case ConstantKind::False:
            return "False";
        case ConstantKind::Ellipsis:
            return "ellipsis";
        default:
            return "literal";
        }
    case ExprKind::Compare:
        return "comparison";
    case ExprKind::IfExp:
        return "conditional expression";
    case ExprKind::NamedExpr:
        return "named expression";
    case ExprKind::Slice:
        return "slice";
    }
    return "expression";
}

// _PyPegen_get_invalid_target: the first part of a would-be target that cannot be bound.
const Expr* invalid_target(const Expr* e, Targets kind) {
    if (!e) return nullptr;
    switch (e->kind) {
    case ExprKind::List:
        for (const Expr* elt : e->as<List>()->elts)
            if (const Expr* bad = invalid_target(elt, kind)) return bad;
        return nullptr;
    case ExprKind::Tuple:
        for (const Expr* elt : e->as<Tuple>()->elts)
            if (const Expr* bad = invalid_target(elt, kind)) return bad;
        return nullptr;
    case ExprKind::Starred:
        if (kind == Targets::Delete) return e;
        return invalid_target(e->as<Starred>()->value, kind);
    case ExprKind::Name:
    case ExprKind::Subscript:
    case ExprKind::Attribute:
        return nullptr;
    default:
        return e;
    }
}

bool is_singleton(const Expr* e) {
    const auto* c = e->as<Constant>();
    return c && (c->value_kind == ConstantKind::None || c->value_kind == ConstantKind::True ||
                 c->value_kind == ConstantKind::False);
}

// Whether pegen could parse `e` as a `bitwise_or`, the operand of its "Maybe you meant '=='"
// rules: anything but comparisons, boolean operators, `not`, conditionals and lambdas, unless
// parenthesised.
bool is_bitwise_or(const Expr* e) {
    if (e->parenthesized) return true;
    switch (e->kind) {
    case ExprKind::Compare:
    case ExprKind::BoolOp:
    case ExprKind::IfExp:
    case ExprKind::Lambda:
    case ExprKind::NamedExpr:
    case ExprKind::Starred:
    case ExprKind::Yield:
    case ExprKind::YieldFrom:
        return false;
    case ExprKind::UnaryOp:
        return e->as<UnaryOp>()->op != UnaryOpKind::Not;
    case ExprKind::Tuple:
        return false;
    default:
        return true;
    }
}

// The leftmost `bitwise_or` at the start of `e`, which is where pegen's match ends.
const Expr* leading_bitwise_or(const Expr* e) {
    while (e && !is_bitwise_or(e)) {
        switch (e->kind) {
        case ExprKind::Compare:
            e = e->as<Compare>()->left;
            break;
        case ExprKind::BoolOp:
            e = e->as<BoolOp>()->values[0];
            break;
        case ExprKind::IfExp:
            e = e->as<IfExp>()->body;
            break;
        case ExprKind::Tuple:
            e = e->as<Tuple>()->elts.empty() ? nullptr : e->as<Tuple>()->elts[0];
            break;
        default:
            return nullptr;
        }
    }
    return e;
}

class Validator {
public:
    std::optional<SyntaxDiagnostic> run(const Module& module) {
        if (module.expression) {
            visit_expr(module.expression);
        } else {
            visit_body(module.body);
        }
        return error_;
    }

private:
    bool failed() const { return error_.has_value(); }
    void fail(std::string message, Span span) {
        if (!error_)
            error_ = SyntaxDiagnostic{SyntaxErrorKind::SyntaxError, std::move(message), span};
    }

    void check_target(const Expr* target, Targets kind) {
        if (failed() || !target) return;
        if (const Expr* bad = invalid_target(target, kind)) {
            const char* verb = kind == Targets::Delete ? "cannot delete " : "cannot assign to ";
            fail(std::string(verb) + expr_name(bad), bad->span);
        }
    }

    // invalid_assignment and invalid_named_expression for `targets = value`.
    void check_assign(const Assign* a) {
        for (const Expr* t : a->targets) {
            if (t->is<Yield>() && !t->parenthesized)
                return fail("assignment to yield expression not possible", t->span);
            if (invalid_target(t, Targets::Store)) break;
        }
        const Expr* first_bad = nullptr;
        for (const Expr* t : a->targets) {
            if ((first_bad = invalid_target(t, Targets::Store))) break;
        }
        if (!first_bad) return;
        if (a->targets.size == 1 && is_bitwise_or(a->value) && !a->value->is<Yield>()) {
            const Expr* target = a->targets[0];
            const Expr* last = target;
            if (const auto* tuple = target->as<Tuple>();
                tuple && !target->parenthesized) {
                last = tuple->elts[tuple->elts.size - 1];
            } else if ((target->is<Tuple>() || target->is<List>())) {
                last = nullptr;
            }
            const Expr* value = leading_bitwise_or(a->value);
            if (last && value && last->is<Name>() && last != target) {
                return fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                            Span{last->span.begin, value->span.end});
            }
            if (last && value && !is_singleton(last) && is_bitwise_or(last) &&
                !last->is<Starred>() && !last->is<Name>()) {
                return fail(std::string("cannot assign to ") + expr_name(last) +
                                " here. Maybe you meant '==' instead of '='?",
                            last->span);
            }
        }
        fail(std::string("cannot assign to ") + expr_name(first_bad), first_bad->span);
    }

    void check_ann_assign(const AnnAssign* a) {
        const Expr* t = a->target;
        if (const auto* tuple = t->as<Tuple>()) {
            const Span at = t->parenthesized || tuple->elts.empty()
                                ? t->span
                                : tuple->elts[0]->span;
            return fail("only single target (not tuple) can be annotated", at);
        }
        if (t->is<List>()) return fail("only single target (not list) can be annotated", t->span);
        if (!t->is<Name>() && !t->is<Attribute>() && !t->is<Subscript>())
            fail("illegal target for annotation", t->span);
    }

    // ---- statements ---------------------------------------------------------------------------

    void visit_body(const Seq<Stmt*>& body) {
        for (const Stmt* s : body) {
            if (failed()) return;
            visit_stmt(s);
        }
    }

    void visit_exprs(const Seq<Expr*>& exprs) {
        for (const Expr* e : exprs) visit_expr(e);
    }

    void visit_arguments(const Arguments* a) {
        if (!a) return;
        for (const Arg* arg : a->posonlyargs) visit_expr(arg->annotation);
        for (const Arg* arg : a->args) visit_expr(arg->annotation);
        visit_exprs(a->defaults);
        if (a->vararg) visit_expr(a->vararg->annotation);
        for (const Arg* arg : a->kwonlyargs) visit_expr(arg->annotation);
        visit_exprs(a->kw_defaults);
        if (a->kwarg) visit_expr(a->kwarg->annotation);
    }

    struct Depth {
        explicit Depth(int& d) : depth(d) { ++depth; }
        ~Depth() { --depth; }
        int& depth;
    };
    bool too_deep(Span at) {
        if (depth_ <= max_nesting_depth) return false;
        fail(nesting_error, at);
        return true;
    }

    void visit_stmt(const Stmt* s) {
        const Depth depth(depth_);
        if (too_deep(s->span)) return;
        switch (s->kind) {
        case StmtKind::FunctionDef:
        case StmtKind::AsyncFunctionDef: {
            const auto* f = s->as<FunctionDef>();
            visit_exprs(f->decorator_list);
            visit_arguments(f->args);
            visit_expr(f->returns);
            visit_body(f->body);
            break;
        }
        case StmtKind::ClassDef: {
            const auto* c = s->as<ClassDef>();
            visit_exprs(c->decorator_list);
            visit_exprs(c->bases);
            for (const Keyword* k : c->keywords) visit_expr(k->value);
            visit_body(c->body);
            break;
        }
        case StmtKind::Return:
            visit_expr(s->as<Return>()->value);
            break;
        case StmtKind::Delete:
            for (const Expr* t : s->as<Delete>()->targets) check_target(t, Targets::Delete);
            visit_exprs(s->as<Delete>()->targets);
            break;
        case StmtKind::Assign: {
            const auto* a = s->as<Assign>();
            check_assign(a);
            visit_exprs(a->targets);
            visit_expr(a->value);
            break;
        }
        case StmtKind::AugAssign: {
            const auto* a = s->as<AugAssign>();
            const Expr* t = a->target;
            if (!t->is<Name>() && !t->is<Attribute>() && !t->is<Subscript>()) {
                return fail(std::string("'") + expr_name(t) +
                                "' is an illegal expression for augmented assignment",
                            t->span);
            }
            visit_expr(t);
            visit_expr(a->value);
            break;
        }
        case StmtKind::AnnAssign: {
            const auto* a = s->as<AnnAssign>();
            check_ann_assign(a);
            visit_expr(a->target);
            visit_expr(a->annotation);
            visit_expr(a->value);
            break;
        }
        case StmtKind::For:
        case StmtKind::AsyncFor: {
            const auto* f = s->as<For>();
            check_target(f->target, Targets::For);
            visit_expr(f->target);
            visit_expr(f->iter);
            visit_body(f->body);
            visit_body(f->orelse);
            break;
        }
        case StmtKind::While: {
            const auto* w = s->as<While>();
            visit_expr(w->test);
            visit_body(w->body);
            visit_body(w->orelse);
            break;
        }
        case StmtKind::If: {
            const auto* i = s->as<If>();
            visit_expr(i->test);
            visit_body(i->body);
            visit_body(i->orelse);
            break;
        }
        case StmtKind::With:
        case StmtKind::AsyncWith: {
            const auto* w = s->as<With>();
            for (const WithItem& item : w->items) {
                visit_expr(item.context_expr);
                check_target(item.optional_vars, Targets::Store);
                visit_expr(item.optional_vars);
            }
            visit_body(w->body);
            break;
        }
        case StmtKind::Raise:
            visit_expr(s->as<Raise>()->exc);
            visit_expr(s->as<Raise>()->cause);
            break;
        case StmtKind::Try:
        case StmtKind::TryStar: {
            const auto* t = s->as<Try>();
            visit_body(t->body);
            for (const ExceptHandler* h : t->handlers) {
                visit_expr(h->type);
                visit_body(h->body);
            }
            visit_body(t->orelse);
            visit_body(t->finalbody);
            break;
        }
        case StmtKind::Assert:
            visit_expr(s->as<Assert>()->test);
            visit_expr(s->as<Assert>()->msg);
            break;
        case StmtKind::ExprStmt:
            visit_expr(s->as<ExprStmt>()->value);
            break;
        case StmtKind::Import:
        case StmtKind::ImportFrom:
        case StmtKind::Global:
        case StmtKind::Nonlocal:
        case StmtKind::Pass:
        case StmtKind::Break:
        case StmtKind::Continue:
            break;
        case StmtKind::Match: {
            const auto* m = s->as<Match>();
            visit_expr(m->subject);
            for (const MatchCase* c : m->cases) {
                visit_pattern(c->pattern);
                visit_expr(c->guard);
                visit_body(c->body);
            }
            break;
        }
        }
    }

    void visit_patterns(const Seq<Pattern*>& patterns) {
        for (const Pattern* p : patterns) visit_pattern(p);
    }

    void visit_pattern(const Pattern* p) {
        switch (p->kind) {
        case PatternKind::MatchValue:
            visit_expr(p->as<MatchValue>()->value);
            break;
        case PatternKind::MatchSingleton:
        case PatternKind::MatchStar:
            break;
        case PatternKind::MatchSequence:
            visit_patterns(p->as<MatchSequence>()->patterns);
            break;
        case PatternKind::MatchMapping:
            visit_exprs(p->as<MatchMapping>()->keys);
            visit_patterns(p->as<MatchMapping>()->patterns);
            break;
        case PatternKind::MatchClass:
            visit_expr(p->as<MatchClass>()->cls);
            visit_patterns(p->as<MatchClass>()->patterns);
            visit_patterns(p->as<MatchClass>()->kwd_patterns);
            break;
        case PatternKind::MatchAs:
            if (p->as<MatchAs>()->pattern) visit_pattern(p->as<MatchAs>()->pattern);
            break;
        case PatternKind::MatchOr:
            visit_patterns(p->as<MatchOr>()->patterns);
            break;
        }
    }

    // ---- expressions --------------------------------------------------------------------------

    void visit_generators(const Seq<Comprehension*>& generators) {
        for (const Comprehension* g : generators) {
            check_target(g->target, Targets::For);
            visit_expr(g->target);
            visit_expr(g->iter);
            visit_exprs(g->ifs);
        }
    }

    void visit_comprehension(const Expr* elt, const Seq<Comprehension*>& generators) {
        if (elt->is<Starred>())
            return fail("iterable unpacking cannot be used in comprehension", elt->span);
        visit_expr(elt);
        visit_generators(generators);
    }

    static Span genexp_range(const GeneratorExp* g) {
        // Pegen reports from the element to the last `for` or `if` clause.
        const Comprehension* last = g->generators[g->generators.size - 1];
        const Expr* end = last->ifs.empty() ? last->iter : last->ifs[last->ifs.size - 1];
        return Span{g->elt->span.begin, end->span.end};
    }

    void check_call(const Call* c) {
        const uint32_t count = c->args.size + c->keywords.size;
        uint32_t first_keyword = UINT32_MAX;
        uint32_t first_unpack = UINT32_MAX;
        for (const Keyword* k : c->keywords) {
            first_keyword = std::min(first_keyword, k->span.begin);
            if (k->arg.empty()) first_unpack = std::min(first_unpack, k->span.begin);
        }
        for (const Expr* arg : c->args) {
            if (const auto* g = arg->as<GeneratorExp>();
                g && count > 1 && !arg->parenthesized)
                return fail("Generator expression must be parenthesized", genexp_range(g));
            const uint32_t at = arg->span.begin;
            if (arg->is<Starred>()) {
                if (at > first_unpack) {
                    return fail("iterable argument unpacking follows keyword argument unpacking",
                                Span{at, at + 1});
                }
                continue;
            }
            if (at > first_keyword) {
                const bool unpacking = first_unpack < at;
                const Span close{c->span.end - 1, c->span.end};
                return fail(unpacking ? "positional argument follows keyword argument unpacking"
                                      : "positional argument follows keyword argument",
                            close);
            }
        }
    }

    void visit_expr(const Expr* e) {
        if (failed() || !e) return;
        const Depth depth(depth_);
        if (too_deep(e->span)) return;
        const auto visit = [this](const Expr* child) { visit_expr(child); };
        switch (e->kind) {
        case ExprKind::NamedExpr: {
            const auto* n = e->as<NamedExpr>();
            if (!n->target->is<Name>()) {
                return fail(std::string("cannot use assignment expressions with ") +
                                expr_name(n->target),
                            n->target->span);
            }
            visit_expr(n->value);
            break;
        }
        case ExprKind::Lambda:
            visit_arguments(e->as<Lambda>()->args);
            visit_expr(e->as<Lambda>()->body);
            break;
        case ExprKind::IfExp:
            visit_expr(e->as<IfExp>()->body);
            visit_expr(e->as<IfExp>()->test);
            visit_expr(e->as<IfExp>()->orelse);
            break;
        case ExprKind::Dict: {
            const auto* d = e->as<Dict>();
            for (uint32_t i = 0; i < d->values.size; ++i) {
                if (i < d->keys.size) visit_expr(d->keys[i]);
                visit_expr(d->values[i]);
            }
            break;
        }
        case ExprKind::ListComp:
            visit_comprehension(e->as<ListComp>()->elt, e->as<ListComp>()->generators);
            break;
        case ExprKind::SetComp:
            visit_comprehension(e->as<SetComp>()->elt, e->as<SetComp>()->generators);
            break;
        case ExprKind::GeneratorExp:
            visit_comprehension(e->as<GeneratorExp>()->elt, e->as<GeneratorExp>()->generators);
            break;
        case ExprKind::DictComp:
            visit_expr(e->as<DictComp>()->key);
            visit_expr(e->as<DictComp>()->value);
            visit_generators(e->as<DictComp>()->generators);
            break;
        case ExprKind::Call:
            for_each_operand(e, visit);
            if (!failed()) check_call(e->as<Call>());
            break;
        default:
            for_each_operand(e, visit);
            break;
        }
    }

    int depth_ = 0;
    std::optional<SyntaxDiagnostic> error_;
};

} // namespace

std::optional<SyntaxDiagnostic> validate(const ast::Module& module) {
    Validator validator;
    return validator.run(module);
}

} // namespace coil::front
