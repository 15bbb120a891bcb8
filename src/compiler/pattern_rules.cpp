// compile.c's pattern errors, found in the order CPython compiles a pattern. Like CPython, an
// error is reported at the last pattern whose compilation started, which is not always the
// pattern at fault ("alternative patterns bind different names" points into the alternative).
#include "compiler/pattern_rules.hpp"

#include "front/ast_dump.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace coil::compiler {

using namespace coil::ast;

bool is_wildcard(const Pattern* pattern) {
    const MatchAs* as = pattern->as<MatchAs>();
    return as && !as->pattern && as->name.empty();
}

namespace {

// The value of a literal pattern or mapping key after CPython's constant folding, enough to
// find duplicate keys (1, 1.0 and True are the same key) and to show them as repr() does.
struct LiteralValue {
    enum class Kind : uint8_t { Number, Str, Bytes, None, Other } kind = Kind::Other;
    bool is_int = false;
    bool is_complex = false;
    bool big = false;
    int64_t integer = 0;
    double real = 0.0;
    double imag = 0.0;
    std::string text; // str, bytes, or a big int's digits

    bool same_key(const LiteralValue& o) const {
        if (kind != o.kind) return false;
        switch (kind) {
        case Kind::Number:
            if (big || o.big) return big && o.big && text == o.text;
            if (is_int && o.is_int) return integer == o.integer;
            return real == o.real && imag == o.imag;
        case Kind::Str:
        case Kind::Bytes:
            return text == o.text;
        case Kind::None:
            return true;
        case Kind::Other:
            return false;
        }
        return false;
    }
};

// repr() of a complex part: a float's repr without a trailing ".0".
std::string complex_part(double v) {
    std::string s = front::repr_float(v);
    if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
    return s;
}

std::string repr_of(const Expr* e, const LiteralValue& v) {
    if (const Constant* c = e->as<Constant>()) {
        switch (c->value_kind) {
        case ConstantKind::None:
            return "None";
        case ConstantKind::True:
            return "True";
        case ConstantKind::False:
            return "False";
        case ConstantKind::Str:
            return front::repr_str(c->text);
        case ConstantKind::Bytes:
            return front::repr_bytes(c->text);
        default:
            break;
        }
    }
    if (v.big) return v.text;
    if (v.is_int) return std::to_string(v.integer);
    if (!v.is_complex) return front::repr_float(v.real);
    const std::string imag = complex_part(v.imag) + "j";
    if (v.real == 0.0 && !std::signbit(v.real)) return imag;
    std::string out(1, '(');
    out += complex_part(v.real);
    if (!std::signbit(v.imag)) out += '+';
    out += imag;
    out += ')';
    return out;
}

// The folded value of a literal; Kind::Other when the expression is not one.
LiteralValue fold(const Expr* e) {
    LiteralValue v;
    if (const Constant* c = e->as<Constant>()) {
        switch (c->value_kind) {
        case ConstantKind::None:
            v.kind = LiteralValue::Kind::None;
            break;
        case ConstantKind::True:
        case ConstantKind::False:
            v.kind = LiteralValue::Kind::Number;
            v.is_int = true;
            v.integer = c->value_kind == ConstantKind::True;
            v.real = static_cast<double>(v.integer);
            break;
        case ConstantKind::Int:
            v.kind = LiteralValue::Kind::Number;
            v.is_int = true;
            v.big = c->big;
            v.text = std::string(c->text);
            v.integer = c->small;
            v.real = static_cast<double>(c->small);
            break;
        case ConstantKind::Float:
            v.kind = LiteralValue::Kind::Number;
            v.real = c->number;
            break;
        case ConstantKind::Complex:
            v.kind = LiteralValue::Kind::Number;
            v.is_complex = true;
            v.imag = c->number;
            break;
        case ConstantKind::Str:
            v.kind = LiteralValue::Kind::Str;
            v.text = std::string(c->text);
            break;
        case ConstantKind::Bytes:
            v.kind = LiteralValue::Kind::Bytes;
            v.text = std::string(c->text);
            break;
        case ConstantKind::Ellipsis:
            break;
        }
        return v;
    }
    if (const UnaryOp* u = e->as<UnaryOp>()) {
        v = fold(u->operand);
        if (v.kind != LiteralValue::Kind::Number) return LiteralValue{};
        if (v.big) {
            v.text = v.text[0] == '-' ? v.text.substr(1) : "-" + v.text;
        } else if (v.is_int) {
            v.integer = -v.integer;
        }
        v.real = -v.real;
        if (v.is_complex) v.imag = -v.imag;
        return v;
    }
    if (const BinOp* b = e->as<BinOp>()) {
        LiteralValue left = fold(b->left);
        const LiteralValue right = fold(b->right);
        if (left.kind != LiteralValue::Kind::Number || right.kind != LiteralValue::Kind::Number)
            return LiteralValue{};
        left.is_int = false;
        left.is_complex = true;
        left.big = false;
        // As complex arithmetic does it: the real operand has a +0.0 imaginary part.
        const bool sub = b->op == Operator::Sub;
        left.real = sub ? left.real - right.real : left.real + right.real;
        left.imag = sub ? left.imag - right.imag : left.imag + right.imag;
        return left;
    }
    return v;
}

class PatternChecker {
public:
    std::optional<SyntaxDiagnostic> error;

