// ast.dump() for coil's AST: field order, omitted None fields and value reprs as in 3.11.
#include "front/ast_dump.hpp"

#include "front/lexer_literals.hpp"
#include "front/unicode_data.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace coil::front {

using namespace ast;

std::string repr_str(std::string_view s) {
    const bool has_single = s.find('\'') != std::string_view::npos;
    const bool has_double = s.find('"') != std::string_view::npos;
    const char quote = has_single && !has_double ? '"' : '\'';
    std::string out(1, quote);
    size_t i = 0;
    char buf[16];
    while (i < s.size()) {
        uint32_t cp = 0;
        size_t len = decode_utf8(s.data() + i, s.size() - i, cp);
        if (len == 0) {
            cp = static_cast<unsigned char>(s[i]);
            len = 1;
        }
        i += len;
        if (cp == static_cast<uint32_t>(quote) || cp == '\\') {
            out += '\\';
            out += static_cast<char>(cp);
        } else if (cp == '\t') {
            out += "\\t";
        } else if (cp == '\n') {
            out += "\\n";
        } else if (cp == '\r') {
            out += "\\r";
        } else if (cp < 0x20 || cp == 0x7f) {
            std::snprintf(buf, sizeof buf, "\\x%02x", cp);
            out += buf;
        } else if (cp < 0x7f) {
            out += static_cast<char>(cp);
        } else if (is_printable(cp)) {
            append_utf8(out, cp);
        } else if (cp <= 0xff) {
            std::snprintf(buf, sizeof buf, "\\x%02x", cp);
            out += buf;
        } else if (cp <= 0xffff) {
            std::snprintf(buf, sizeof buf, "\\u%04x", cp);
            out += buf;
        } else {
            std::snprintf(buf, sizeof buf, "\\U%08x", cp);
            out += buf;
        }
    }
    out += quote;
    return out;
}

std::string repr_bytes(std::string_view s) {
    const bool has_single = s.find('\'') != std::string_view::npos;
    const bool has_double = s.find('"') != std::string_view::npos;
    const char quote = has_single && !has_double ? '"' : '\'';
    std::string out = "b";
    out += quote;
    char buf[8];
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == static_cast<unsigned char>(quote) || c == '\\') {
            out += '\\';
            out += ch;
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c >= 0x7f) {
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        } else {
            out += ch;
        }
    }
    out += quote;
    return out;
}

