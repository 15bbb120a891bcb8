// The symbol-table pass, after CPython 3.11's Python/symtable.c and Python/future.c.
#include "compiler/symtable.hpp"

#include "compiler/compile_rules.hpp"
#include "front/ast_operands.hpp"

#include <algorithm>
#include <string>
#include <unordered_set>

namespace coil::compiler {

Scope* SymbolTable::new_scope(ScopeKind kind, const void* node, Scope* parent) {
    scopes_.push_back(std::make_unique<Scope>());
    Scope* s = scopes_.back().get();
    s->kind = kind;
    s->node = node;
    s->parent = parent;
    if (parent) {
        parent->children.push_back(s);
        s->private_name = parent->private_name;
    } else {
        module_ = s;
    }
    if (node) by_node_[node] = s;
    return s;
}

std::string_view SymbolTable::store(std::string text) {
    strings_.push_back(std::move(text));
    return strings_.back();
}

std::string mangle(std::string_view private_name, std::string_view name) {
    if (private_name.empty() || name.size() < 2 || name.substr(0, 2) != "__") {
        return std::string(name);
    }
    if ((name.size() >= 2 && name.substr(name.size() - 2) == "__") ||
        name.find('.') != std::string_view::npos) {
        return std::string(name);
    }
    const size_t skip = private_name.find_first_not_of('_');
    if (skip == std::string_view::npos) return std::string(name);
    std::string out = "_";
    out += private_name.substr(skip);
    out += name;
    return out;
}

namespace {

using namespace coil::ast;

constexpr uint16_t DefBound = DefLocal | DefParam | DefImport;

enum class CompKind : uint8_t { None, List, Set, Dict, Generator };

using NameSet = std::unordered_set<std::string_view>;

// Builder state that only matters while the table is being built.
struct ScopeState {
    CompKind comprehension = CompKind::None;
    bool comp_iter_target = false;
    int comp_iter_expr = 0;
    bool annotation_block = false; // annotations under `from __future__ import annotations`
    // Names that generated code will touch: all but those only declared by `x: T` (no value),
    // which CPython leaves out of co_varnames.
    std::unordered_set<std::string_view> emitted;
    std::vector<std::pair<std::string_view, Span>> directives; // global/nonlocal, in order
};

SyntaxDiagnostic error(std::string message, Span span) {
    return SyntaxDiagnostic{SyntaxErrorKind::SyntaxError, std::move(message), span};
}

std::string quoted(const char* before, std::string_view name, const char* after) {
    std::string s = before;
    s += name;
    s += after;
    return s;
}

bool is_docstring(const Stmt* s) {
    const auto* e = s->as<ExprStmt>();
    if (!e) return false;
    const auto* c = e->value->as<Constant>();
    return c && c->value_kind == ConstantKind::Str;
}

// future.c: the __future__ imports allowed at the top of the module, and what they turn on.
std::optional<SyntaxDiagnostic> check_future(const Module& module, const SourceFile& file,
                                             bool& annotations, uint32_t& future_start) {
    uint32_t i = 0;
    if (!module.body.empty() && is_docstring(module.body[0])) ++i;
    bool done = false;
    uint32_t prev_line = 0;
    for (; i < module.body.size; ++i) {
        const Stmt* s = module.body[i];
        const uint32_t line = file.locate(s->span.begin).line;
        if (done && line > prev_line) return std::nullopt;
        prev_line = line;
        const auto* imp = s->as<ImportFrom>();
        if (!imp || imp->module != "__future__") {
            done = true;
            continue;
        }
        if (done) {
            // future.c reports this one at the statement's 0-based column.
            const uint32_t at = s->span.begin > 0 ? s->span.begin - 1 : 0;
            return error("from __future__ imports must occur at the beginning of the file",
                         Span{at, at});
        }
        for (const Alias* alias : imp->names) {
            const std::string_view f = alias->name;
            if (f == "nested_scopes" || f == "generators" || f == "division" ||
                f == "absolute_import" || f == "with_statement" || f == "print_function" ||
                f == "unicode_literals" || f == "barry_as_FLUFL" || f == "generator_stop") {
                continue;
            }
            if (f == "annotations") {
                annotations = true;
                continue;
            }
            const Span at{s->span.begin, s->span.begin};
            if (f == "braces") return error("not a chance", at);
            return error(quoted("future feature ", f, " is not defined"), at);
        }
        future_start = s->span.begin + 1;
    }
    return std::nullopt;
}

class Builder {
public:
    explicit Builder(SymbolTable& table) : table_(table) {}

