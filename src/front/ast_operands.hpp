// The sub-expressions that every analysis pass (validator, symbol table, compile rules) walks
// alike, so each pass spells out only the node kinds it treats specially.
#pragma once
#include "front/ast.hpp"

namespace coil::ast {

// For a kind whose operands every pass visits the same way, calls `visit(child)` on each
// present direct sub-expression in source order and returns true (names and constants are
// leaves). Returns false for the kinds each pass must handle itself because they open a scope
// (lambda, comprehensions), bind a name (walrus) or are visited in a pass-specific order
// (conditional expressions, dict displays).
template <class F> bool for_each_operand(const Expr* e, F&& visit) {
    const auto one = [&](const Expr* child) {
        if (child) visit(child);
    };
    const auto each = [&](const Seq<Expr*>& children) {
        for (const Expr* child : children) one(child);
    };
    switch (e->kind) {
    case ExprKind::BoolOp:
        each(e->as<BoolOp>()->values);
        return true;
    case ExprKind::BinOp:
        one(e->as<BinOp>()->left);
        one(e->as<BinOp>()->right);
        return true;
    case ExprKind::UnaryOp:
        one(e->as<UnaryOp>()->operand);
        return true;
    case ExprKind::Set:
        each(e->as<Set>()->elts);
        return true;
    case ExprKind::Await:
        one(e->as<Await>()->value);
        return true;
    case ExprKind::Yield:
        one(e->as<Yield>()->value);
        return true;
    case ExprKind::YieldFrom:
        one(e->as<YieldFrom>()->value);
        return true;
    case ExprKind::Compare:
        one(e->as<Compare>()->left);
        each(e->as<Compare>()->comparators);
        return true;
    case ExprKind::Call: {
        const auto* c = e->as<Call>();
        one(c->func);
        each(c->args);
        for (const Keyword* k : c->keywords) one(k->value);
        return true;
    }
    case ExprKind::FormattedValue:
        one(e->as<FormattedValue>()->value);
        one(e->as<FormattedValue>()->format_spec);
        return true;
    case ExprKind::JoinedStr:
        each(e->as<JoinedStr>()->values);
        return true;
    case ExprKind::Attribute:
        one(e->as<Attribute>()->value);
        return true;
    case ExprKind::Subscript:
        one(e->as<Subscript>()->value);
        one(e->as<Subscript>()->slice);
        return true;
    case ExprKind::Starred:
        one(e->as<Starred>()->value);
        return true;
    case ExprKind::List:
        each(e->as<List>()->elts);
        return true;
    case ExprKind::Tuple:
        each(e->as<Tuple>()->elts);
        return true;
    case ExprKind::Slice:
        one(e->as<Slice>()->lower);
        one(e->as<Slice>()->upper);
        one(e->as<Slice>()->step);
        return true;
    case ExprKind::Constant:
    case ExprKind::Name:
        return true;
    case ExprKind::NamedExpr:
    case ExprKind::Lambda:
    case ExprKind::IfExp:
    case ExprKind::Dict:
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::DictComp:
    case ExprKind::GeneratorExp:
        return false;
    }
    return false;
}

} // namespace coil::ast
