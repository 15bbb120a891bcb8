// compile.c's own errors, found by walking the AST in the order CPython generates code.
#include "compiler/compile_rules.hpp"

#include "compiler/pattern_rules.hpp"
#include "front/ast_operands.hpp"

#include <string>
#include <vector>

namespace coil::compiler {

namespace {

using namespace coil::ast;

// compile.c's frame blocks that matter for errors: loops stop `break`, except* handlers
// reject it, and every block counts towards CO_MAXBLOCKS.
enum class Block : uint8_t { Loop, ExceptStar, Other };

constexpr size_t max_blocks = 20;

class RuleChecker {
public:
    RuleChecker(const SymbolTable& table, const SourceFile& file, uint32_t future_line)
        : table_(table), file_(file), future_line_(future_line) {}

    std::optional<SyntaxDiagnostic> run(const Module& module) {
        Unit unit{table_.module(), false, {}};
        units_.push_back(std::move(unit));
        if (module.expression) {
            visit_expr(module.expression);
        } else {
            visit_body(module.body);
        }
        return error_;
    }

private:
    struct Unit {
        const Scope* scope;
        bool async_function;
        std::vector<Block> blocks;
    };

    bool failed() const { return error_.has_value(); }
    void fail(std::string message, Span span) {
        if (!error_)
            error_ = SyntaxDiagnostic{SyntaxErrorKind::SyntaxError, std::move(message), span};
    }

    Unit& unit() { return units_.back(); }
    bool in_function() const {
        const ScopeKind k = units_.back().scope->kind;
        return k == ScopeKind::Function || k == ScopeKind::Lambda || k == ScopeKind::Comprehension;
    }

    bool push_block(Block b, Span at) {
        if (unit().blocks.size() >= max_blocks) {
            fail("too many statically nested blocks", at);
            return false;
        }
        unit().blocks.push_back(b);
        return true;
    }
    void pop_block() { unit().blocks.pop_back(); }

    void enter(const void* node, bool async_function) {
        const Scope* s = table_.scope_of(node);
        units_.push_back(Unit{s ? s : unit().scope, async_function, {}});
    }
    void leave() { units_.pop_back(); }

    // compiler_unwind_fblock_stack: true when a loop encloses the statement.
    bool unwind(Span at, bool want_loop) {
        const auto& blocks = unit().blocks;
        for (size_t i = blocks.size(); i-- > 0;) {
            if (blocks[i] == Block::ExceptStar) {
                fail("'break', 'continue' and 'return' cannot appear in an except* block", at);
                return false;
            }
            if (want_loop && blocks[i] == Block::Loop) return true;
        }
        return false;
    }

    void forbidden_store(std::string_view name, Span at, bool del = false) {
        if (name != "__debug__") return;
        fail(del ? "cannot delete __debug__" : "cannot assign to __debug__", at);
    }

    void check_debug_args(const Arguments& a, Span at) {
        for (const Arg* arg : a.posonlyargs) forbidden_store(arg->arg, at);
        for (const Arg* arg : a.args) forbidden_store(arg->arg, at);
        if (a.vararg) forbidden_store(a.vararg->arg, at);
        for (const Arg* arg : a.kwonlyargs) forbidden_store(arg->arg, at);
        if (a.kwarg) forbidden_store(a.kwarg->arg, at);
    }

    // ---- statements ---------------------------------------------------------------------------

    void visit_body(const Seq<Stmt*>& body) {
        for (const Stmt* s : body) {
            if (failed()) return;
            visit_stmt(s);
        }
    }

    void visit_exprs(const Seq<Expr*>& exprs) {
        for (const Expr* e : exprs) {
            if (failed()) return;
            if (e) visit_expr(e);
        }
    }

    void visit_arguments_outside(const Arguments& a, Span at) {
        check_debug_args(a, at);
        visit_exprs(a.defaults);
        visit_exprs(a.kw_defaults);
    }

    bool annotations_evaluated() const { return !table_.module()->annotations_future; }

