// A half-open byte range in a source file: what every token, AST node and diagnostic carries.
#pragma once
#include <cstdint>

namespace coil {

struct Span {
    uint32_t begin = 0;
    uint32_t end = 0;
};

} // namespace coil