    std::optional<SyntaxDiagnostic> build(const Module& module, bool annotations_future) {
        future_annotations_ = annotations_future;
        Scope* top = table_.new_scope(ScopeKind::Module, nullptr, nullptr);
        top->name = "<module>";
        top->qualname = "<module>";
        top->annotations_future = annotations_future;
        enter(top);
        if (module.expression) {
            visit_expr(module.expression);
        } else {
            visit_body(module.body);
        }
        leave();
        if (error_) return error_;
        NameSet free, global;
        analyze_block(top, nullptr, free, global);
        if (error_) return error_;
        finish(top);
        return std::nullopt;
    }

private:
    // ---- scopes -------------------------------------------------------------------------------

    void enter(Scope* s) {
        // symtable_enter_block: a scope opened inside a comprehension's iterable is still in
        // it, so walrus targets there stay forbidden.
        ScopeState& st = state_[s];
        if (!stack_.empty()) st.comp_iter_expr = state_[stack_.back()].comp_iter_expr;
        stack_.push_back(s);
    }
    void leave() { stack_.pop_back(); }
    Scope* cur() const { return stack_.back(); }
    ScopeState& cur_state() { return state_[cur()]; }

    Scope* open(ScopeKind kind, const void* node, std::string_view name) {
        Scope* s = table_.new_scope(kind, node, cur());
        s->name = name;
        enter(s);
        return s;
    }

    bool failed() const { return error_.has_value(); }
    void fail(std::string message, Span span) {
        if (!error_) error_ = error(std::move(message), span);
    }

    std::string_view mangled(std::string_view name) {
        const std::string_view priv = cur()->private_name;
        if (priv.empty() || name.size() < 3 || name[0] != '_' || name[1] != '_') return name;
        std::string m = mangle(priv, name);
        if (m == name) return name;
        return table_.store(std::move(m));
    }

    Symbol& symbol_in(Scope* s, std::string_view name) {
        auto it = s->index.find(name);
        if (it != s->index.end()) return s->symbols[it->second];
        s->index.emplace(name, static_cast<uint32_t>(s->symbols.size()));
        s->symbols.push_back(Symbol{name, 0, Binding::Local});
        return s->symbols.back();
    }

    uint16_t flags_of(Scope* s, std::string_view name) const {
        const Symbol* sym = s->lookup(name);
        return sym ? sym->flags : 0;
    }

    // symtable_add_def_helper
    void add_def_in(Scope* s, std::string_view raw, uint16_t flag, Span at) {
        if (failed()) return;
        const std::string_view name = mangled(raw);
        const uint16_t old = flags_of(s, name);
        if ((flag & DefParam) && (old & DefParam)) {
            fail(quoted("duplicate argument '", raw, "' in function definition"), at);
            return;
        }
        uint16_t val = old | flag;
        ScopeState& st = state_[s];
        if (st.comp_iter_target) {
            if (val & (DefGlobal | DefNonlocal)) {
                fail(quoted("comprehension inner loop cannot rebind assignment expression "
                            "target '",
                            raw, "'"),
                     at);
                return;
            }
            val |= DefCompIter;
        }
        symbol_in(s, name).flags = val;
        if (flag != (DefAnnotated | DefLocal)) st.emitted.insert(name);
        if (flag & DefParam) {
            s->varnames.push_back(name);
        } else if ((flag & DefGlobal) && s != table_.module()) {
            // symtable.c records every global declaration in the module's symbols too.
            symbol_in(table_.module(), name).flags |= flag;
        }
    }
    void add_def(std::string_view name, uint16_t flag, Span at) {
        add_def_in(cur(), name, flag, at);
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
            if (e) visit_expr(e);
        }
    }

