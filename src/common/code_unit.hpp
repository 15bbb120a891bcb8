// CodeUnit: what the compiler produces and the VM loads. Plain C++ data, no GC objects, so the
// compiler never touches the heap (MODELS.md, "Keep GC objects out of the compiler").
#pragma once
#include "common/source_file.hpp"
#include "common/span.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace coil {

struct CodeUnit;

struct ConstEllipsis {
    bool operator==(const ConstEllipsis&) const = default;
};
struct ConstBigInt {
    std::string decimal; // digits with an optional leading '-'
    bool operator==(const ConstBigInt&) const = default;
};
struct ConstComplex {
    double imag;
    bool operator==(const ConstComplex&) const = default;
};
struct ConstBytes {
    std::string bytes;
    bool operator==(const ConstBytes&) const = default;
};
struct ConstTuple;
struct ConstCode {
    uint32_t index; // into CodeUnit::children
    bool operator==(const ConstCode&) const = default;
};

// None is std::monostate; str is std::string (UTF-8).
using Constant =
    std::variant<std::monostate, bool, int64_t, ConstBigInt, double, ConstComplex, std::string,
                 ConstBytes, ConstEllipsis, ConstCode, std::shared_ptr<ConstTuple>>;

struct ConstTuple {
    std::vector<Constant> items;
};

// A try-region: while the instruction index is in [start, end), an exception jumps to
// `target` with the value stack cut to `depth` (plus the exception), CPython 3.11 style.
struct ExceptionEntry {
    uint32_t start;
    uint32_t end;
    uint32_t target;
    uint32_t depth;
    bool push_lasti;
};

// Where a traceback's `~~~^^^` markers switch to `^` inside an instruction's range: the
// operator of a binary operation, the brackets of a subscript (byte offsets in the source).
struct CodeAnchor {
    uint32_t word;
    uint32_t left_end;
    uint32_t right_start;
};

enum CodeFlag : uint32_t {
    CodeOptimized = 1 << 0, // locals live in fast slots (functions)
    CodeNewLocals = 1 << 1,
    CodeVarargs = 1 << 2,
    CodeVarkeywords = 1 << 3,
    CodeNested = 1 << 4,
    CodeGenerator = 1 << 5,
    CodeCoroutine = 1 << 6,
    CodeAsyncGenerator = 1 << 7,
    CodeFutureAnnotations = 1 << 8,
};

struct CodeUnit {
    std::string name;                         // co_name
    std::string qualname;                     // co_qualname
    std::shared_ptr<const SourceFile> source; // file name, and lines for tracebacks
    uint32_t first_line = 0;
    uint32_t flags = 0;
    uint32_t argcount = 0;
    uint32_t posonlyargcount = 0;
    uint32_t kwonlyargcount = 0;
    uint32_t stack_size = 0;  // computed from the opcode table's stack effects
    uint32_t cache_count = 0; // inline-cache entries the cache words index

    std::vector<uint32_t> code;      // instruction words; the format is in common/opcodes.def
    std::vector<Span> positions;     // one per instruction word: what a traceback underlines
    std::vector<CodeAnchor> anchors; // sorted by word; only where CPython draws `~~^^~~`
    std::vector<ExceptionEntry> exception_table;
    std::vector<Constant> constants;
    std::vector<std::string> names;    // globals, attributes, imports
    std::vector<std::string> varnames; // parameters first, then locals
    std::vector<std::string> cellvars;
    std::vector<std::string> freevars;
    std::vector<std::unique_ptr<CodeUnit>> children; // nested functions, classes, lambdas...
};

} // namespace coil