    void visit_arg_annotations(const Arguments& a, const Expr* returns) {
        if (!annotations_evaluated()) return;
        for (const Arg* arg : a.posonlyargs) visit_expr(arg->annotation);
        for (const Arg* arg : a.args) visit_expr(arg->annotation);
        if (a.vararg) {
            // PEP 646: `*args: *Ts` unpacks the annotation.
            const Expr* ann = a.vararg->annotation;
            visit_expr(ann && ann->is<Starred>() ? ann->as<Starred>()->value : ann);
        }
        for (const Arg* arg : a.kwonlyargs) visit_expr(arg->annotation);
        if (a.kwarg) visit_expr(a.kwarg->annotation);
        visit_expr(returns);
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
        if (failed()) return;
        const Depth depth(depth_);
        if (too_deep(s->span)) return;
        switch (s->kind) {
        case StmtKind::FunctionDef:
        case StmtKind::AsyncFunctionDef: {
            const auto* f = s->as<FunctionDef>();
            check_debug_args(*f->args, s->span);
            visit_exprs(f->decorator_list);
            visit_exprs(f->args->defaults);
            visit_exprs(f->args->kw_defaults);
            visit_arg_annotations(*f->args, f->returns);
            if (failed()) return;
            enter(s, f->is_async());
            visit_body(f->body);
            leave();
            forbidden_store(f->name, s->span);
            break;
        }
        case StmtKind::ClassDef: {
            const auto* c = s->as<ClassDef>();
            visit_exprs(c->decorator_list);
            if (failed()) return;
            enter(s, false);
            visit_body(c->body);
            leave();
            visit_call_parts(c->bases, c->keywords, s->span);
            forbidden_store(c->name, s->span);
            break;
        }
        case StmtKind::Return: {
            const auto* r = s->as<Return>();
            if (!in_function()) return fail("'return' outside function", s->span);
            if (r->value && unit().scope->is_coroutine && unit().scope->is_generator)
                return fail("'return' with value in async generator", s->span);
            Span at = s->span;
            if (r->value) {
                if (r->value->is<Constant>()) {
                    if (file_.locate(r->value->span.begin).line == file_.locate(s->span.begin).line)
                        at = r->value->span;
                } else {
                    visit_expr(r->value);
                }
            }
            unwind(at, false);
            break;
        }
        case StmtKind::Delete:
            for (const Expr* t : s->as<Delete>()->targets) visit_target(t, true);
            break;
        case StmtKind::Assign: {
            const auto* a = s->as<Assign>();
            visit_expr(a->value);
            for (const Expr* t : a->targets) visit_target(t);
            break;
        }
        case StmtKind::AugAssign: {
            const auto* a = s->as<AugAssign>();
            if (const auto* attr = a->target->as<Attribute>()) {
                visit_expr(attr->value);
            } else if (const auto* sub = a->target->as<Subscript>()) {
                visit_expr(sub->value);
                visit_expr(sub->slice);
            }
            visit_expr(a->value);
            if (const auto* n = a->target->as<Name>()) forbidden_store(n->id, n->span);
            if (const auto* attr = a->target->as<Attribute>())
                forbidden_store(attr->attr, attr->span);
            break;
        }
        case StmtKind::AnnAssign: {
            const auto* a = s->as<AnnAssign>();
            if (a->value) {
                visit_expr(a->value);
                visit_target(a->target);
            } else if (const auto* n = a->target->as<Name>()) {
                forbidden_store(n->id, n->span);
            } else if (const auto* attr = a->target->as<Attribute>()) {
                forbidden_store(attr->attr, a->target->span);
            }
            const ScopeKind k = unit().scope->kind;
            if ((k == ScopeKind::Module || k == ScopeKind::Class) && annotations_evaluated())
                visit_expr(a->annotation);
            break;
        }
        case StmtKind::For:
        case StmtKind::AsyncFor: {
            const auto* f = s->as<For>();
            if (f->is_async() && !unit().async_function)
                return fail("'async for' outside async function", s->span);
            if (!push_block(Block::Loop, s->span)) return;
            visit_expr(f->iter);
            visit_target(f->target);
            visit_body(f->body);
            pop_block();
            visit_body(f->orelse);
            break;
        }
        case StmtKind::While: {
            const auto* w = s->as<While>();
            if (!push_block(Block::Loop, s->span)) return;
            visit_expr(w->test);
            visit_body(w->body);
            pop_block();
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
            if (w->is_async() && !unit().async_function)
                return fail("'async with' outside async function", s->span);
            uint32_t pushed = 0;
            for (const WithItem& item : w->items) {
                visit_expr(item.context_expr);
                if (failed() || !push_block(Block::Other, s->span)) return;
                ++pushed;
                if (item.optional_vars) visit_target(item.optional_vars);
            }
            visit_body(w->body);
            while (pushed-- > 0) pop_block();
            break;
        }
        case StmtKind::Raise: {
            const auto* r = s->as<Raise>();
            visit_expr(r->exc);
            visit_expr(r->cause);
            break;
        }
        case StmtKind::Try:
        case StmtKind::TryStar:
            visit_try(s, s->as<Try>());
            break;
        case StmtKind::Assert: {
            const auto* a = s->as<Assert>();
            visit_expr(a->test);
            visit_expr(a->msg);
            break;
        }
        case StmtKind::Import:
            for (const Alias* a : s->as<Import>()->names) {
                const std::string_view n = a->asname.empty() ? a->name : a->asname;
                forbidden_store(n.substr(0, n.find('.')), s->span);
            }
            break;
        case StmtKind::ImportFrom: {
            const auto* i = s->as<ImportFrom>();
            if (i->module == "__future__" && file_.locate(s->span.begin).line > future_line_)
                return fail("from __future__ imports must occur at the beginning of the file",
                            s->span);
            for (const Alias* a : i->names)
                if (a->name != "*")
                    forbidden_store(a->asname.empty() ? a->name : a->asname, s->span);
            break;
        }
        case StmtKind::Global:
        case StmtKind::Nonlocal:
        case StmtKind::Pass:
            break;
        case StmtKind::ExprStmt:
            visit_expr(s->as<ExprStmt>()->value);
            break;
        case StmtKind::Match:
            visit_match(s->as<Match>());
            break;
        case StmtKind::Break:
            if (!unwind(s->span, true) && !failed()) fail("'break' outside loop", s->span);
            break;
        case StmtKind::Continue:
            if (!unwind(s->span, true) && !failed())
                fail("'continue' not properly in loop", s->span);
            break;
        }
    }

