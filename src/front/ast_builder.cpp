// AstBuilder: statement and expression nodes, with CPython's spans and parse-time messages.
#include "front/ast_builder.hpp"

namespace coil::front {

using namespace ast;

bool AstBuilder::fail(std::string message, Span span) {
    state_.fail(std::move(message), span);
    return false;
}

namespace {

// An expression sits inside at least one statement, which CPython's limit counts too; the
// symtable enforces the exact limit for deeper statements.
constexpr int max_expression_depth = max_nesting_depth - 1;

} // namespace

void AstBuilder::check_depth(Expr* parent, int depth) {
    if (depth > max_expression_depth) {
        fail(nesting_error, parent->span);
        depth = max_expression_depth;
    }
    parent->depth = static_cast<uint16_t>(depth);
}

Expr* AstBuilder::nest(Expr* parent, std::initializer_list<const Expr*> children) {
    int depth = 0;
    for (const Expr* c : children)
        if (c && c->depth > depth) depth = c->depth;
    check_depth(parent, depth + 1);
    return parent;
}

Expr* AstBuilder::nest(Expr* parent, const std::vector<Expr*>& children) {
    int depth = 0;
    for (const Expr* c : children)
        if (c && c->depth > depth) depth = c->depth;
    check_depth(parent, depth + 1);
    return parent;
}

Span AstBuilder::block(Span head, const std::vector<Stmt*>& body) const {
    if (body.empty()) return head;
    if (!semicolon_end_.empty()) {
        if (auto it = semicolon_end_.find(body.back()); it != semicolon_end_.end())
            return {head.begin, it->second};
    }
    return {head.begin, body.back()->span.end};
}

void AstBuilder::ends_with_semicolon(Stmt* last, Span semicolon) {
    semicolon_end_[last] = semicolon.end;
}

uint32_t AstBuilder::find_char(uint32_t from, char c) const {
    const std::string_view text = state_.file.text();
    const size_t at = text.find(c, from);
    return at == std::string_view::npos ? from : static_cast<uint32_t>(at);
}

void AstBuilder::finish_module(const std::vector<Stmt*>& body) {
    Module* m = arena_.make<Module>();
    m->kind = state_.mode == ParseMode::Interactive ? ModuleKind::Interactive : ModuleKind::Module;
    m->body = seq(body);
    state_.module = m;
}

void AstBuilder::finish_expression(Expr* body) {
    expression_ = body;
    Module* m = arena_.make<Module>();
    m->kind = ModuleKind::Expression;
    m->expression = body;
    state_.module = m;
}

void AstBuilder::append(std::vector<Stmt*>& to, const std::vector<Stmt*>& more) {
    to.insert(to.end(), more.begin(), more.end());
}

Stmt* AstBuilder::simple(StmtKind kind, Span span) {
    switch (kind) {
    case StmtKind::Break:
        return node<Break>(span);
    case StmtKind::Continue:
        return node<Continue>(span);
    default:
        return node<Pass>(span);
    }
}

Stmt* AstBuilder::expr_stmt(Expr* value, Span span) {
    auto* s = node<ExprStmt>(span);
    s->value = value;
    return s;
}

Stmt* AstBuilder::expr_or_assign(const std::vector<Expr*>& chain, Span span) {
    if (chain.size() == 1) return expr_stmt(chain[0], span);
    auto* s = node<Assign>(span);
    std::vector<Expr*> targets(chain.begin(), chain.end() - 1);
    for (Expr* t : targets) set_context(t, ExprContext::Store);
    s->targets = seq(targets);
    s->value = chain.back();
    return s;
}

Stmt* AstBuilder::aug_assign(Expr* target, Operator op, Expr* value, Span span) {
    auto* s = node<AugAssign>(span);
    set_context(target, ExprContext::Store);
    s->target = target;
    s->op = op;
    s->value = value;
    return s;
}

Stmt* AstBuilder::ann_assign(Expr* target, Expr* annotation, Expr* value, Span span) {
    auto* s = node<AnnAssign>(span);
    set_context(target, ExprContext::Store);
    s->target = target;
    s->annotation = annotation;
    s->value = value;
    s->simple = target->is<Name>() && !target->parenthesized;
    return s;
}

Stmt* AstBuilder::del(const std::vector<Expr*>& targets, Span span) {
    auto* s = node<Delete>(span);
    for (Expr* t : targets) set_context(t, ExprContext::Del);
    s->targets = seq(targets);
    return s;
}

Stmt* AstBuilder::return_stmt(Expr* value, Span span) {
    auto* s = node<Return>(span);
    s->value = value;
    return s;
}

Stmt* AstBuilder::raise(Expr* exc, Expr* cause, Span span) {
    auto* s = node<Raise>(span);
    s->exc = exc;
    s->cause = cause;
    return s;
}

Stmt* AstBuilder::import(const std::vector<Alias*>& names, Span span) {
    auto* s = node<Import>(span);
    s->names = seq(names);
    return s;
}

Stmt* AstBuilder::import_from(std::string_view module, int level, const std::vector<Alias*>& names,
                              Span span) {
    auto* s = node<ImportFrom>(span);
    s->module = module;
    s->level = level;
    s->names = seq(names);
    return s;
}

Alias* AstBuilder::alias(std::string_view name, std::string_view asname, Span span) {
    Alias* a = arena_.make<Alias>();
    a->name = name;
    a->asname = asname;
    a->span = span;
    return a;
}

std::string_view AstBuilder::dotted(std::string_view left, std::string_view right) {
    std::string joined;
    joined.reserve(left.size() + right.size() + 1);
    joined.append(left).append(1, '.').append(right);
    return arena_.copy(joined);
}

Stmt* AstBuilder::global(StmtKind kind, const std::vector<std::string_view>& names, Span span) {
    if (kind == StmtKind::Global) {
        auto* s = node<Global>(span);
        s->names = seq(names);
        return s;
    }
    auto* s = node<Nonlocal>(span);
    s->names = seq(names);
    return s;
}

Stmt* AstBuilder::assert_stmt(Expr* test, Expr* msg, Span span) {
    auto* s = node<Assert>(span);
    s->test = test;
    s->msg = msg;
    return s;
}

Stmt* AstBuilder::make_async(Stmt* stmt, Span span) {
    if (!stmt) return nullptr;
    switch (stmt->kind) {
    case StmtKind::FunctionDef:
        stmt->kind = StmtKind::AsyncFunctionDef;
        break;
    case StmtKind::For:
        stmt->kind = StmtKind::AsyncFor;
        break;
    case StmtKind::With:
        stmt->kind = StmtKind::AsyncWith;
        break;
    default:
        break;
    }
    stmt->span.begin = span.begin;
    return stmt;
}

Stmt* AstBuilder::decorate(const std::vector<Expr*>& decorators, Stmt* def) {
    if (!def) return nullptr;
    if (auto* f = def->as<FunctionDef>()) f->decorator_list = seq(decorators);
    if (auto* c = def->as<ClassDef>()) c->decorator_list = seq(decorators);
    return def;
}

Arg* AstBuilder::arg(std::string_view name, Expr* annotation, Span span) {
    Arg* a = arena_.make<Arg>();
    a->arg = name;
    a->annotation = annotation;
    a->span = span;
    return a;
}

ParamItem AstBuilder::param(ParamKind kind, std::string_view name, Span name_span,
                            Expr* default_value, Span span) {
    return {kind, arg(name, nullptr, name_span), default_value, span};
}

// CPython's invalid_parameters / invalid_star_etc rules, applied to a flat parameter list.
Arguments* AstBuilder::arguments(const std::vector<ParamItem>& params, bool is_lambda) {
    std::vector<Arg*> posonly, args, kwonly;
    std::vector<Expr*> defaults, kw_defaults;
    Arg* vararg = nullptr;
    Arg* kwarg = nullptr;
    bool saw_slash = false, saw_star = false, saw_kwarg = false, saw_default = false;
    const ParamItem* bare_star = nullptr;
    for (const ParamItem& p : params) {
        if (saw_kwarg) {
            fail("arguments cannot follow var-keyword argument", p.span);
            return nullptr;
        }
        switch (p.kind) {
        case ParamKind::Plain:
            if (saw_star) {
                kwonly.push_back(p.arg);
                kw_defaults.push_back(p.default_value);
            } else {
                if (p.default_value) {
                    defaults.push_back(p.default_value);
                    saw_default = true;
                } else if (saw_default) {
                    fail("non-default argument follows default argument", p.arg->span);
                    return nullptr;
                }
                args.push_back(p.arg);
            }
            break;
        case ParamKind::Slash:
            if (saw_slash) return fail("/ may appear only once", p.span), nullptr;
            if (saw_star) return fail("/ must be ahead of *", p.span), nullptr;
            if (args.empty()) return fail("invalid syntax", p.span), nullptr;
            posonly = std::move(args);
            args.clear();
            saw_slash = true;
            break;
        case ParamKind::Star:
            if (saw_star && !p.arg && &p == &params.back()) {
                fail("invalid syntax", p.span);
                return nullptr;
            }
            if (saw_star) {
                fail("* argument may appear only once", {p.span.begin, p.span.begin + 1});
                return nullptr;
            }
            if (p.default_value) {
                const uint32_t eq = find_char(p.arg->span.end, '=');
                fail("var-positional argument cannot have default value", {eq, eq + 1});
                return nullptr;
            }
            vararg = p.arg;
            saw_star = true;
            if (!p.arg) bare_star = &p;
            break;
        case ParamKind::DoubleStar:
            if (p.default_value) {
                const uint32_t eq = find_char(p.arg->span.end, '=');
                fail("var-keyword argument cannot have default value", {eq, eq + 1});
                return nullptr;
            }
            kwarg = p.arg;
            saw_kwarg = true;
            break;
        }
    }
    if (bare_star && kwonly.empty()) {
        Span at = bare_star->span;
        if (is_lambda) {
            // CPython reports the lambda form at the token after the star (',' ':' or ':').
            const std::string_view text = state_.file.text();
            uint32_t i = at.end;
            while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == ',')) ++i;
            at = {i, i + 1};
        }
        fail("named arguments must follow bare *", at);
        return nullptr;
    }
    Arguments* a = arena_.make<Arguments>();
    a->posonlyargs = seq(posonly);
    a->args = seq(args);
    a->vararg = vararg;
    a->kwonlyargs = seq(kwonly);
    a->kw_defaults = seq(kw_defaults);
    a->kwarg = kwarg;
    a->defaults = seq(defaults);
    return a;
}

