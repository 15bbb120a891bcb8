// The disassembler: opcode names, arguments and their meaning, from common/opcodes.def.
#include "compiler/disassembler.hpp"

#include "common/opcodes.hpp"

#include <charconv>
#include <cstdio>
#include <set>

namespace coil::compiler {

namespace {

std::string quote(const std::string& s) {
    std::string out = "'";
    for (char ch : s) {
        if (ch == '\'' || ch == '\\') out += '\\';
        if (ch == '\n') {
            out += "\\n";
            continue;
        }
        out += ch;
    }
    return out + "'";
}

std::string format_double(double d) {
    char buf[64];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d);
    std::string s(buf, end);
    if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
    return s;
}

std::string describe(const CodeUnit& code, const Constant& c) {
    struct Visitor {
        const CodeUnit& code;
        std::string operator()(std::monostate) const { return "None"; }
        std::string operator()(bool b) const { return b ? "True" : "False"; }
        std::string operator()(int64_t i) const { return std::to_string(i); }
        std::string operator()(const ConstBigInt& b) const { return b.decimal; }
        std::string operator()(double d) const { return format_double(d); }
        std::string operator()(const ConstComplex& c) const { return format_double(c.imag) + "j"; }
        std::string operator()(const std::string& s) const { return quote(s); }
        std::string operator()(const ConstBytes& b) const {
            std::string out(1, 'b'); // appended rather than "b" + ...: GCC 12's -Wrestrict
            out += quote(b.bytes);
            return out;
        }
        std::string operator()(const ConstEllipsis&) const { return "Ellipsis"; }
        std::string operator()(const ConstCode& k) const {
            std::string out = "<code ";
            out += code.children[k.index]->qualname;
            out += '>';
            return out;
        }
        std::string operator()(const std::shared_ptr<ConstTuple>& t) const {
            std::string out = "(";
            for (size_t i = 0; i < t->items.size(); ++i) {
                if (i) out += ", ";
                out += describe(code, t->items[i]);
            }
            if (t->items.size() == 1) out += ",";
            return out + ")";
        }
    };
    return std::visit(Visitor{code}, c);
}

const char* const binary_names[] = {"+",  "-",  "*", "@", "/", "%", "**",
                                    "<<", ">>", "|", "^", "&", "//"};
const char* const compare_names[] = {"<", "<=", "==", "!=", ">", ">="};

std::string cell_name(const CodeUnit& code, uint32_t arg) {
    if (arg < code.cellvars.size()) return code.cellvars[arg];
    arg -= static_cast<uint32_t>(code.cellvars.size());
    return arg < code.freevars.size() ? code.freevars[arg] : "?";
}

std::string argument_meaning(const CodeUnit& code, Op op, uint32_t arg) {
    if (has_flag(op, OpConst))
        return arg < code.constants.size() ? describe(code, code.constants[arg]) : "?";
    if (has_flag(op, OpName)) return arg < code.names.size() ? code.names[arg] : "?";
    if (has_flag(op, OpLocal)) return arg < code.varnames.size() ? code.varnames[arg] : "?";
    if (has_flag(op, OpCell)) return cell_name(code, arg);
    if (has_flag(op, OpJump)) return "to " + std::to_string(arg);
    switch (op) {
    case Op::BINARY_OP:
        if (arg < 13) return binary_names[arg];
        if (arg < 26) return std::string(binary_names[arg - 13]) + "=";
        return "?";
    case Op::COMPARE_OP:
        return arg < 6 ? compare_names[arg] : "?";
    default:
        return {};
    }
}

void disassemble_one(const CodeUnit& code, std::string& out) {
    std::set<uint32_t> targets;
    for (size_t i = 0; i < code.code.size(); i += 1 + opcode_cache_words[code.code[i] & 0xFF]) {
        Op op = opcode_of(code.code[i]);
        if (has_flag(op, OpJump)) targets.insert(arg_of(code.code[i]));
    }
    for (const ExceptionEntry& e : code.exception_table) targets.insert(e.target);

    uint32_t last_line = 0;
    char buf[256];
    for (size_t i = 0; i < code.code.size();) {
        const uint32_t word = code.code[i];
        const Op op = opcode_of(word);
        const uint32_t arg = arg_of(word);
        const uint32_t line = code.source ? code.source->locate(code.positions[i].begin).line : 0;
        if (line != last_line && i != 0) out += '\n';
        std::string line_col = line != last_line ? std::to_string(line) : "";
        last_line = line;
        std::snprintf(buf, sizeof buf, "%4s %s %5zu %-22s", line_col.c_str(),
                      targets.count(static_cast<uint32_t>(i)) ? ">>" : "  ", i, opcode_name(op));
        std::string row = buf;
        const bool shows_arg = opcode_flags[static_cast<uint8_t>(op)] & ~OpNoNext;
        if (shows_arg) {
            std::snprintf(buf, sizeof buf, " %5u", arg);
            row += buf;
            std::string meaning = argument_meaning(code, op, arg);
            if (!meaning.empty()) row += " (" + meaning + ")";
        }
        while (!row.empty() && row.back() == ' ') row.pop_back();
        out += row;
        out += '\n';
        i += 1 + opcode_cache_words[static_cast<uint8_t>(op)];
    }
    if (!code.exception_table.empty()) {
        out += "ExceptionTable:\n";
        for (const ExceptionEntry& e : code.exception_table) {
            std::snprintf(buf, sizeof buf, "  %u to %u -> %u [%u]%s\n", e.start, e.end - 1,
                          e.target, e.depth, e.push_lasti ? " lasti" : "");
            out += buf;
        }
    }
}

void disassemble_tree(const CodeUnit& code, std::string& out, bool first) {
    if (!first) {
        out += "\nDisassembly of <code " + code.qualname + ", line " +
               std::to_string(code.first_line) + ">:\n";
    }
    disassemble_one(code, out);
    for (const auto& child : code.children) disassemble_tree(*child, out, false);
}

} // namespace

std::string disassemble(const CodeUnit& code) {
    std::string out;
    disassemble_tree(code, out, true);
    return out;
}

} // namespace coil::compiler
