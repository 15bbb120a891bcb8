#include "compiler/annotation_text.hpp"

namespace coil::compiler {

namespace {

using namespace coil::ast;

// ast_unparse.c's precedence levels, the ones these forms need.
enum Level : int { Tuple_ = 0, Test = 1, BitOr = 10, Atom = 20 };

// repr() of a str for the printable-ASCII strings annotations hold; false for anything else.
bool append_str_repr(std::string& out, std::string_view text) {
    const bool has_single = text.find('\'') != std::string_view::npos;
    const bool has_double = text.find('"') != std::string_view::npos;
    const char quote = has_single && !has_double ? '"' : '\'';
    out += quote;
    for (const char c : text) {
        if (c == '\\' || c == quote) {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c >= 0x20 && c < 0x7f) {
            out += c;
        } else {
            return false;
        }
    }
    out += quote;
    return true;
}

bool append(std::string& out, const Expr* e, int level);

bool append_sequence(std::string& out, const Seq<Expr*>& elts) {
    for (uint32_t i = 0; i < elts.size; ++i) {
        if (i > 0) out += ", ";
        if (!append(out, elts[i], Test)) return false;
    }
    return true;
}

bool append_constant(std::string& out, const ast::Constant* c) {
    switch (c->value_kind) {
    case ConstantKind::None:
        out += "None";
        return true;
    case ConstantKind::True:
        out += "True";
        return true;
    case ConstantKind::False:
        out += "False";
        return true;
    case ConstantKind::Ellipsis:
        out += "...";
        return true;
    case ConstantKind::Int:
        if (c->big || c->small < 0) return false;
        out += std::to_string(c->small);
        return true;
    case ConstantKind::Str:
        return append_str_repr(out, c->text);
    default:
        return false;
    }
}

bool append(std::string& out, const Expr* e, int level) {
    if (auto* name = e->as<Name>()) {
        out += name->id;
        return true;
    }
    if (auto* c = e->as<ast::Constant>()) return append_constant(out, c);
    if (auto* attr = e->as<Attribute>()) {
        // `1 .real` would need a space: not an annotation form.
        if (attr->value->is<ast::Constant>()) return false;
        if (!append(out, attr->value, Atom)) return false;
        out += '.';
        out += attr->attr;
        return true;
    }
    if (auto* sub = e->as<Subscript>()) {
        if (!append(out, sub->value, Atom)) return false;
        out += '[';
        if (!append(out, sub->slice, Tuple_)) return false;
        out += ']';
        return true;
    }
    if (auto* list = e->as<List>()) {
        out += '[';
        if (!append_sequence(out, list->elts)) return false;
        out += ']';
        return true;
    }
    if (auto* tuple = e->as<ast::Tuple>()) {
        if (tuple->elts.size == 0) {
            out += "()";
            return true;
        }
        if (level > Tuple_) out += '(';
        if (!append_sequence(out, tuple->elts)) return false;
        if (tuple->elts.size == 1) out += ',';
        if (level > Tuple_) out += ')';
        return true;
    }
    if (auto* bin = e->as<BinOp>(); bin && bin->op == Operator::BitOr) {
        if (level > BitOr) out += '(';
        if (!append(out, bin->left, BitOr)) return false;
        out += " | ";
        if (!append(out, bin->right, BitOr + 1)) return false;
        if (level > BitOr) out += ')';
        return true;
    }
    return false;
}

} // namespace

std::optional<std::string> annotation_text(const ast::Expr* e) {
    std::string out;
    if (!append(out, e, Test)) return std::nullopt;
    return out;
}

} // namespace coil::compiler
