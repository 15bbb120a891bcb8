// CodeObject: line lookup, exception-table search and the `code` type.
#include "vm/code.hpp"

#include "vm/bytes.hpp"
#include "vm/frame.hpp"
#include "vm/heap.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <algorithm>
#include <cstdio>
#include <string>

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
    for (Frame* f = code->spare_frames; f; f = f->previous) tracer.mark(f);
}

Value names_tuple(Interpreter& interp, const std::vector<Str*>& names) {
    Tuple* t = Tuple::make(interp, names.size());
    for (size_t i = 0; i < names.size(); ++i) (*t)[i] = names[i]->value();
    return t->value();
}

// co_flags in CPython's numbering (inspect.CO_*), which differs from ours above bit 5.
int64_t cpython_flags(uint32_t flags) {
    int64_t out = flags & (CodeOptimized | CodeNewLocals | CodeVarargs | CodeVarkeywords |
                           CodeNested | CodeGenerator);
    if (flags & CodeCoroutine) out |= 0x80;
    if (flags & CodeAsyncGenerator) out |= 0x200;
    if (flags & CodeFutureAnnotations) out |= 0x1000000;
    return out;
}

Value code_getattr(Interpreter& interp, Value self, Str* name, bool suppress_missing) {
    auto* code = static_cast<CodeObject*>(self.as_object());
    const std::string_view n = name->view();
    if (!n.starts_with("co_")) return generic_getattr(interp, self, name, suppress_missing);
    const std::string_view attr = n.substr(3);
    auto count = [](uint32_t v) { return Value::from_small_int(v); };
    if (attr == "name") return code->name->value();
    if (attr == "qualname") return code->qualname->value();
    if (attr == "filename") return code->filename ? code->filename->value() : Value::none();
    if (attr == "firstlineno") return count(code->first_line);
    if (attr == "argcount") return count(code->argcount);
    if (attr == "posonlyargcount") return count(code->posonlyargcount);
    if (attr == "kwonlyargcount") return count(code->kwonlyargcount);
    if (attr == "nlocals") return count(code->nlocals);
    if (attr == "stacksize") return count(code->stack_size);
    if (attr == "flags") return Value::from_small_int(cpython_flags(code->flags));
    if (attr == "varnames") return names_tuple(interp, code->varnames);
    if (attr == "cellvars") return names_tuple(interp, code->cellvars);
    if (attr == "freevars") return names_tuple(interp, code->freevars);
    if (attr == "names") return names_tuple(interp, code->names);
    if (attr == "consts") {
        return Tuple::make(interp, code->constants.data(), code->constants.size())->value();
    }
    if (attr == "code") {
        // Our instruction words, as bytes: only its type and length mean anything.
        return Bytes::make(interp,
                           std::string_view(reinterpret_cast<const char*>(code->code.data()),
                                            code->code.size() * sizeof(uint32_t)))
            ->value();
    }
    return generic_getattr(interp, self, name, suppress_missing);
}

Value code_repr(Interpreter& interp, Value self) {
    auto* code = static_cast<CodeObject*>(self.as_object());
    char address[32];
    std::snprintf(address, sizeof address, "%#llx",
                  static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(code)));
    std::string out = "<code object " + std::string(code->name->view()) + " at " + address +
                      ", file \"" + (code->filename ? std::string(code->filename->view()) : "") +
                      "\", line " + std::to_string(code->first_line) + ">";
    return Str::make(interp, out)->value();
}

void code_finalize(Object* self) {
    static_cast<CodeObject*>(self)->~CodeObject();
}

} // namespace

void init_code_type(Interpreter& interp) {
    Type* t = make_builtin_type(interp, "code", interp.types.object, sizeof(CodeObject), 0);
    t->slots.trace = code_trace;
    t->slots.finalize = code_finalize;
    t->slots.getattr = code_getattr;
    t->slots.repr = code_repr;
    interp.types.code = t;
}

} // namespace coil::vm