Stmt* AstBuilder::funcdef(std::string_view name, Span name_span,
                          const std::vector<ParamItem>& params, Expr* returns,
                          const std::vector<Stmt*>& body, Span span) {
    Arguments* args = arguments(params, false);
    if (!args) return nullptr;
    auto* f = node<FunctionDef>(block(span, body));
    f->name = name;
    f->name_span = name_span;
    f->args = args;
    f->returns = returns;
    f->body = seq(body);
    return f;
}

Stmt* AstBuilder::classdef(std::string_view name, Span name_span, const std::vector<CallArg>& args,
                           const std::vector<Stmt*>& body, Span span) {
    auto* c = node<ClassDef>(block(span, body));
    c->name = name;
    c->name_span = name_span;
    if (!split_call_args(args, {0, 0}, c->bases, c->keywords)) return nullptr;
    c->body = seq(body);
    return c;
}

Stmt* AstBuilder::if_stmt(Expr* test, const std::vector<Stmt*>& body,
                          const std::vector<Stmt*>& orelse, Span span) {
    auto* s = node<If>(block(block(span, body), orelse));
    s->test = test;
    s->body = seq(body);
    s->orelse = seq(orelse);
    return s;
}

Stmt* AstBuilder::while_stmt(Expr* test, const std::vector<Stmt*>& body,
                             const std::vector<Stmt*>& orelse, Span span) {
    auto* s = node<While>(block(block(span, body), orelse));
    s->test = test;
    s->body = seq(body);
    s->orelse = seq(orelse);
    return s;
}