    void check(const Pattern* p, bool allow_irrefutable) {
        if (error) return;
        at_ = p->span;
        switch (p->kind) {
        case PatternKind::MatchValue: {
            const Expr* value = p->as<MatchValue>()->value;
            if (!value->is<Attribute>() && fold(value).kind == LiteralValue::Kind::Other)
                fail("patterns may only match literals and attribute lookups");
            break;
        }
        case PatternKind::MatchSingleton:
            break;
        case PatternKind::MatchSequence: {
            const Seq<Pattern*>& items = p->as<MatchSequence>()->patterns;
            const auto stars = std::count_if(items.begin(), items.end(),
                                             [](const Pattern* q) { return q->is<MatchStar>(); });
            if (stars > 1) return fail("multiple starred names in sequence pattern");
            for (const Pattern* q : items) check(q, true);
            break;
        }
        case PatternKind::MatchStar:
            store(p->as<MatchStar>()->name);
            break;
        case PatternKind::MatchMapping:
            check_mapping(p->as<MatchMapping>());
            break;
        case PatternKind::MatchClass:
            check_class(p->as<MatchClass>());
            break;
        case PatternKind::MatchAs: {
            const MatchAs* as = p->as<MatchAs>();
            if (!as->pattern) {
                if (!allow_irrefutable) {
                    if (as->name.empty())
                        return fail("wildcard makes remaining patterns unreachable");
                    return fail("name capture '" + std::string(as->name) +
                                "' makes remaining patterns unreachable");
                }
                store(as->name);
                break;
            }
            check(as->pattern, allow_irrefutable);
            store(as->name);
            break;
        }
        case PatternKind::MatchOr:
            check_or(p->as<MatchOr>(), allow_irrefutable);
            break;
        }
    }

private:
    void fail(std::string message) {
        if (!error) error = SyntaxDiagnostic{SyntaxErrorKind::SyntaxError, std::move(message), at_};
    }

    void store(Identifier name) {
        if (name.empty() || error) return;
        if (name == "__debug__") return fail("cannot assign to __debug__");
        if (std::find(stores_.begin(), stores_.end(), name) != stores_.end())
            return fail("multiple assignments to name '" + std::string(name) + "' in pattern");
        stores_.push_back(name);
    }

    void check_mapping(const MatchMapping* m) {
        std::vector<LiteralValue> seen;
        for (const Expr* key : m->keys) {
            if (key->is<Attribute>()) continue;
            LiteralValue v = fold(key);
            if (v.kind == LiteralValue::Kind::Other)
                return fail("mapping pattern keys may only match literals and attribute lookups");
            for (const LiteralValue& other : seen) {
                if (other.same_key(v))
                    return fail("mapping pattern checks duplicate key (" + repr_of(key, v) + ")");
            }
            seen.push_back(std::move(v));
        }
        for (const Pattern* q : m->patterns) check(q, true);
        store(m->rest);
    }

    void check_class(const MatchClass* c) {
        const Seq<Identifier>& attrs = c->kwd_attrs;
        for (uint32_t i = 0; i < attrs.size; ++i) {
            at_ = c->kwd_patterns[i]->span;
            if (attrs[i] == "__debug__") return fail("cannot assign to __debug__");
            for (uint32_t j = i + 1; j < attrs.size; ++j) {
                if (attrs[j] == attrs[i]) {
                    at_ = c->kwd_patterns[j]->span;
                    return fail("attribute name repeated in class pattern: " +
                                std::string(attrs[i]));
                }
            }
        }
        for (const Pattern* q : c->patterns) check(q, true);
        for (const Pattern* q : c->kwd_patterns) check(q, true);
    }

    // Each alternative binds its names afresh; all must bind the same set, which then joins
    // the names bound around the or-pattern.
    void check_or(const MatchOr* o, bool allow_irrefutable) {
        std::vector<Identifier> outer = std::move(stores_);
        std::vector<Identifier> control;
        for (uint32_t i = 0; i < o->patterns.size && !error; ++i) {
            stores_.clear();
            check(o->patterns[i], allow_irrefutable && i == o->patterns.size - 1);
            if (error) return;
            if (i == 0) {
                control = stores_;
                continue;
            }
            const bool same =
                stores_.size() == control.size() &&
                std::all_of(control.begin(), control.end(), [&](Identifier n) {
                    return std::find(stores_.begin(), stores_.end(), n) != stores_.end();
                });
            if (!same) return fail("alternative patterns bind different names");
        }
        stores_ = std::move(outer);
        for (Identifier name : control) store(name);
    }

    Span at_{};
    std::vector<Identifier> stores_;
};

} // namespace

std::optional<SyntaxDiagnostic> check_pattern(const Pattern* pattern, bool allow_irrefutable) {
    PatternChecker checker;
    checker.check(pattern, allow_irrefutable);
    return checker.error;
}

} // namespace coil::compiler