    // compiler_match: a last `case _:` after other cases is compiled without its pattern.
    void visit_match(const Match* m) {
        visit_expr(m->subject);
        const uint32_t n = m->cases.size;
        const bool has_default = n > 1 && is_wildcard(m->cases[n - 1]->pattern);
        for (uint32_t i = 0; i < n && !failed(); ++i) {
            const MatchCase* c = m->cases[i];
            if (!(has_default && i == n - 1)) {
                if (auto e = check_pattern(c->pattern, c->guard || i == n - 1))
                    return fail(std::move(e->message), e->span);
                visit_pattern_exprs(c->pattern);
            }
            visit_expr(c->guard);
            visit_body(c->body);
        }
    }

    void visit_pattern_exprs(const Pattern* p) {
        switch (p->kind) {
        case PatternKind::MatchValue:
            visit_expr(p->as<MatchValue>()->value);
            break;
        case PatternKind::MatchSequence:
            for (const Pattern* q : p->as<MatchSequence>()->patterns) visit_pattern_exprs(q);
            break;
        case PatternKind::MatchMapping:
            visit_exprs(p->as<MatchMapping>()->keys);
            for (const Pattern* q : p->as<MatchMapping>()->patterns) visit_pattern_exprs(q);
            break;
        case PatternKind::MatchClass:
            visit_expr(p->as<MatchClass>()->cls);
            for (const Pattern* q : p->as<MatchClass>()->patterns) visit_pattern_exprs(q);
            for (const Pattern* q : p->as<MatchClass>()->kwd_patterns) visit_pattern_exprs(q);
            break;
        case PatternKind::MatchAs:
            if (p->as<MatchAs>()->pattern) visit_pattern_exprs(p->as<MatchAs>()->pattern);
            break;
        case PatternKind::MatchOr:
            for (const Pattern* q : p->as<MatchOr>()->patterns) visit_pattern_exprs(q);
            break;
        case PatternKind::MatchSingleton:
        case PatternKind::MatchStar:
            break;
        }
    }

