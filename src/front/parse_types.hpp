// The transient values the grammar passes between rules before they become AST nodes.
#pragma once
#include "common/span.hpp"
#include "front/ast.hpp"

#include <string_view>

namespace coil {

// The span covering two others, for rules whose node starts at one symbol and ends at another.
inline Span operator+(Span a, Span b) {
    return {a.begin, b.end};
}

} // namespace coil

namespace coil::front {

struct CompareItem {
    ast::CmpOp op{};
    ast::Expr* operand = nullptr;
};

// A `{key: value}` entry; a null key is `**mapping`.
struct DictItem {
    ast::Expr* key = nullptr;
    ast::Expr* value = nullptr;
};

enum class CallArgKind : uint8_t { Positional, Generator, Keyword, DoubleStar };

struct CallArg {
    CallArgKind kind = CallArgKind::Positional;
    ast::Expr* value = nullptr;
    ast::Expr* name = nullptr; // the left of `name=value`, checked to be a plain name
    Span span;
};

enum class ParamKind : uint8_t { Plain, Slash, Star, DoubleStar };

struct ParamItem {
    ParamKind kind = ParamKind::Plain;
    ast::Arg* arg = nullptr;
    ast::Expr* default_value = nullptr;
    Span span;
};

// A sub-pattern of a class pattern: positional, or `name=pattern` when `name` is set.
struct PatternArg {
    std::string_view name;
    ast::Pattern* pattern = nullptr;
    Span span;
};

// A `key: pattern` entry of a mapping pattern.
struct MappingItem {
    ast::Expr* key = nullptr;
    ast::Pattern* pattern = nullptr;
};

struct HandlerItem {
    ast::ExceptHandler* handler = nullptr;
    bool star = false;
};

} // namespace coil::front
