// AstBuilder's actions for the match statement: case clauses and the patterns of PEP 634.
#include "front/ast_builder.hpp"

namespace coil::front {

using namespace ast;

Stmt* AstBuilder::match_stmt(Expr* subject, const std::vector<MatchCase*>& cases, Span span) {
    auto* s = node<Match>(span);
    s->subject = subject;
    s->cases = seq(cases);
    const Seq<Stmt*>& last_body = cases.back()->body;
    s->span = block(span, std::vector<Stmt*>(last_body.begin(), last_body.end()));
    return s;
}

MatchCase* AstBuilder::match_case(Pattern* pattern, Expr* guard, const std::vector<Stmt*>& body) {
    auto* c = arena_.make<MatchCase>();
    c->pattern = pattern;
    c->guard = guard;
    c->body = seq(body);
    return c;
}

Pattern* AstBuilder::match_sequence(const std::vector<Pattern*>& patterns, Span span) {
    auto* p = node<MatchSequence>(span);
    p->patterns = seq(patterns);
    return p;
}

Pattern* AstBuilder::match_as(Pattern* pattern, std::string_view name, Span name_span, Span span) {
    if (name == "_") {
        fail("cannot use '_' as a target", name_span);
        return nullptr;
    }
    auto* p = node<MatchAs>(span);
    p->pattern = pattern;
    p->name = name;
    return p;
}

Pattern* AstBuilder::match_or(const std::vector<Pattern*>& patterns, Span span) {
    auto* p = node<MatchOr>(span);
    p->patterns = seq(patterns);
    return p;
}

Pattern* AstBuilder::match_star(std::string_view name, Span span) {
    auto* p = node<MatchStar>(span);
    if (name != "_") p->name = name;
    return p;
}

Pattern* AstBuilder::literal_pattern(Expr* value, Span span) {
    if (const Constant* c = value->as<Constant>()) {
        const ConstantKind k = c->value_kind;
        if (k == ConstantKind::None || k == ConstantKind::True || k == ConstantKind::False) {
            auto* p = node<MatchSingleton>(span);
            p->value = k;
            return p;
        }
    }
    auto* p = node<MatchValue>(span);
    p->value = value;
    return p;
}

Pattern* AstBuilder::name_pattern(Expr* name_or_attr, Span span) {
    if (const Name* n = name_or_attr->as<Name>()) {
        auto* p = node<MatchAs>(span);
        if (n->id != "_") p->name = n->id;
        return p;
    }
    auto* p = node<MatchValue>(span);
    p->value = name_or_attr;
    return p;
}

Pattern* AstBuilder::class_pattern(Expr* cls, const std::vector<PatternArg>& args, Span span) {
    std::vector<Pattern*> positional;
    std::vector<Identifier> attrs;
    std::vector<Pattern*> keyword;
    const PatternArg* misplaced_first = nullptr;
    const PatternArg* misplaced_last = nullptr;
    for (const PatternArg& a : args) {
        if (!a.name.empty()) {
            attrs.push_back(a.name);
            keyword.push_back(a.pattern);
        } else if (!keyword.empty()) {
            if (!misplaced_first) misplaced_first = &a;
            misplaced_last = &a;
        } else {
            positional.push_back(a.pattern);
        }
    }
    if (misplaced_first) {
        fail("positional patterns follow keyword patterns",
             {misplaced_first->span.begin, misplaced_last->span.end});
        return nullptr;
    }
    auto* p = node<MatchClass>(span);
    p->cls = cls;
    p->patterns = seq(positional);
    p->kwd_attrs = seq(attrs);
    p->kwd_patterns = seq(keyword);
    return p;
}

Pattern* AstBuilder::match_mapping(const std::vector<MappingItem>& items, std::string_view rest,
                                   Span rest_span, Span span) {
    if (rest == "_") {
        fail("invalid syntax", rest_span);
        return nullptr;
    }
    std::vector<Expr*> keys;
    std::vector<Pattern*> patterns;
    for (const MappingItem& item : items) {
        keys.push_back(item.key);
        patterns.push_back(item.pattern);
    }
    auto* p = node<MatchMapping>(span);
    p->keys = seq(keys);
    p->patterns = seq(patterns);
    p->rest = rest;
    return p;
}

namespace {

bool is_imaginary(const Expr* e) {
    const Constant* c = e->as<Constant>();
    return c && c->value_kind == ConstantKind::Complex;
}

} // namespace

Expr* AstBuilder::complex_literal(Expr* real, Operator op, Expr* imag, Span span) {
    const Expr* real_number = real->is<UnaryOp>() ? real->as<UnaryOp>()->operand : real;
    if (is_imaginary(real_number)) {
        fail("real number required in complex literal", real_number->span);
        return nullptr;
    }
    if (!is_imaginary(imag)) {
        fail("imaginary number required in complex literal", imag->span);
        return nullptr;
    }
    return bin(real, op, imag, span);
}

bool AstBuilder::mapping_key(Expr* key, Span colon) {
    if (key->is<Attribute>()) return true;
    return fail("invalid syntax", colon);
}

} // namespace coil::front