    // Counts nesting on the way down; too deep is an error, as in CPython.
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
            add_def(f->name, DefLocal, s->span);
            visit_exprs(f->args->defaults);
            visit_exprs(f->args->kw_defaults);
            visit_annotations(*f->args, f->returns);
            visit_exprs(f->decorator_list);
            if (failed()) return;
            Scope* scope = open(ScopeKind::Function, s, f->name);
            scope->is_coroutine = f->is_async();
            visit_arguments(*f->args);
            visit_body(f->body);
            leave();
            break;
        }
        case StmtKind::ClassDef: {
            const auto* c = s->as<ClassDef>();
            add_def(c->name, DefLocal, s->span);
            visit_exprs(c->bases);
            for (const Keyword* k : c->keywords) visit_expr(k->value);
            visit_exprs(c->decorator_list);
            if (failed()) return;
            Scope* scope = open(ScopeKind::Class, s, c->name);
            scope->private_name = c->name;
            visit_body(c->body);
            leave();
            break;
        }
        case StmtKind::Return: {
            const auto* r = s->as<Return>();
            if (r->value) visit_expr(r->value);
            break;
        }
        case StmtKind::Delete:
            visit_targets(s->as<Delete>()->targets, DefLocal);
            break;
        case StmtKind::Assign: {
            const auto* a = s->as<Assign>();
            visit_targets(a->targets, DefLocal);
            visit_expr(a->value);
            break;
        }
        case StmtKind::AnnAssign:
            visit_ann_assign(s, s->as<AnnAssign>());
            break;
        case StmtKind::AugAssign: {
            const auto* a = s->as<AugAssign>();
            visit_target(a->target, DefLocal);
            visit_expr(a->value);
            break;
        }
        case StmtKind::For:
        case StmtKind::AsyncFor: {
            const auto* f = s->as<For>();
            visit_target(f->target, DefLocal);
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
                if (item.optional_vars) visit_target(item.optional_vars, DefLocal);
            }
            visit_body(w->body);
            break;
        }
        case StmtKind::Raise: {
            const auto* r = s->as<Raise>();
            if (r->exc) {
                visit_expr(r->exc);
                if (r->cause) visit_expr(r->cause);
            }
            break;
        }
        case StmtKind::Try:
        case StmtKind::TryStar: {
            const auto* t = s->as<Try>();
            visit_body(t->body);
            visit_body(t->orelse);
            for (const ExceptHandler* h : t->handlers) {
                if (failed()) return;
                if (h->type) visit_expr(h->type);
                if (!h->name.empty()) add_def(h->name, DefLocal, h->span);
                visit_body(h->body);
            }
            visit_body(t->finalbody);
            break;
        }
        case StmtKind::Assert: {
            const auto* a = s->as<Assert>();
            visit_expr(a->test);
            if (a->msg) visit_expr(a->msg);
            break;
        }
        case StmtKind::Import:
            for (const Alias* a : s->as<Import>()->names) visit_alias(a);
            break;
        case StmtKind::ImportFrom:
            for (const Alias* a : s->as<ImportFrom>()->names) visit_alias(a);
            break;
        case StmtKind::Global:
            visit_declaration(s, s->as<Global>()->names, true);
            break;
        case StmtKind::Nonlocal:
            visit_declaration(s, s->as<Nonlocal>()->names, false);
            break;
        case StmtKind::ExprStmt:
            visit_expr(s->as<ExprStmt>()->value);
            break;
        case StmtKind::Pass:
        case StmtKind::Break:
        case StmtKind::Continue:
            break;
        case StmtKind::Match: {
            const auto* m = s->as<Match>();
            visit_expr(m->subject);
            for (const MatchCase* c : m->cases) {
                visit_pattern(c->pattern);
                if (c->guard) visit_expr(c->guard);
                visit_body(c->body);
            }
            break;
        }
        }
    }

    // Captures bind local names; value patterns, mapping keys and class names are read.
    void visit_pattern(const Pattern* p) {
        if (failed()) return;
        const Depth depth(depth_);
        if (too_deep(p->span)) return;
        switch (p->kind) {
        case PatternKind::MatchValue:
            visit_expr(p->as<MatchValue>()->value);
            break;
        case PatternKind::MatchSingleton:
            break;
        case PatternKind::MatchSequence:
            for (const Pattern* q : p->as<MatchSequence>()->patterns) visit_pattern(q);
            break;
        case PatternKind::MatchStar:
            if (!p->as<MatchStar>()->name.empty())
                add_def(p->as<MatchStar>()->name, DefLocal, p->span);
            break;
        case PatternKind::MatchMapping: {
            const auto* m = p->as<MatchMapping>();
            visit_exprs(m->keys);
            for (const Pattern* q : m->patterns) visit_pattern(q);
            if (!m->rest.empty()) add_def(m->rest, DefLocal, p->span);
            break;
        }
        case PatternKind::MatchClass: {
            const auto* c = p->as<MatchClass>();
            visit_expr(c->cls);
            for (const Pattern* q : c->patterns) visit_pattern(q);
            for (const Pattern* q : c->kwd_patterns) visit_pattern(q);
            break;
        }
        case PatternKind::MatchAs: {
            const auto* a = p->as<MatchAs>();
            if (a->pattern) visit_pattern(a->pattern);
            if (!a->name.empty()) add_def(a->name, DefLocal, p->span);
            break;
        }
        case PatternKind::MatchOr:
            for (const Pattern* q : p->as<MatchOr>()->patterns) visit_pattern(q);
            break;
        }
    }

    void visit_declaration(const Stmt* s, const Seq<Identifier>& names, bool global) {
        for (const Identifier& raw : names) {
            if (failed()) return;
            const uint16_t cur_flags = flags_of(cur(), mangled(raw));
            if (cur_flags & (DefParam | DefLocal | Use | DefAnnotated)) {
                const char* what = global ? "global" : "nonlocal";
                std::string msg;
                if (cur_flags & DefParam) {
                    msg = quoted("name '", raw, "' is parameter and ") + what;
                } else if (cur_flags & Use) {
                    msg = quoted("name '", raw, "' is used prior to ") + what + " declaration";
                } else if (cur_flags & DefAnnotated) {
                    msg = quoted("annotated name '", raw, "' can't be ") + what;
                } else {
                    msg = quoted("name '", raw, "' is assigned to before ") + what + " declaration";
                }
                fail(std::move(msg), s->span);
                return;
            }
            add_def(raw, global ? DefGlobal : DefNonlocal, s->span);
            cur_state().directives.emplace_back(mangled(raw), s->span);
        }
    }

    void visit_ann_assign(const Stmt* s, const AnnAssign* a) {
        if (const auto* name = a->target->as<Name>()) {
            const uint16_t cur_flags = flags_of(cur(), mangled(name->id));
            if ((cur_flags & (DefGlobal | DefNonlocal)) && cur()->kind != ScopeKind::Module &&
                a->simple) {
                const char* what = (cur_flags & DefGlobal) ? "global" : "nonlocal";
                fail(quoted("annotated name '", name->id, "' can't be ") + what, s->span);
                return;
            }
            if (a->simple) {
                add_def(name->id, DefAnnotated | DefLocal, name->span);
            } else if (a->value) {
                add_def(name->id, DefLocal, name->span);
            }
        } else {
            visit_target(a->target, DefLocal);
        }
        visit_annotation(a->annotation);
        if (a->value) visit_expr(a->value);
    }

    void visit_alias(const Alias* a) {
        if (failed()) return;
        const std::string_view name = a->asname.empty() ? a->name : a->asname;
        if (name == "*") {
            if (cur()->kind != ScopeKind::Module)
                fail("import * only allowed at module level", a->span);
            return;
        }
        add_def(name.substr(0, name.find('.')), DefImport, a->span);
    }

    // ---- annotations and arguments ------------------------------------------------------------

    // Under `from __future__ import annotations` annotations are strings, so their names bind
    // nothing; CPython still walks them in an annotation block to reject yield, await, walrus.
    void begin_annotation_block() {
        Scope* s = table_.new_scope(ScopeKind::Function, nullptr, cur());
        s->name = "_annotation";
        cur()->children.pop_back();
        enter(s);
        cur_state().annotation_block = true;
    }

    void visit_annotation(const Expr* annotation) {
        if (future_annotations_) begin_annotation_block();
        visit_expr(annotation);
        if (future_annotations_) leave();
    }

    void visit_annotations(const Arguments& a, const Expr* returns) {
        if (future_annotations_) begin_annotation_block();
        for (const Arg* arg : a.posonlyargs)
            if (arg->annotation) visit_expr(arg->annotation);
        for (const Arg* arg : a.args)
            if (arg->annotation) visit_expr(arg->annotation);
        if (a.vararg && a.vararg->annotation) visit_expr(a.vararg->annotation);
        if (a.kwarg && a.kwarg->annotation) visit_expr(a.kwarg->annotation);
        for (const Arg* arg : a.kwonlyargs)
            if (arg->annotation) visit_expr(arg->annotation);
        if (future_annotations_) leave();
        if (returns) visit_annotation(returns);
    }

    void visit_arguments(const Arguments& a) {
        Scope* s = cur();
        for (const Arg* arg : a.posonlyargs) add_def(arg->arg, DefParam, arg->span);
        for (const Arg* arg : a.args) add_def(arg->arg, DefParam, arg->span);
        for (const Arg* arg : a.kwonlyargs) add_def(arg->arg, DefParam, arg->span);
        if (a.vararg) {
            add_def(a.vararg->arg, DefParam, a.vararg->span);
            s->has_varargs = true;
        }
        if (a.kwarg) {
            add_def(a.kwarg->arg, DefParam, a.kwarg->span);
            s->has_varkeywords = true;
        }
        s->posonlyargcount = a.posonlyargs.size;
        s->argcount = a.posonlyargs.size + a.args.size;
        s->kwonlyargcount = a.kwonlyargs.size;
    }

    // ---- expressions --------------------------------------------------------------------------

    // Targets are walked with an explicit binding flag rather than trusting each node's ctx.
    void visit_target(const Expr* e, uint16_t flag) {
        if (failed()) return;
        const Depth depth(depth_);
        if (too_deep(e->span)) return;
        switch (e->kind) {
        case ExprKind::Name:
            add_def(e->as<Name>()->id, flag, e->span);
            break;
        case ExprKind::Tuple:
            visit_targets(e->as<Tuple>()->elts, flag);
            break;
        case ExprKind::List:
            visit_targets(e->as<List>()->elts, flag);
            break;
        case ExprKind::Starred:
            visit_target(e->as<Starred>()->value, flag);
            break;
        default:
            visit_expr(e);
            break;
        }
    }
    void visit_targets(const Seq<Expr*>& targets, uint16_t flag) {
        for (const Expr* t : targets) visit_target(t, flag);
    }

    bool reject_in_annotation(const char* what, const Expr* e) {
        if (!cur_state().annotation_block) return false;
        fail(std::string("'") + what + "' can not be used within an annotation", e->span);
        return true;
    }

    void visit_expr(const Expr* e) {
        if (failed() || !e) return;
        const Depth depth(depth_);
        if (too_deep(e->span)) return;
        switch (e->kind) {
        case ExprKind::NamedExpr: {
            if (reject_in_annotation("named expression", e)) return;
            visit_named_expr(e->as<NamedExpr>());
            break;
        }
        case ExprKind::Lambda: {
            const auto* l = e->as<Lambda>();
            visit_exprs(l->args->defaults);
            visit_exprs(l->args->kw_defaults);
            if (failed()) return;
            open(ScopeKind::Lambda, e, "<lambda>");
            visit_arguments(*l->args);
            visit_expr(l->body);
            leave();
            break;
        }
        case ExprKind::IfExp: {
            const auto* i = e->as<IfExp>();
            visit_expr(i->test);
            visit_expr(i->body);
            visit_expr(i->orelse);
            break;
        }
        case ExprKind::Dict:
            visit_exprs(e->as<Dict>()->keys);
            visit_exprs(e->as<Dict>()->values);
            break;
        case ExprKind::GeneratorExp: {
            const auto* g = e->as<GeneratorExp>();
            visit_comprehension(e, "<genexpr>", CompKind::Generator, g->generators, g->elt,
                                nullptr);
            break;
        }
        case ExprKind::ListComp: {
            const auto* c = e->as<ListComp>();
            visit_comprehension(e, "<listcomp>", CompKind::List, c->generators, c->elt, nullptr);
            break;
        }
        case ExprKind::SetComp: {
            const auto* c = e->as<SetComp>();
            visit_comprehension(e, "<setcomp>", CompKind::Set, c->generators, c->elt, nullptr);
            break;
        }
        case ExprKind::DictComp: {
            const auto* c = e->as<DictComp>();
            visit_comprehension(e, "<dictcomp>", CompKind::Dict, c->generators, c->key, c->value);
            break;
        }
        case ExprKind::Yield:
        case ExprKind::YieldFrom: {
            if (reject_in_annotation("yield expression", e)) return;
            visit_expr(e->kind == ExprKind::Yield ? e->as<Yield>()->value
                                                  : e->as<YieldFrom>()->value);
            if (failed()) return;
            cur()->is_generator = true;
            switch (cur_state().comprehension) {
            case CompKind::None:
                break;
            case CompKind::List:
                fail("'yield' inside list comprehension", e->span);
                break;
            case CompKind::Set:
                fail("'yield' inside set comprehension", e->span);
                break;
            case CompKind::Dict:
                fail("'yield' inside dict comprehension", e->span);
                break;
            case CompKind::Generator:
                fail("'yield' inside generator expression", e->span);
                break;
            }
            break;
        }
        case ExprKind::Await:
            if (reject_in_annotation("await expression", e)) return;
            visit_expr(e->as<Await>()->value);
            cur()->is_coroutine = true;
            break;
        case ExprKind::Name: {
            const auto* n = e->as<Name>();
            if (n->ctx != ExprContext::Load) {
                add_def(n->id, DefLocal, e->span);
                break;
            }
            add_def(n->id, Use, e->span);
            if (is_function_like(cur()) && n->id == "super") add_def("__class__", Use, e->span);
            break;
        }
        default:
            for_each_operand(e, [this](const Expr* child) { visit_expr(child); });
            break;
        }
    }

    static bool is_function_like(const Scope* s) {
        return s->kind == ScopeKind::Function || s->kind == ScopeKind::Lambda ||
               s->kind == ScopeKind::Comprehension;
    }

    void visit_named_expr(const NamedExpr* e) {
        if (cur_state().comp_iter_expr > 0) {
            fail("assignment expression cannot be used in a comprehension iterable expression",
                 e->span);
            return;
        }
        const auto* target = e->target->as<Name>();
        if (cur_state().comprehension != CompKind::None && target) {
            extend_named_expr_scope(target);
            if (failed()) return;
        }
        visit_expr(e->value);
        if (target) {
            add_def(target->id, DefLocal, target->span);
        } else {
            visit_expr(e->target);
        }
    }

    // symtable_extend_namedexpr_scope: a walrus in a comprehension binds in the enclosing
    // function (or module); class bodies cannot host it.
    void extend_named_expr_scope(const Name* target) {
        const std::string_view name = target->id;
        for (size_t i = stack_.size(); i-- > 0;) {
            Scope* s = stack_[i];
            const ScopeState& st = state_[s];
            if (st.comprehension != CompKind::None) {
                if (flags_of(s, mangled(name)) & DefCompIter) {
                    fail(quoted("assignment expression cannot rebind comprehension iteration "
                                "variable '",
                                name, "'"),
                         target->span);
                    return;
                }
                continue;
            }
            if (s->kind == ScopeKind::Function || s->kind == ScopeKind::Lambda) {
                const bool global = flags_of(s, mangled(name)) & DefGlobal;
                add_def(name, global ? DefGlobal : DefNonlocal, target->span);
                cur_state().directives.emplace_back(mangled(name), target->span);
                add_def_in(s, name, DefLocal, target->span);
                return;
            }
            if (s->kind == ScopeKind::Module) {
                add_def(name, DefGlobal, target->span);
                cur_state().directives.emplace_back(mangled(name), target->span);
                add_def_in(s, name, DefGlobal, target->span);
                return;
            }
            if (s->kind == ScopeKind::Class) {
                fail("assignment expression within a comprehension cannot be used in a class "
                     "body",
                     target->span);
                return;
            }
        }
    }

    void visit_comprehension(const Expr* e, std::string_view name, CompKind kind,
                             const Seq<Comprehension*>& generators, const Expr* elt,
                             const Expr* value) {
        const Comprehension* outermost = generators[0];
        ++cur_state().comp_iter_expr;
        visit_expr(outermost->iter);
        --cur_state().comp_iter_expr;
        if (failed()) return;
        Scope* s = open(ScopeKind::Comprehension, e, name);
        cur_state().comprehension = kind;
        if (outermost->is_async) s->is_coroutine = true;
        add_def(".0", DefParam, e->span);
        s->argcount = 1;
        cur_state().comp_iter_target = true;
        visit_target(outermost->target, DefLocal);
        cur_state().comp_iter_target = false;
        visit_exprs(outermost->ifs);
        for (uint32_t i = 1; i < generators.size; ++i) {
            const Comprehension* g = generators[i];
            cur_state().comp_iter_target = true;
            visit_target(g->target, DefLocal);
            cur_state().comp_iter_target = false;
            ++cur_state().comp_iter_expr;
            visit_expr(g->iter);
            --cur_state().comp_iter_expr;
            visit_exprs(g->ifs);
            if (g->is_async) s->is_coroutine = true;
        }
        if (value) visit_expr(value);
        visit_expr(elt);
        s->is_generator = kind == CompKind::Generator;
        const bool is_async = s->is_coroutine && kind != CompKind::Generator;
        leave();
        if (is_async) cur()->is_coroutine = true;
    }

    // ---- analysis (symtable.c's analyze_block) ------------------------------------------------

    Span directive_span(Scope* s, std::string_view name) {
        for (const auto& [n, span] : state_[s].directives)
            if (n == name) return span;
        return Span{};
    }

    void analyze_name(Scope* s, Symbol& sym, const NameSet* bound, NameSet& local, NameSet& free,
                      NameSet& global) {
        const uint16_t flags = sym.flags;
        const std::string_view name = sym.name;
        if (flags & DefGlobal) {
            if (flags & DefNonlocal) {
                fail(quoted("name '", name, "' is nonlocal and global"), directive_span(s, name));
                return;
            }
            sym.binding = Binding::GlobalExplicit;
            global.insert(name);
            return;
        }
        if (flags & DefNonlocal) {
            if (!bound) {
                fail("nonlocal declaration not allowed at module level", directive_span(s, name));
                return;
            }
            if (!bound->count(name)) {
                fail(quoted("no binding for nonlocal '", name, "' found"), directive_span(s, name));
                return;
            }
            sym.binding = Binding::Free;
            free.insert(name);
            return;
        }
        if (flags & DefBound) {
            sym.binding = Binding::Local;
            local.insert(name);
            global.erase(name);
            return;
        }
        if (bound && bound->count(name)) {
            sym.binding = Binding::Free;
            free.insert(name);
            return;
        }
        sym.binding = Binding::GlobalImplicit;
    }

    // `bound` is null for the module, whose names are globals.
    void analyze_block(Scope* s, const NameSet* bound, NameSet& free, NameSet& global) {
        NameSet local, newbound, newglobal, newfree;
        if (s->kind == ScopeKind::Class) {
            newglobal = global;
            if (bound) newbound = *bound;
        }
        for (Symbol& sym : s->symbols) {
            analyze_name(s, sym, bound, local, free, global);
            if (failed()) return;
        }
        if (s->kind != ScopeKind::Class) {
            if (is_function_like(s)) newbound.insert(local.begin(), local.end());
            if (bound) newbound.insert(bound->begin(), bound->end());
            newglobal.insert(global.begin(), global.end());
        } else {
            newbound.insert("__class__");
        }
        NameSet allfree;
        for (Scope* child : s->children) {
            NameSet child_bound = newbound, child_free = newfree, child_global = newglobal;
            analyze_block(child, &child_bound, child_free, child_global);
            if (failed()) return;
            allfree.insert(child_free.begin(), child_free.end());
        }
        newfree.insert(allfree.begin(), allfree.end());
        if (is_function_like(s)) {
            for (Symbol& sym : s->symbols) {
                if (sym.binding == Binding::Local && newfree.count(sym.name)) {
                    sym.binding = Binding::Cell;
                    newfree.erase(sym.name);
                }
            }
        } else if (s->kind == ScopeKind::Class) {
            if (newfree.erase("__class__")) s->needs_class_cell = true;
        }
        // update_symbols: free names of children that this scope does not bind pass through.
        for (std::string_view name : newfree) {
            if (const Symbol* existing = s->lookup(name)) {
                if (s->kind == ScopeKind::Class && (existing->flags & (DefBound | DefGlobal)))
                    s->symbols[s->index[name]].flags |= DefFreeClass;
                continue;
            }
            if (bound && !bound->count(name)) continue;
            Symbol& sym = symbol_in(s, name);
            sym.binding = Binding::Free;
        }
        free.insert(newfree.begin(), newfree.end());
    }

    // ---- results ------------------------------------------------------------------------------

    void finish(Scope* s) {
        if (s->parent) s->qualname = qualname_of(s);
        if (is_function_like(s)) {
            for (const Symbol& sym : s->symbols) {
                if (!(sym.flags & DefParam) && sym.binding == Binding::Local &&
                    state_[s].emitted.count(sym.name))
                    s->varnames.push_back(sym.name);
            }
        }
        // CPython 3.11 lists parameters that are cells first, in parameter order, then the
        // other cells sorted; free variables are sorted.
        std::vector<std::string_view> other_cells;
        for (std::string_view param : s->varnames) {
            const Symbol* sym = s->lookup(param);
            if (sym && (sym->flags & DefParam) && sym->binding == Binding::Cell)
                s->cellvars.push_back(param);
        }
        for (const Symbol& sym : s->symbols) {
            if (sym.binding == Binding::Cell && !(sym.flags & DefParam))
                other_cells.push_back(sym.name);
            if (sym.binding == Binding::Free || (sym.flags & DefFreeClass))
                s->freevars.push_back(sym.name);
        }
        if (s->needs_class_cell) other_cells.push_back("__class__");
        std::sort(other_cells.begin(), other_cells.end());
        s->cellvars.insert(s->cellvars.end(), other_cells.begin(), other_cells.end());
        std::sort(s->freevars.begin(), s->freevars.end());
        for (Scope* child : s->children) finish(child);
    }

    // compile.c's compiler_set_qualname.
    std::string qualname_of(const Scope* s) {
        const Scope* parent = s->parent;
        if (parent->kind == ScopeKind::Module) return std::string(s->name);
        if (s->kind == ScopeKind::Function || s->kind == ScopeKind::Class) {
            const Symbol* sym = parent->lookup(mangle(parent->private_name, s->name));
            if (sym && sym->binding == Binding::GlobalExplicit) return std::string(s->name);
        }
        std::string base = parent->qualname;
        if (parent->kind == ScopeKind::Function || parent->kind == ScopeKind::Lambda)
            base += ".<locals>";
        return base + "." + std::string(s->name);
    }

    SymbolTable& table_;
    int depth_ = 0;
    bool future_annotations_ = false;
    std::vector<Scope*> stack_;
    std::unordered_map<const Scope*, ScopeState> state_;
    std::optional<SyntaxDiagnostic> error_;
};

} // namespace

std::optional<SyntaxDiagnostic> build_symtable(const ast::Module& module, const SourceFile& file,
                                               SymbolTable& out) {
    bool annotations = false;
    uint32_t future_start = 0;
    if (auto err = check_future(module, file, annotations, future_start)) return err;
    Builder builder(out);
    if (auto err = builder.build(module, annotations)) return err;
    return check_compile_rules(module, out, file, future_start);
}

} // namespace coil::compiler