    void visit_try(const Stmt* s, const Try* t) {
        const bool has_finally = !t->finalbody.empty();
        const bool has_handlers = !t->handlers.empty();
        if (has_finally && !push_block(Block::Other, s->span)) return;
        if (has_handlers && !push_block(Block::Other, s->span)) return;
        visit_body(t->body);
        if (has_handlers) pop_block();
        for (uint32_t i = 0; i < t->handlers.size && !failed(); ++i) {
            const ExceptHandler* h = t->handlers[i];
            if (!h->type && i + 1 < t->handlers.size)
                return fail("default 'except:' must be last", h->span);
            visit_expr(h->type);
            if (!h->name.empty()) forbidden_store(h->name, h->span);
            const Block kind = t->is_star() ? Block::ExceptStar : Block::Other;
            if (failed() || !push_block(Block::Other, h->span)) return;
            if (!push_block(kind, h->span)) return;
            visit_body(h->body);
            pop_block();
            pop_block();
        }
        visit_body(t->orelse);
        if (has_finally) {
            pop_block();
            if (!push_block(Block::Other, s->span)) return;
            visit_body(t->finalbody);
            pop_block();
        }
    }

    // ---- expressions --------------------------------------------------------------------------

    void visit_target(const Expr* e, bool del = false) {
        if (failed()) return;
        const Depth depth(depth_);
        if (too_deep(e->span)) return;
        switch (e->kind) {
        case ExprKind::Name:
            forbidden_store(e->as<Name>()->id, e->span, del);
            break;
        case ExprKind::Attribute:
            visit_expr(e->as<Attribute>()->value);
            forbidden_store(e->as<Attribute>()->attr, e->span, del);
            break;
        case ExprKind::Subscript:
            visit_expr(e->as<Subscript>()->value);
            visit_expr(e->as<Subscript>()->slice);
            break;
        case ExprKind::Starred:
            fail(del ? "cannot use starred expression here"
                     : "starred assignment target must be in a list or tuple",
                 e->span);
            break;
        case ExprKind::Tuple:
        case ExprKind::List: {
            const Seq<Expr*>& elts = e->is<Tuple>() ? e->as<Tuple>()->elts : e->as<List>()->elts;
            if (!del) {
                bool seen_star = false;
                for (const Expr* elt : elts) {
                    if (!elt->is<Starred>()) continue;
                    if (seen_star)
                        return fail("multiple starred expressions in assignment", e->span);
                    seen_star = true;
                }
            }
            for (const Expr* elt : elts) {
                if (failed()) return;
                if (!del && elt->is<Starred>()) {
                    visit_target(elt->as<Starred>()->value);
                } else {
                    visit_target(elt, del);
                }
            }
            break;
        }
        default:
            visit_expr(e);
            break;
        }
    }

    void visit_call_parts(const Seq<Expr*>& args, const Seq<Keyword*>& keywords, Span at) {
        for (uint32_t i = 0; i < keywords.size && !failed(); ++i) {
            const Keyword* k = keywords[i];
            if (k->arg.empty()) continue;
            forbidden_store(k->arg, at);
            for (uint32_t j = i + 1; j < keywords.size && !failed(); ++j) {
                if (keywords[j]->arg == k->arg)
                    fail("keyword argument repeated: " + std::string(k->arg), keywords[j]->span);
            }
        }
        visit_sequence(args);
        for (const Keyword* k : keywords) visit_expr(k->value);
    }

    // Elements of a tuple, list, set or argument list, where `*x` is allowed.
    void visit_sequence(const Seq<Expr*>& elts) {
        for (const Expr* e : elts) {
            if (failed()) return;
            if (const auto* st = e->as<Starred>()) {
                visit_expr(st->value);
            } else {
                visit_expr(e);
            }
        }
    }

    void visit_comprehension(const Expr* e, bool is_genexp, const Seq<Comprehension*>& gens,
                             const Expr* elt, const Expr* value) {
        const bool outer_async = unit().async_function;
        const ScopeKind outer_kind = unit().scope->kind;
        enter(e, false);
        units_.back().async_function = false;
        if (unit().scope->is_coroutine && !is_genexp && !outer_async &&
            outer_kind != ScopeKind::Comprehension) {
            fail("asynchronous comprehension outside of an asynchronous function", e->span);
            leave();
            return;
        }
        for (uint32_t i = 0; i < gens.size && !failed(); ++i) {
            const Comprehension* g = gens[i];
            if (i > 0) visit_expr(g->iter);
            visit_target(g->target);
            visit_exprs(g->ifs);
        }
        if (value) {
            visit_expr(elt);
            visit_expr(value);
        } else {
            visit_expr(elt);
        }
        leave();
        visit_expr(gens[0]->iter);
    }

