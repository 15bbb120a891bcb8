// The opcode enum, names and metadata, all generated from common/opcodes.def.
#pragma once
#include <cstdint>

namespace coil {

enum OpFlag : uint8_t {
    OpJump = 1 << 0,
    OpNoNext = 1 << 1,
    OpConst = 1 << 2,
    OpName = 1 << 3,
    OpLocal = 1 << 4,
    OpCell = 1 << 5,
    OpArg = 1 << 6,
};

enum class Op : uint8_t {
#define OPCODE(name, effect, cache, flags) name,
#include "common/opcodes.def"
#undef OPCODE
};

inline constexpr int opcode_count = 0
#define OPCODE(name, effect, cache, flags) +1
#include "common/opcodes.def"
#undef OPCODE
    ;
static_assert(opcode_count <= 256);

inline constexpr uint32_t max_arg = (1u << 24) - 1;

constexpr uint32_t encode(Op op, uint32_t arg) {
    return static_cast<uint32_t>(op) | (arg << 8);
}
constexpr Op opcode_of(uint32_t word) {
    return static_cast<Op>(word & 0xFF);
}
constexpr uint32_t arg_of(uint32_t word) {
    return word >> 8;
}

inline constexpr const char* opcode_names[] = {
#define OPCODE(name, effect, cache, flags) #name,
#include "common/opcodes.def"
#undef OPCODE
};

inline constexpr uint8_t opcode_cache_words[] = {
#define OPCODE(name, effect, cache, flags) cache,
#include "common/opcodes.def"
#undef OPCODE
};

inline constexpr uint8_t opcode_flags[] = {
#define OPCODE(name, effect, cache, flags) flags,
#include "common/opcodes.def"
#undef OPCODE
};

// Net stack effect of `op` with `arg`; `jump` selects the branch-taken edge of a jump.
constexpr int stack_effect(Op op, uint32_t arg_value, bool jump) {
    const int arg = static_cast<int>(arg_value);
    (void)arg;
    (void)jump;
    switch (op) {
#define OPCODE(name, effect, cache, flags)                                                         \
    case Op::name:                                                                                 \
        return (effect);
#include "common/opcodes.def"
#undef OPCODE
    }
    return 0;
}

inline const char* opcode_name(Op op) {
    return opcode_names[static_cast<uint8_t>(op)];
}
inline bool has_flag(Op op, OpFlag flag) {
    return opcode_flags[static_cast<uint8_t>(op)] & flag;
}

} // namespace coil