Stmt* AstBuilder::for_stmt(Expr* target, Expr* iter, const std::vector<Stmt*>& body,
                           const std::vector<Stmt*>& orelse, Span span) {
    auto* s = node<For>(block(block(span, body), orelse));
    set_context(target, ExprContext::Store);
    s->target = target;
    s->iter = iter;
    s->body = seq(body);
    s->orelse = seq(orelse);
    return s;
}

Stmt* AstBuilder::try_stmt(const std::vector<Stmt*>& body, const std::vector<HandlerItem>& handlers,
                           const std::vector<Stmt*>& orelse, const std::vector<Stmt*>& finalbody,
                           Span span) {
    bool star = false;
    for (size_t i = 0; i < handlers.size(); ++i) {
        if (i > 0 && handlers[i].star != handlers[0].star) {
            const Span h = handlers[i].handler->span;
            const uint32_t len = handlers[i].star ? 7 : 6;
            fail("cannot have both 'except' and 'except*' on the same 'try'",
                 {h.begin, h.begin + len});
            return nullptr;
        }
        star = handlers[i].star;
    }
    Span whole = block(span, body);
    if (!handlers.empty()) whole.end = handlers.back().handler->span.end;
    whole = block(block(whole, orelse), finalbody);
    auto* t = arena_.make<Try>(star);
    t->span = whole;
    t->body = seq(body);
    std::vector<ExceptHandler*> hs;
    for (const HandlerItem& h : handlers) hs.push_back(h.handler);
    t->handlers = seq(hs);
    t->orelse = seq(orelse);
    t->finalbody = seq(finalbody);
    return t;
}