    void visit_expr(const Expr* e) {
        if (failed() || !e) return;
        const Depth depth(depth_);
        if (too_deep(e->span)) return;
        switch (e->kind) {
        case ExprKind::NamedExpr:
            visit_expr(e->as<NamedExpr>()->value);
            visit_target(e->as<NamedExpr>()->target);
            break;
        case ExprKind::Lambda: {
            const auto* l = e->as<Lambda>();
            visit_arguments_outside(*l->args, e->span);
            if (failed()) return;
            enter(e, false);
            visit_expr(l->body);
            leave();
            break;
        }
        case ExprKind::IfExp:
            visit_expr(e->as<IfExp>()->test);
            visit_expr(e->as<IfExp>()->body);
            visit_expr(e->as<IfExp>()->orelse);
            break;
        case ExprKind::Dict: {
            const auto* d = e->as<Dict>();
            for (uint32_t i = 0; i < d->values.size && !failed(); ++i) {
                if (i < d->keys.size) visit_expr(d->keys[i]);
                visit_expr(d->values[i]);
            }
            break;
        }
        case ExprKind::Set:
            visit_sequence(e->as<Set>()->elts);
            break;
        case ExprKind::ListComp:
            visit_comprehension(e, false, e->as<ListComp>()->generators, e->as<ListComp>()->elt,
                                nullptr);
            break;
        case ExprKind::SetComp:
            visit_comprehension(e, false, e->as<SetComp>()->generators, e->as<SetComp>()->elt,
                                nullptr);
            break;
        case ExprKind::DictComp:
            visit_comprehension(e, false, e->as<DictComp>()->generators, e->as<DictComp>()->key,
                                e->as<DictComp>()->value);
            break;
        case ExprKind::GeneratorExp:
            visit_comprehension(e, true, e->as<GeneratorExp>()->generators,
                                e->as<GeneratorExp>()->elt, nullptr);
            break;
        case ExprKind::Await: {
            if (!in_function()) return fail("'await' outside function", e->span);
            if (!unit().async_function && unit().scope->kind != ScopeKind::Comprehension)
                return fail("'await' outside async function", e->span);
            visit_expr(e->as<Await>()->value);
            break;
        }
        case ExprKind::Yield:
            if (!in_function()) return fail("'yield' outside function", e->span);
            visit_expr(e->as<Yield>()->value);
            break;
        case ExprKind::YieldFrom:
            if (!in_function()) return fail("'yield' outside function", e->span);
            if (unit().async_function) return fail("'yield from' inside async function", e->span);
            visit_expr(e->as<YieldFrom>()->value);
            break;
        case ExprKind::Call: {
            const auto* c = e->as<Call>();
            visit_expr(c->func);
            visit_call_parts(c->args, c->keywords, e->span);
            break;
        }
        case ExprKind::Attribute: {
            const auto* a = e->as<Attribute>();
            visit_expr(a->value);
            if (a->ctx != ExprContext::Load)
                forbidden_store(a->attr, e->span, a->ctx == ExprContext::Del);
            break;
        }
        case ExprKind::Starred:
            fail("can't use starred expression here", e->span);
            break;
        case ExprKind::Name: {
            const auto* n = e->as<Name>();
            if (n->ctx != ExprContext::Load)
                forbidden_store(n->id, e->span, n->ctx == ExprContext::Del);
            break;
        }
        case ExprKind::List:
            visit_sequence(e->as<List>()->elts);
            break;
        case ExprKind::Tuple:
            visit_sequence(e->as<Tuple>()->elts);
            break;
        default:
            for_each_operand(e, [this](const Expr* child) { visit_expr(child); });
            break;
        }
    }

    const SymbolTable& table_;
    const SourceFile& file_;
    uint32_t future_line_;
    int depth_ = 0;
    std::vector<Unit> units_;
    std::optional<SyntaxDiagnostic> error_;
};

} // namespace

std::optional<SyntaxDiagnostic> check_compile_rules(const ast::Module& module,
                                                    const SymbolTable& table,
                                                    const SourceFile& file, uint32_t future_start) {
    const uint32_t future_line = future_start == 0 ? 0 : file.locate(future_start - 1).line;
    RuleChecker checker(table, file, future_line);
    return checker.run(module);
}

} // namespace coil::compiler
