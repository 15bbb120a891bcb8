// CodeBuilder: label resolution, stack-depth analysis and exception-table construction.
#include "compiler/code_builder.hpp"

#include <algorithm>
#include <bit>
#include <cassert>

namespace coil::compiler {

namespace {

bool same_constant(const Constant& a, const Constant& b) {
    if (a.index() != b.index()) return false;
    if (auto* d = std::get_if<double>(&a)) {
        // 0.0 and -0.0 (and NaNs) must stay distinct constants.
        return std::bit_cast<uint64_t>(*d) == std::bit_cast<uint64_t>(std::get<double>(b));
    }
    if (auto* c = std::get_if<ConstComplex>(&a)) {
        return std::bit_cast<uint64_t>(c->imag) ==
               std::bit_cast<uint64_t>(std::get<ConstComplex>(b).imag);
    }
    return a == b;
}

} // namespace

Label CodeBuilder::new_label() {
    labels_.push_back(UINT32_MAX);
    return Label{static_cast<uint32_t>(labels_.size() - 1)};
}

void CodeBuilder::bind(Label label) {
    labels_[label.id] = static_cast<uint32_t>(instrs_.size());
    label_at_end_ = true;
}

void CodeBuilder::emit(Op op, uint32_t arg, Span pos) {
    instrs_.push_back(Instr{op, arg, pos, current_handler_, Span{}});
    label_at_end_ = false;
}

void CodeBuilder::emit_anchored(Op op, uint32_t arg, Span pos, Span anchor) {
    instrs_.push_back(Instr{op, arg, pos, current_handler_, anchor});
    label_at_end_ = false;
}

void CodeBuilder::emit_jump(Op op, Label target, Span pos) {
    instrs_.push_back(Instr{op, target.id, pos, current_handler_, Span{}});
    label_at_end_ = false;
}

int32_t CodeBuilder::push_handler(Label target, bool push_lasti, uint32_t drop) {
    handlers_.push_back(
        Handler{target, push_lasti, current_handler_, static_cast<uint32_t>(instrs_.size()), drop});
    current_handler_ = static_cast<int32_t>(handlers_.size() - 1);
    return current_handler_;
}

void CodeBuilder::pop_handler(int32_t handler) {
    current_handler_ = handlers_[handler].parent;
}

uint32_t CodeBuilder::add_const(const Constant& value) {
    if (!std::holds_alternative<ConstCode>(value)) {
        for (size_t i = 0; i < constants_.size(); ++i) {
            if (same_constant(constants_[i], value)) return static_cast<uint32_t>(i);
        }
    }
    constants_.push_back(value);
    return static_cast<uint32_t>(constants_.size() - 1);
}

uint32_t CodeBuilder::add_name(std::string_view name) {
    auto [it, inserted] = name_index_.try_emplace(std::string(name), names_.size());
    if (inserted) names_.emplace_back(name);
    return it->second;
}

bool CodeBuilder::ends_in_terminator() const {
    return !instrs_.empty() && has_flag(instrs_.back().op, OpNoNext) && !label_at_end_;
}

void CodeBuilder::assemble(CodeUnit& out) {
    const size_t n = instrs_.size();
    std::vector<uint32_t> offset(n + 1, 0);
    for (size_t i = 0; i < n; ++i) {
        offset[i + 1] = offset[i] + 1 + opcode_cache_words[static_cast<uint8_t>(instrs_[i].op)];
    }
    auto target_of = [&](uint32_t label_id) {
        uint32_t at = labels_[label_id];
        assert(at != UINT32_MAX && "jump to an unbound label");
        return at;
    };

    // Stack depth: a worklist over the control-flow graph. An instruction covered by a handler
    // also flows to the handler, entered with the stack cut to the depth at the handler's setup.
    std::vector<int32_t> depth(n + 1, -1);
    std::vector<int32_t> handler_depth(handlers_.size(), -1);
    std::vector<std::vector<int32_t>> setups(n + 1);
    for (size_t h = 0; h < handlers_.size(); ++h) setups[handlers_[h].setup_at].push_back(int(h));
    std::vector<uint32_t> work;
    int32_t max_depth = 0;
    auto reach = [&](uint32_t at, int32_t d) {
        if (depth[at] == -1) {
            depth[at] = d;
            max_depth = std::max(max_depth, d);
            work.push_back(at);
        } else {
            assert(depth[at] == d && "inconsistent stack depth");
        }
    };
    if (n > 0) reach(0, 0);
    while (!work.empty()) {
        uint32_t i = work.back();
        work.pop_back();
        if (i >= n) continue;
        int32_t d = depth[i];
        for (int32_t h : setups[i]) {
            const int32_t kept = d - static_cast<int32_t>(handlers_[h].drop);
            handler_depth[h] = kept;
            reach(target_of(handlers_[h].target.id), kept + 1 + (handlers_[h].push_lasti ? 1 : 0));
        }
        const Instr& ins = instrs_[i];
        if (has_flag(ins.op, OpJump)) {
            reach(target_of(ins.arg), d + stack_effect(ins.op, 0, true));
        }
        if (!has_flag(ins.op, OpNoNext)) reach(i + 1, d + stack_effect(ins.op, ins.arg, false));
    }

    out.code.clear();
    out.positions.clear();
    out.code.reserve(offset[n]);
    out.positions.reserve(offset[n]);
    uint32_t caches = 0;
    out.anchors.clear();
    for (const Instr& ins : instrs_) {
        if (ins.anchor.end > ins.anchor.begin) {
            out.anchors.push_back(CodeAnchor{static_cast<uint32_t>(out.code.size()),
                                             ins.anchor.begin, ins.anchor.end});
        }
        uint32_t arg = has_flag(ins.op, OpJump) ? offset[target_of(ins.arg)] : ins.arg;
        assert(arg <= max_arg);
        out.code.push_back(encode(ins.op, arg));
        out.positions.push_back(ins.pos);
        for (int c = 0; c < opcode_cache_words[static_cast<uint8_t>(ins.op)]; ++c) {
            out.code.push_back(caches++);
            out.positions.push_back(ins.pos);
        }
    }
    out.cache_count = caches;
    out.stack_size = static_cast<uint32_t>(max_depth);

    out.exception_table.clear();
    for (size_t i = 0; i < n;) {
        int32_t h = instrs_[i].handler;
        size_t j = i + 1;
        while (j < n && instrs_[j].handler == h) ++j;
        if (h != no_handler && handler_depth[h] >= 0) {
            out.exception_table.push_back(
                ExceptionEntry{offset[i], offset[j], offset[target_of(handlers_[h].target.id)],
                               static_cast<uint32_t>(handler_depth[h]), handlers_[h].push_lasti});
        }
        i = j;
    }
    out.constants = constants_;
    out.names = names_;
}

} // namespace coil::compiler