HandlerItem AstBuilder::handler(bool star, Expr* type, std::string_view name,
                                const std::vector<Stmt*>& body, Span span) {
    ExceptHandler* h = arena_.make<ExceptHandler>();
    h->type = type;
    h->name = name;
    h->body = seq(body);
    h->span = block(span, body);
    return {h, star};
}

Stmt* AstBuilder::with_stmt(const std::vector<WithItem>& items, const std::vector<Stmt*>& body,
                            Span span) {
    auto* w = arena_.make<With>(false);
    w->span = block(span, body);
    w->items = seq(items);
    w->body = seq(body);
    return w;
}

void AstBuilder::set_context(Expr* e, ExprContext ctx) {
    switch (e->kind) {
    case ExprKind::Name:
        e->as<Name>()->ctx = ctx;
        break;
    case ExprKind::Attribute:
        e->as<Attribute>()->ctx = ctx;
        break;
    case ExprKind::Subscript:
        e->as<Subscript>()->ctx = ctx;
        break;
    case ExprKind::Starred:
        e->as<Starred>()->ctx = ctx;
        set_context(e->as<Starred>()->value, ctx);
        break;
    case ExprKind::List:
        e->as<List>()->ctx = ctx;
        for (Expr* x : e->as<List>()->elts) set_context(x, ctx);
        break;
    case ExprKind::Tuple:
        e->as<Tuple>()->ctx = ctx;
        for (Expr* x : e->as<Tuple>()->elts) set_context(x, ctx);
        break;
    default:
        break;
    }
}

Expr* AstBuilder::store(Expr* target) {
    set_context(target, ExprContext::Store);
    return target;
}

Expr* AstBuilder::named(Expr* target, Expr* value, Span span) {
    auto* n = node<NamedExpr>(span);
    set_context(target, ExprContext::Store);
    n->target = target;
    n->value = value;
    return nest(n, {target, value});
}

Expr* AstBuilder::if_exp(Expr* test, Expr* body, Expr* orelse, Span span) {
    auto* n = node<IfExp>(span);
    n->test = test;
    n->body = body;
    n->orelse = orelse;
    return nest(n, {test, body, orelse});
}

Expr* AstBuilder::lambda(const std::vector<ParamItem>& params, Expr* body, Span span) {
    Arguments* args = arguments(params, true);
    if (!args) return nullptr;
    auto* n = node<Lambda>(span);
    n->args = args;
    n->body = body;
    return nest(n, {body});
}

Expr* AstBuilder::bool_op(BoolOpKind op, const std::vector<Expr*>& values, Span span) {
    auto* n = node<BoolOp>(span);
    n->op = op;
    n->values = seq(values);
    return nest(n, values);
}

Expr* AstBuilder::unary(UnaryOpKind op, Expr* operand, Span span) {
    auto* n = node<UnaryOp>(span);
    n->op = op;
    n->operand = operand;
    return nest(n, {operand});
}

