// CodeBuilder: collects instructions with abstract labels and exception-handler regions, then
// assembles them into a CodeUnit (jump targets, stack depth, exception table, inline caches).
#pragma once
#include "common/code_unit.hpp"
#include "common/opcodes.hpp"
#include "common/span.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace coil::compiler {

struct Label {
    uint32_t id = UINT32_MAX;
    bool valid() const { return id != UINT32_MAX; }
};

inline constexpr int32_t no_handler = -1;

class CodeBuilder {
public:
    Label new_label();
    // Binds `label` to the next instruction emitted.
    void bind(Label label);
    bool is_bound(Label label) const { return labels_[label.id] != UINT32_MAX; }

    void emit(Op op, uint32_t arg, Span pos);
    void emit(Op op, Span pos) { emit(op, 0, pos); }
    // An instruction whose traceback markers use `^` only for `anchor` inside `pos`.
    void emit_anchored(Op op, uint32_t arg, Span pos, Span anchor);
    void emit_jump(Op op, Label target, Span pos);

    // Exception handlers (CPython's SETUP_FINALLY / SETUP_CLEANUP ... POP_BLOCK): every
    // instruction emitted while a handler is current is covered by it. The handler's stack
    // depth is the depth before the next instruction emitted, which must follow at once, less
    // `drop` items the protected code consumes (the __enter__ result of a `with`).
    int32_t push_handler(Label target, bool push_lasti, uint32_t drop = 0);
    // Makes the handler that was current before `handler` was pushed current again.
    void pop_handler(int32_t handler);
    int32_t current_handler() const { return current_handler_; }
    void set_current_handler(int32_t handler) { current_handler_ = handler; }
    int32_t parent_handler(int32_t handler) const {
        return handler == no_handler ? no_handler : handlers_[handler].parent;
    }

    uint32_t add_const(const Constant& value);
    uint32_t add_name(std::string_view name);

    // The last instruction emitted never falls through (a return, raise or jump) and no
    // label points past it.
    bool ends_in_terminator() const;

    // Writes code, positions, the exception table and stack_size into `out`.
    void assemble(CodeUnit& out);

private:
    struct Instr {
        Op op;
        uint32_t arg; // a label id for jumps until assembly
        Span pos;
        int32_t handler;
        Span anchor; // empty when there is none
    };
    struct Handler {
        Label target;
        bool push_lasti;
        int32_t parent;
        uint32_t setup_at; // index of the first instruction emitted after the push
        uint32_t drop;
    };

    std::vector<Instr> instrs_;
    std::vector<uint32_t> labels_; // label id -> instruction index
    std::vector<Handler> handlers_;
    int32_t current_handler_ = no_handler;
    bool label_at_end_ = false; // a label was bound after the last instruction
    std::vector<Constant> constants_;
    std::vector<std::string> names_;
    std::unordered_map<std::string, uint32_t> name_index_;
};

} // namespace coil::compiler
