// CodeObject: a loaded, garbage-collected code unit: instructions plus the Values and interned
// names they refer to (CPython's code object).
#pragma once
#include "common/code_unit.hpp"
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

#include <memory>
#include <vector>

namespace coil::vm {

struct Str;

// Where a traceback's `~~~^^^` markers put the `^` inside an instruction's range.
struct CaretAnchor {
    uint32_t word;     // instruction index
    uint32_t left_end; // byte offsets in the source
    uint32_t right_start;
};

// What an attribute instruction (LOAD_ATTR, LOAD_METHOD, STORE_ATTR) learnt about the class
// of the object it last saw, like CPython 3.11's inline caches: valid while that class's
// version tag (Type::version, unique per class state) is unchanged. LOAD_GLOBAL keeps where
// it found its name (vm/global_cache.hpp).
struct AttrCache {
    enum Kind : uint8_t {
        Empty,
        InstanceDict, // the name is only ever in the instance __dict__ (at `offset`)
        Member,       // a __slots__ field at `offset`
        Method,       // a function on the class; the instance __dict__ (at `offset`) may shadow
        Global,       // the globals' entry `offset`
        Builtin,      // the builtins' entry `offset`; absent from globals at `dict_version`
    };
    uint32_t version = 0;
    Kind kind = Empty;
    uint32_t offset = 0;
    uint64_t dict_version = 0;
    Value value = Value::none(); // Method: the function
};

struct CodeObject : Object {
    std::vector<uint32_t> code; // instruction words (common/opcodes.def)
    std::vector<Span> positions;
    std::vector<CaretAnchor> anchors; // sorted by word
    std::vector<ExceptionEntry> exception_table;
    std::vector<Value> constants;
    std::vector<Str*> names;
    std::vector<Str*> varnames;
    std::vector<Str*> cellvars;
    std::vector<Str*> freevars;
    // For each cellvar: the parameter slot whose value the cell starts with, or -1.
    std::vector<int32_t> cell_params;
    std::vector<AttrCache> caches; // one per cache word (common/code_unit.hpp cache_count)
    std::shared_ptr<const SourceFile> source;
    Str* name = nullptr;
    Str* qualname = nullptr;
    Str* filename = nullptr;
    uint32_t first_line = 0;
    uint32_t flags = 0;
    uint32_t argcount = 0;
    uint32_t posonlyargcount = 0;
    uint32_t kwonlyargcount = 0;
    uint32_t stack_size = 0;
    uint32_t nlocals = 0;    // varnames.size()
    uint32_t ncells = 0;     // cellvars.size() + freevars.size()
    uint32_t total_args = 0; // every parameter, *args and **kwargs included
    // Finished frames of this code kept for reuse (frame.cpp), linked through `previous`.
    Frame* spare_frames = nullptr;
    uint32_t spare_count = 0;

    // Frame layout: locals, then cells, then the value stack.
    uint32_t frame_slots() const { return nlocals + ncells + stack_size; }
    // The 1-based source line of the instruction at word `index` (0 when unknown).
    uint32_t line_of(uint32_t index) const;
    // The handler covering word `index`, or nullptr.
    const ExceptionEntry* handler_for(uint32_t index) const;
    const CaretAnchor* anchor_for(uint32_t index) const;
};

inline bool is_code(const Interpreter& interp, Value v) {
    return v.is_object() && v.as_object()->type == interp.types.code;
}

void init_code_type(Interpreter& interp);

} // namespace coil::vm