Expr* AstBuilder::compare(Expr* left, const std::vector<CompareItem>& rest, Span span) {
    auto* n = node<Compare>(span);
    n->left = left;
    std::vector<CmpOp> ops;
    std::vector<Expr*> comparators;
    for (const CompareItem& c : rest) {
        ops.push_back(c.op);
        comparators.push_back(c.operand);
    }
    n->ops = seq(ops);
    n->comparators = seq(comparators);
    comparators.push_back(left);
    return nest(n, comparators);
}

Expr* AstBuilder::starred(Expr* value, Span span) {
    auto* n = node<Starred>(span);
    n->value = value;
    return nest(n, {value});
}

Expr* AstBuilder::bin(Expr* left, Operator op, Expr* right, Span span) {
    auto* n = node<BinOp>(span);
    n->left = left;
    n->op = op;
    n->right = right;
    return nest(n, {left, right});
}

Expr* AstBuilder::await(Expr* value, Span span) {
    auto* n = node<Await>(span);
    n->value = value;
    return nest(n, {value});
}

Expr* AstBuilder::attribute(Expr* value, std::string_view attr, Span span) {
    auto* n = node<Attribute>(span);
    n->value = value;
    n->attr = attr;
    return nest(n, {value});
}

bool AstBuilder::split_call_args(const std::vector<CallArg>& args, Span parens, Seq<Expr*>& out,
                                 Seq<Keyword*>& keywords_out) {
    std::vector<Expr*> positional;
    std::vector<Keyword*> keywords;
    for (const CallArg& a : args) {
        switch (a.kind) {
        case CallArgKind::Generator:
            if (args.size() > 1 || parens.end == 0)
                return fail("Generator expression must be parenthesized", a.value->span);
            if (parens.end != 0) a.value->span = parens;
            positional.push_back(a.value);
            break;
        case CallArgKind::Positional:
            positional.push_back(a.value);
            break;
        case CallArgKind::Keyword: {
            const Expr* n = a.name;
            const uint32_t eq = find_char(n->span.end, '=');
            if (const auto* c = n->as<Constant>();
                c && !n->parenthesized &&
                (c->value_kind == ConstantKind::True || c->value_kind == ConstantKind::False ||
                 c->value_kind == ConstantKind::None)) {
                const char* word = c->value_kind == ConstantKind::True    ? "True"
                                   : c->value_kind == ConstantKind::False ? "False"
                                                                          : "None";
                return fail(std::string("cannot assign to ") + word, {n->span.begin, eq + 1});
            }
            if (!n->is<Name>() || n->parenthesized)
                return fail("expression cannot contain assignment, perhaps you meant \"==\"?",
                            {n->span.begin, eq + 1});
            Keyword* k = arena_.make<Keyword>();
            k->arg = n->as<Name>()->id;
            k->value = a.value;
            k->span = a.span;
            keywords.push_back(k);
            break;
        }
        case CallArgKind::DoubleStar: {
            Keyword* k = arena_.make<Keyword>();
            k->value = a.value;
            k->span = a.span;
            keywords.push_back(k);
            break;
        }
        }
    }
    out = seq(positional);
    keywords_out = seq(keywords);
    return true;
}

Expr* AstBuilder::call(Expr* func, const std::vector<CallArg>& args, Span parens, Span span) {
    auto* n = node<Call>(span);
    n->func = func;
    if (!split_call_args(args, parens, n->args, n->keywords)) return nullptr;
    std::vector<Expr*> children{func};
    for (const CallArg& a : args) children.push_back(a.value);
    return nest(n, children);
}

Expr* AstBuilder::subscript(Expr* value, Expr* slice, Span span) {
    auto* n = node<Subscript>(span);
    n->value = value;
    n->slice = slice;
    return nest(n, {value, slice});
}

Expr* AstBuilder::slice(Expr* lower, Expr* upper, Expr* step, Span span) {
    auto* n = node<Slice>(span);
    n->lower = lower;
    n->upper = upper;
    n->step = step;
    return nest(n, {lower, upper, step});
}

Expr* AstBuilder::name(std::string_view id, Span span) {
    auto* n = node<Name>(span);
    n->id = id;
    return n;
}

Expr* AstBuilder::constant(ConstantKind kind, Span span) {
    auto* n = node<Constant>(span);
    n->value_kind = kind;
    return n;
}

