// The loader: constants become Values, names become interned strings, nested units become
// nested code objects. Allocation never collects, so nothing needs rooting while loading.
#include "vm/load.hpp"

#include "vm/bytes.hpp"
#include "vm/code.hpp"
#include "vm/complex.hpp"
#include "vm/heap.hpp"
#include "vm/int.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"

namespace coil::vm {

namespace {

Value load_constant(Interpreter& interp, const CodeUnit& unit, const Constant& c);

struct ConstantLoader {
    Interpreter& interp;
    const CodeUnit& unit;

    Value operator()(std::monostate) const { return Value::none(); }
    Value operator()(bool b) const { return Value::from_bool(b); }
    Value operator()(int64_t i) const { return make_int(interp, i); }
    Value operator()(const ConstBigInt& b) const { return int_from_string(interp, b.decimal, 10); }
    Value operator()(double d) const { return Value::from_double(d); }
    Value operator()(const ConstComplex& c) const { return make_complex(interp, 0.0, c.imag); }
    Value operator()(const std::string& s) const {
        // Identifier-like strings are interned, as CPython does for constants.
        bool identifier = !s.empty() && s.size() < 64;
        for (char ch : s) {
            const bool ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                            (ch >= '0' && ch <= '9') || ch == '_';
            if (!ok) identifier = false;
        }
        return identifier ? interp.intern(s)->value() : Str::make(interp, s)->value();
    }
    Value operator()(const ConstBytes& b) const { return Bytes::make(interp, b.bytes)->value(); }
    Value operator()(const ConstEllipsis&) const { return interp.ellipsis; }
    Value operator()(const ConstCode& k) const {
        CodeObject* child = load_code(interp, *unit.children[k.index]);
        return child ? child->value() : Value::error();
    }
    Value operator()(const std::shared_ptr<ConstTuple>& t) const {
        Tuple* tuple = Tuple::make(interp, t->items.size());
        for (size_t i = 0; i < t->items.size(); ++i) {
            Value v = load_constant(interp, unit, t->items[i]);
            if (v.is_error()) return v;
            (*tuple)[i] = v;
        }
        return tuple->value();
    }
};

Value load_constant(Interpreter& interp, const CodeUnit& unit, const Constant& c) {
    return std::visit(ConstantLoader{interp, unit}, c);
}

} // namespace

CodeObject* load_code(Interpreter& interp, const CodeUnit& unit) {
    CodeObject* code = interp.heap().make<CodeObject>(interp.types.code);
    code->code = unit.code;
    code->positions = unit.positions;
    code->exception_table = unit.exception_table;
    for (const CodeAnchor& a : unit.anchors) {
        code->anchors.push_back(CaretAnchor{a.word, a.left_end, a.right_start});
    }
    code->source = unit.source;
    code->name = interp.intern(unit.name);
    code->qualname = interp.intern(unit.qualname);
    code->filename = interp.intern(unit.source ? unit.source->name() : "<unknown>");
    code->first_line = unit.first_line;
    code->flags = unit.flags;
    code->argcount = unit.argcount;
    code->posonlyargcount = unit.posonlyargcount;
    code->kwonlyargcount = unit.kwonlyargcount;
    code->stack_size = unit.stack_size;
    for (const std::string& n : unit.names) code->names.push_back(interp.intern(n));
    for (const std::string& n : unit.varnames) code->varnames.push_back(interp.intern(n));
    for (const std::string& n : unit.cellvars) code->cellvars.push_back(interp.intern(n));
    for (const std::string& n : unit.freevars) code->freevars.push_back(interp.intern(n));
    code->nlocals = static_cast<uint32_t>(unit.varnames.size());
    code->ncells = static_cast<uint32_t>(unit.cellvars.size() + unit.freevars.size());
    code->total_args = unit.argcount + unit.kwonlyargcount + ((unit.flags & CodeVarargs) ? 1 : 0) +
                       ((unit.flags & CodeVarkeywords) ? 1 : 0);
    for (const std::string& cell : unit.cellvars) {
        int32_t param = -1;
        for (uint32_t i = 0; i < code->total_args && i < unit.varnames.size(); ++i) {
            if (unit.varnames[i] == cell) param = static_cast<int32_t>(i);
        }
        code->cell_params.push_back(param);
    }
    code->caches.resize(unit.cache_count);
    code->constants.reserve(unit.constants.size());
    for (const Constant& c : unit.constants) {
        Value v = load_constant(interp, unit, c);
        if (v.is_error()) return nullptr;
        code->constants.push_back(v);
    }
    return code;
}

} // namespace coil::vm