// float.__repr__: the shortest round-tripping digits, fixed notation for exponents in
// [-4, 16), scientific otherwise.
std::string repr_float(double value) {
    if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
    if (std::isnan(value)) return "nan";
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    std::string sci(buf, res.ptr);
    std::string sign;
    if (!sci.empty() && sci[0] == '-') {
        sign = "-";
        sci.erase(0, 1);
    }
    const size_t e = sci.find('e');
    std::string digits = sci.substr(0, e);
    const int exponent = std::atoi(sci.c_str() + e + 1);
    digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
    std::string out = sign;
    if (exponent >= -4 && exponent < 16) {
        if (exponent < 0) {
            out += "0.";
            out.append(static_cast<size_t>(-exponent - 1), '0');
            out += digits;
        } else if (static_cast<size_t>(exponent) + 1 >= digits.size()) {
            out += digits;
            out.append(static_cast<size_t>(exponent) + 1 - digits.size(), '0');
            out += ".0";
        } else {
            out += digits.substr(0, static_cast<size_t>(exponent) + 1);
            out += '.';
            out += digits.substr(static_cast<size_t>(exponent) + 1);
        }
        return out;
    }
    out += digits[0];
    if (digits.size() > 1) {
        out += '.';
        out += digits.substr(1);
    }
    std::snprintf(buf, sizeof buf, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
    out += buf;
    return out;
}

namespace {

const char* const operator_names[] = {"Add",    "Sub",    "Mult",    "MatMult", "Div",
                                      "Mod",    "Pow",    "LShift",  "RShift",  "BitOr",
                                      "BitXor", "BitAnd", "FloorDiv"};
const char* const unary_names[] = {"Invert", "Not", "UAdd", "USub"};
const char* const cmp_names[] = {"Eq",  "NotEq", "Lt",    "LtE", "Gt",
                                 "GtE", "Is",    "IsNot", "In",  "NotIn"};
const char* const ctx_names[] = {"Load()", "Store()", "Del()"};

class Dumper {
public:
    Dumper(const SourceFile& file, bool positions) : file_(file), positions_(positions) {}

    std::string out;

    void module(const Module& m) {
        switch (m.kind) {
        case ModuleKind::Expression:
            out += "Expression(body=";
            expr(m.expression);
            out += ')';
            return;
        case ModuleKind::Interactive:
            out += "Interactive(body=";
            stmts(m.body);
            out += ')';
            return;
        case ModuleKind::Module:
            out += "Module(body=";
            stmts(m.body);
            out += ", type_ignores=[])";
            return;
        }
    }

private:
    void field(const char* name) {
        if (!first_) out += ", ";
        first_ = false;
        out += name;
        out += '=';
    }
    void open(const char* name) {
        out += name;
        out += '(';
        first_ = true;
    }
    void close(Span span) {
        if (positions_) {
            const LineColumn b = file_.locate(span.begin);
            const LineColumn e = file_.locate(span.end);
            char buf[96];
            std::snprintf(buf, sizeof buf,
                          "%slineno=%u, col_offset=%u, end_lineno=%u, end_col_offset=%u",
                          first_ ? "" : ", ", b.line, b.column, e.line, e.column);
            out += buf;
        }
        out += ')';
        first_ = false;
    }
    void close() {
        out += ')';
        first_ = false;
    }
    void identifier(std::string_view id) { out += repr_str(id); }
    void number(long long v) { out += std::to_string(v); }

    void stmts(const Seq<Stmt*>& body) {
        out += '[';
        for (uint32_t i = 0; i < body.size; ++i) {
            if (i) out += ", ";
            stmt(body[i]);
        }
        out += ']';
    }
    void exprs(const Seq<Expr*>& items) {
        out += '[';
        for (uint32_t i = 0; i < items.size; ++i) {
            if (i) out += ", ";
            if (items[i])
                expr(items[i]);
            else
                out += "None";
        }
        out += ']';
    }
    void opt(const char* name, const Expr* e) {
        if (!e) return;
        field(name);
        expr(e);
    }
    void req(const char* name, const Expr* e) {
        field(name);
        expr(e);
    }
    void list(const char* name, const Seq<Expr*>& items) {
        field(name);
        exprs(items);
    }
    void body(const char* name, const Seq<Stmt*>& items) {
        field(name);
        stmts(items);
    }

    void arg(const Arg* a) {
        open("arg");
        field("arg");
        identifier(a->arg);
        opt("annotation", a->annotation);
        close(a->span);
    }
    void args_list(const char* name, const Seq<Arg*>& items) {
        field(name);
        out += '[';
        for (uint32_t i = 0; i < items.size; ++i) {
            if (i) out += ", ";
            arg(items[i]);
        }
        out += ']';
    }
    void arguments(const Arguments* a) {
        open("arguments");
        args_list("posonlyargs", a->posonlyargs);
        args_list("args", a->args);
        if (a->vararg) {
            field("vararg");
            arg(a->vararg);
        }
        args_list("kwonlyargs", a->kwonlyargs);
        list("kw_defaults", a->kw_defaults);
        if (a->kwarg) {
            field("kwarg");
            arg(a->kwarg);
        }
        list("defaults", a->defaults);
        close();
    }
    void keywords(const Seq<Keyword*>& items) {
        field("keywords");
        out += '[';
        for (uint32_t i = 0; i < items.size; ++i) {
            if (i) out += ", ";
            const Keyword* k = items[i];
            open("keyword");
            if (!k->arg.empty()) {
                field("arg");
                identifier(k->arg);
            }
            req("value", k->value);
            close(k->span);
        }
        out += ']';
    }
    void aliases(const Seq<Alias*>& items) {
        field("names");
        out += '[';
        for (uint32_t i = 0; i < items.size; ++i) {
            if (i) out += ", ";
            const Alias* a = items[i];
            open("alias");
            field("name");
            identifier(a->name);
            if (!a->asname.empty()) {
                field("asname");
                identifier(a->asname);
            }
            close(a->span);
        }
        out += ']';
    }
    void generators(const Seq<Comprehension*>& items) {
        field("generators");
        out += '[';
        for (uint32_t i = 0; i < items.size; ++i) {
            if (i) out += ", ";
            const Comprehension* c = items[i];
            open("comprehension");
            req("target", c->target);
            req("iter", c->iter);
            list("ifs", c->ifs);
            field("is_async");
            number(c->is_async ? 1 : 0);
            close();
        }
        out += ']';
    }
    void ctx(ExprContext c) {
        field("ctx");
        out += ctx_names[static_cast<int>(c)];
    }
    void names(const Seq<Identifier>& items) {
        field("names");
        out += '[';
        for (uint32_t i = 0; i < items.size; ++i) {
            if (i) out += ", ";
            identifier(items[i]);
        }
        out += ']';
    }

    void constant_value(const Constant* c) {
        switch (c->value_kind) {
        case ConstantKind::None:
            out += "None";
            break;
        case ConstantKind::True:
            out += "True";
            break;
        case ConstantKind::False:
            out += "False";
            break;
        case ConstantKind::Ellipsis:
            out += "Ellipsis";
            break;
        case ConstantKind::Int:
            if (c->big)
                out += c->text;
            else
                out += std::to_string(c->small);
            break;
        case ConstantKind::Float:
            out += repr_float(c->number);
            break;
        case ConstantKind::Complex: {
            std::string r = repr_float(c->number);
            if (r.size() > 2 && r.compare(r.size() - 2, 2, ".0") == 0) r.resize(r.size() - 2);
            out += r;
            out += 'j';
            break;
        }
        case ConstantKind::Str:
            out += repr_str(c->text);
            break;
        case ConstantKind::Bytes:
            out += repr_bytes(c->text);
            break;
        }
    }

    void expr(const Expr* e) {
        switch (e->kind) {
        case ExprKind::BoolOp: {
            auto* n = e->as<BoolOp>();
            open("BoolOp");
            field("op");
            out += n->op == BoolOpKind::And ? "And()" : "Or()";
            list("values", n->values);
            break;
        }
        case ExprKind::NamedExpr: {
            auto* n = e->as<NamedExpr>();
            open("NamedExpr");
            req("target", n->target);
            req("value", n->value);
            break;
        }
        case ExprKind::BinOp: {
            auto* n = e->as<BinOp>();
            open("BinOp");
            req("left", n->left);
            field("op");
            out += operator_names[static_cast<int>(n->op)];
            out += "()";
            req("right", n->right);
            break;
        }
        case ExprKind::UnaryOp: {
            auto* n = e->as<UnaryOp>();
            open("UnaryOp");
            field("op");
            out += unary_names[static_cast<int>(n->op)];
            out += "()";
            req("operand", n->operand);
            break;
        }
        case ExprKind::Lambda: {
            auto* n = e->as<Lambda>();
            open("Lambda");
            field("args");
            arguments(n->args);
            req("body", n->body);
            break;
        }
        case ExprKind::IfExp: {
            auto* n = e->as<IfExp>();
            open("IfExp");
            req("test", n->test);
            req("body", n->body);
            req("orelse", n->orelse);
            break;
        }
        case ExprKind::Dict: {
            auto* n = e->as<Dict>();
            open("Dict");
            list("keys", n->keys);
            list("values", n->values);
            break;
        }
        case ExprKind::Set: {
            open("Set");
            list("elts", e->as<Set>()->elts);
            break;
        }
        case ExprKind::ListComp: {
            auto* n = e->as<ListComp>();
            open("ListComp");
            req("elt", n->elt);
            generators(n->generators);
            break;
        }
        case ExprKind::SetComp: {
            auto* n = e->as<SetComp>();
            open("SetComp");
            req("elt", n->elt);
            generators(n->generators);
            break;
        }
        case ExprKind::DictComp: {
            auto* n = e->as<DictComp>();
            open("DictComp");
            req("key", n->key);
            req("value", n->value);
            generators(n->generators);
            break;
        }
        case ExprKind::GeneratorExp: {
            auto* n = e->as<GeneratorExp>();
            open("GeneratorExp");
            req("elt", n->elt);
            generators(n->generators);
            break;
        }
        case ExprKind::Await: {
            open("Await");
            req("value", e->as<Await>()->value);
            break;
        }
        case ExprKind::Yield: {
            open("Yield");
            opt("value", e->as<Yield>()->value);
            break;
        }
        case ExprKind::YieldFrom: {
            open("YieldFrom");
            req("value", e->as<YieldFrom>()->value);
            break;
        }
        case ExprKind::Compare: {
            auto* n = e->as<Compare>();
            open("Compare");
            req("left", n->left);
            field("ops");
            out += '[';
            for (uint32_t i = 0; i < n->ops.size; ++i) {
                if (i) out += ", ";
                out += cmp_names[static_cast<int>(n->ops[i])];
                out += "()";
            }
            out += ']';
            list("comparators", n->comparators);
            break;
        }
        case ExprKind::Call: {
            auto* n = e->as<Call>();
            open("Call");
            req("func", n->func);
            list("args", n->args);
            keywords(n->keywords);
            break;
        }
        case ExprKind::FormattedValue: {
            auto* n = e->as<FormattedValue>();
            open("FormattedValue");
            req("value", n->value);
            field("conversion");
            number(n->conversion);
            opt("format_spec", n->format_spec);
            break;
        }
        case ExprKind::JoinedStr: {
            open("JoinedStr");
            list("values", e->as<JoinedStr>()->values);
            break;
        }
        case ExprKind::Constant: {
            auto* n = e->as<Constant>();
            open("Constant");
            field("value");
            constant_value(n);
            if (n->u_prefix) {
                field("kind");
                out += "'u'";
            }
            break;
        }
        case ExprKind::Attribute: {
            auto* n = e->as<Attribute>();
            open("Attribute");
            req("value", n->value);
            field("attr");
            identifier(n->attr);
            ctx(n->ctx);
            break;
        }
        case ExprKind::Subscript: {
            auto* n = e->as<Subscript>();
            open("Subscript");
            req("value", n->value);
            req("slice", n->slice);
            ctx(n->ctx);
            break;
        }
        case ExprKind::Starred: {
            auto* n = e->as<Starred>();
            open("Starred");
            req("value", n->value);
            ctx(n->ctx);
            break;
        }
        case ExprKind::Name: {
            auto* n = e->as<Name>();
            open("Name");
            field("id");
            identifier(n->id);
            ctx(n->ctx);
            break;
        }
        case ExprKind::List: {
            auto* n = e->as<List>();
            open("List");
            list("elts", n->elts);
            ctx(n->ctx);
            break;
        }
        case ExprKind::Tuple: {
            auto* n = e->as<Tuple>();
            open("Tuple");
            list("elts", n->elts);
            ctx(n->ctx);
            break;
        }
        case ExprKind::Slice: {
            auto* n = e->as<Slice>();
            open("Slice");
            opt("lower", n->lower);
            opt("upper", n->upper);
            opt("step", n->step);
            break;
        }
        }
        close(e->span);
    }

    void stmt(const Stmt* s) {
        switch (s->kind) {
        case StmtKind::FunctionDef:
        case StmtKind::AsyncFunctionDef: {
            auto* n = s->as<FunctionDef>();
            open(n->is_async() ? "AsyncFunctionDef" : "FunctionDef");
            field("name");
            identifier(n->name);
            field("args");
            arguments(n->args);
            body("body", n->body);
            list("decorator_list", n->decorator_list);
            opt("returns", n->returns);
            break;
        }
        case StmtKind::ClassDef: {
            auto* n = s->as<ClassDef>();
            open("ClassDef");
            field("name");
            identifier(n->name);
            list("bases", n->bases);
            keywords(n->keywords);
            body("body", n->body);
            list("decorator_list", n->decorator_list);
            break;
        }
        case StmtKind::Return: {
            open("Return");
            opt("value", s->as<Return>()->value);
            break;
        }
        case StmtKind::Delete: {
            open("Delete");
            list("targets", s->as<Delete>()->targets);
            break;
        }
        case StmtKind::Assign: {
            auto* n = s->as<Assign>();
            open("Assign");
            list("targets", n->targets);
            req("value", n->value);
            break;
        }
        case StmtKind::AugAssign: {
            auto* n = s->as<AugAssign>();
            open("AugAssign");
            req("target", n->target);
            field("op");
            out += operator_names[static_cast<int>(n->op)];
            out += "()";
            req("value", n->value);
            break;
        }
        case StmtKind::AnnAssign: {
            auto* n = s->as<AnnAssign>();
            open("AnnAssign");
            req("target", n->target);
            req("annotation", n->annotation);
            opt("value", n->value);
            field("simple");
            number(n->simple ? 1 : 0);
            break;
        }
        case StmtKind::For:
        case StmtKind::AsyncFor: {
            auto* n = s->as<For>();
            open(n->is_async() ? "AsyncFor" : "For");
            req("target", n->target);
            req("iter", n->iter);
            body("body", n->body);
            body("orelse", n->orelse);
            break;
        }
        case StmtKind::While: {
            auto* n = s->as<While>();
            open("While");
            req("test", n->test);
            body("body", n->body);
            body("orelse", n->orelse);
            break;
        }
        case StmtKind::If: {
            auto* n = s->as<If>();
            open("If");
            req("test", n->test);
            body("body", n->body);
            body("orelse", n->orelse);
            break;
        }
        case StmtKind::With:
        case StmtKind::AsyncWith: {
            auto* n = s->as<With>();
            open(n->is_async() ? "AsyncWith" : "With");
            field("items");
            out += '[';
            for (uint32_t i = 0; i < n->items.size; ++i) {
                if (i) out += ", ";
                open("withitem");
                req("context_expr", n->items[i].context_expr);
                opt("optional_vars", n->items[i].optional_vars);
                close();
            }
            out += ']';
            body("body", n->body);
            break;
        }
        case StmtKind::Raise: {
            auto* n = s->as<Raise>();
            open("Raise");
            opt("exc", n->exc);
            opt("cause", n->cause);
            break;
        }
        case StmtKind::Try:
        case StmtKind::TryStar: {
            auto* n = s->as<Try>();
            open(n->is_star() ? "TryStar" : "Try");
            body("body", n->body);
            field("handlers");
            out += '[';
            for (uint32_t i = 0; i < n->handlers.size; ++i) {
                if (i) out += ", ";
                const ExceptHandler* h = n->handlers[i];
                open("ExceptHandler");
                opt("type", h->type);
                if (!h->name.empty()) {
                    field("name");
                    identifier(h->name);
                }
                body("body", h->body);
                close(h->span);
            }
            out += ']';
            body("orelse", n->orelse);
            body("finalbody", n->finalbody);
            break;
        }
        case StmtKind::Assert: {
            auto* n = s->as<Assert>();
            open("Assert");
            req("test", n->test);
            opt("msg", n->msg);
            break;
        }
        case StmtKind::Import: {
            open("Import");
            aliases(s->as<Import>()->names);
            break;
        }
        case StmtKind::ImportFrom: {
            auto* n = s->as<ImportFrom>();
            open("ImportFrom");
            if (!n->module.empty()) {
                field("module");
                identifier(n->module);
            }
            aliases(n->names);
            field("level");
            number(n->level);
            break;
        }
        case StmtKind::Global: {
            open("Global");
            names(s->as<Global>()->names);
            break;
        }
        case StmtKind::Nonlocal: {
            open("Nonlocal");
            names(s->as<Nonlocal>()->names);
            break;
        }
        case StmtKind::ExprStmt: {
            open("Expr");
            req("value", s->as<ExprStmt>()->value);
            break;
        }
        case StmtKind::Pass:
            open("Pass");
            break;
        case StmtKind::Break:
            open("Break");
            break;
        case StmtKind::Continue:
            open("Continue");
            break;
        case StmtKind::Match: {
            auto* n = s->as<Match>();
            open("Match");
            req("subject", n->subject);
            field("cases");
            out += '[';
            for (uint32_t i = 0; i < n->cases.size; ++i) {
                if (i) out += ", ";
                const MatchCase* c = n->cases[i];
                open("match_case");
                field("pattern");
                pattern(c->pattern);
                opt("guard", c->guard);
                body("body", c->body);
                close();
            }
            out += ']';
            break;
        }
        }
        close(s->span);
    }

    void patterns(const char* name, const Seq<Pattern*>& items) {
        field(name);
        out += '[';
        for (uint32_t i = 0; i < items.size; ++i) {
            if (i) out += ", ";
            pattern(items[i]);
        }
        out += ']';
    }

    void optional_identifier(const char* name, Identifier id) {
        if (id.empty()) return;
        field(name);
        identifier(id);
    }

    void pattern(const Pattern* p) {
        switch (p->kind) {
        case PatternKind::MatchValue:
            open("MatchValue");
            req("value", p->as<MatchValue>()->value);
            break;
        case PatternKind::MatchSingleton: {
            open("MatchSingleton");
            field("value");
            const ConstantKind v = p->as<MatchSingleton>()->value;
            out += v == ConstantKind::True ? "True" : v == ConstantKind::False ? "False" : "None";
            break;
        }
        case PatternKind::MatchSequence:
            open("MatchSequence");
            patterns("patterns", p->as<MatchSequence>()->patterns);
            break;
        case PatternKind::MatchMapping: {
            auto* n = p->as<MatchMapping>();
            open("MatchMapping");
            list("keys", n->keys);
            patterns("patterns", n->patterns);
            optional_identifier("rest", n->rest);
            break;
        }
        case PatternKind::MatchClass: {
            auto* n = p->as<MatchClass>();
            open("MatchClass");
            req("cls", n->cls);
            patterns("patterns", n->patterns);
            field("kwd_attrs");
            out += '[';
            for (uint32_t i = 0; i < n->kwd_attrs.size; ++i) {
                if (i) out += ", ";
                identifier(n->kwd_attrs[i]);
            }
            out += ']';
            patterns("kwd_patterns", n->kwd_patterns);
            break;
        }
        case PatternKind::MatchStar:
            open("MatchStar");
            optional_identifier("name", p->as<MatchStar>()->name);
            break;
        case PatternKind::MatchAs: {
            auto* n = p->as<MatchAs>();
            open("MatchAs");
            if (n->pattern) {
                field("pattern");
                pattern(n->pattern);
            }
            optional_identifier("name", n->name);
            break;
        }
        case PatternKind::MatchOr:
            open("MatchOr");
            patterns("patterns", p->as<MatchOr>()->patterns);
            break;
        }
        close(p->span);
    }

    const SourceFile& file_;
    bool positions_;
    bool first_ = true;
};

} // namespace

std::string dump_ast(const Module& module, const SourceFile& file, bool positions) {
    Dumper d(file, positions);
    d.module(module);
    return std::move(d.out);
}

} // namespace coil::front