Expr* AstBuilder::group(Expr* inner) {
    if (!inner) return nullptr;
    if (inner->is<Starred>()) {
        fail("cannot use starred expression here", inner->span);
        return nullptr;
    }
    inner->parenthesized = true;
    return inner;
}

Expr* AstBuilder::tuple(const std::vector<Expr*>& elts, Span span) {
    auto* n = node<Tuple>(span);
    n->elts = seq(elts);
    return nest(n, elts);
}

Expr* AstBuilder::list(const std::vector<Expr*>& elts, Span span) {
    auto* n = node<List>(span);
    n->elts = seq(elts);
    return nest(n, elts);
}

Expr* AstBuilder::set(const std::vector<Expr*>& elts, Span span) {
    auto* n = node<Set>(span);
    n->elts = seq(elts);
    return nest(n, elts);
}

Expr* AstBuilder::dict(const std::vector<DictItem>& items, Span span) {
    auto* n = node<Dict>(span);
    std::vector<Expr*> keys, values;
    for (const DictItem& i : items) {
        keys.push_back(i.key);
        values.push_back(i.value);
    }
    n->keys = seq(keys);
    n->values = seq(values);
    values.insert(values.end(), keys.begin(), keys.end());
    return nest(n, values);
}

Expr* AstBuilder::comp(ExprKind kind, Expr* elt, Expr* value,
                       const std::vector<Comprehension*>& generators, Span span) {
    std::vector<Expr*> children{elt, value};
    for (const Comprehension* g : generators) {
        children.push_back(g->target);
        children.push_back(g->iter);
        for (Expr* e : g->ifs) children.push_back(e);
    }
    return nest(make_comp(kind, elt, value, generators, span), children);
}

Expr* AstBuilder::make_comp(ExprKind kind, Expr* elt, Expr* value,
                            const std::vector<Comprehension*>& generators, Span span) {
    switch (kind) {
    case ExprKind::ListComp: {
        auto* n = node<ListComp>(span);
        n->elt = elt;
        n->generators = seq(generators);
        return n;
    }
    case ExprKind::SetComp: {
        auto* n = node<SetComp>(span);
        n->elt = elt;
        n->generators = seq(generators);
        return n;
    }
    case ExprKind::DictComp: {
        auto* n = node<DictComp>(span);
        n->key = elt;
        n->value = value;
        n->generators = seq(generators);
        return n;
    }
    default: {
        auto* n = node<GeneratorExp>(span);
        n->elt = elt;
        n->generators = seq(generators);
        return n;
    }
    }
}

Expr* AstBuilder::genexp(Expr* elt, const std::vector<Comprehension*>& generators, Span span) {
    return comp(ExprKind::GeneratorExp, elt, nullptr, generators, span);
}

Comprehension* AstBuilder::comprehension(Expr* target, Expr* iter, bool is_async) {
    Comprehension* c = arena_.make<Comprehension>();
    set_context(target, ExprContext::Store);
    c->target = target;
    c->iter = iter;
    c->is_async = is_async;
    c->span = {target->span.begin, iter->span.end};
    return c;
}

void AstBuilder::add_if(std::vector<Comprehension*>& generators, Expr* condition) {
    Comprehension* c = generators.back();
    Seq<Expr*> grown;
    grown.size = c->ifs.size + 1;
    grown.data = arena_.make_array<Expr*>(grown.size);
    for (uint32_t i = 0; i < c->ifs.size; ++i) grown.data[i] = c->ifs[i];
    grown.data[c->ifs.size] = condition;
    c->ifs = grown;
}

Expr* AstBuilder::maybe_tuple(const std::vector<Expr*>& elts, bool trailing_comma, Span span) {
    if (elts.size() == 1 && !trailing_comma) return elts[0];
    return tuple(elts, span);
}

Expr* AstBuilder::yield(Expr* value, Span span) {
    auto* n = node<Yield>(span);
    n->value = value;
    return nest(n, {value});
}

Expr* AstBuilder::yield_from(Expr* value, Span span) {
    auto* n = node<YieldFrom>(span);
    n->value = value;
    return nest(n, {value});
}

} // namespace coil::front
