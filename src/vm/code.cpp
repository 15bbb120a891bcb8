// CodeObject: line lookup, exception-table search and the `code` type.
#include "vm/code.hpp"

#include "vm/heap.hpp"
#include "vm/str.hpp"
#include "vm/type.hpp"

#include <algorithm>

namespace coil::vm {

uint32_t CodeObject::line_of(uint32_t index) const {
    if (!source || index >= positions.size()) return first_line;
    return source->locate(positions[index].begin).line;
}

const ExceptionEntry* CodeObject::handler_for(uint32_t index) const {
    // Entries are sorted and disjoint; tables are short, so a linear scan is fine.
    for (const ExceptionEntry& e : exception_table) {
        if (index < e.start) return nullptr;
        if (index < e.end) return &e;
    }
    return nullptr;
}

const CaretAnchor* CodeObject::anchor_for(uint32_t index) const {
    auto it = std::lower_bound(anchors.begin(), anchors.end(), index,
                               [](const CaretAnchor& a, uint32_t i) { return a.word < i; });
    return it != anchors.end() && it->word == index ? &*it : nullptr;
}

namespace {

void code_trace(Object* self, Tracer& tracer) {
    auto* code = static_cast<CodeObject*>(self);
    tracer.mark_range(code->constants.data(), code->constants.data() + code->constants.size());
    for (Str* s : code->names) tracer.mark(s);
    for (Str* s : code->varnames) tracer.mark(s);
    for (Str* s : code->cellvars) tracer.mark(s);
    for (Str* s : code->freevars) tracer.mark(s);
    tracer.mark(code->name);
    tracer.mark(code->qualname);
    tracer.mark(code->filename);
    for (const AttrCache& c : code->caches) tracer.mark(c.value);
}

void code_finalize(Object* self) {
    static_cast<CodeObject*>(self)->~CodeObject();
}

} // namespace

void init_code_type(Interpreter& interp) {
    Type* t = make_builtin_type(interp, "code", interp.types.object, sizeof(CodeObject), 0);
    t->slots.trace = code_trace;
    t->slots.finalize = code_finalize;
    interp.types.code = t;
}

} // namespace coil::vm
