// The text streams behind sys.stdout and sys.stderr: buffered in C++, written with write(2).
//
// The buffering is CPython's, so output interleaves exactly as python3's does: stdout is
// line-buffered on a terminal and block-buffered (8 KiB) otherwise; stderr is always
// line-buffered. Interpreter::flush_output runs at exit (and before reading input), so nothing
// is lost.
#pragma once
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

#include <string_view>

namespace coil::vm {

struct TextStream : Object {
    static TextStream* make(Interpreter& interp, int fd, std::string_view name,
                            bool always_line_buffered);

    void write(Interpreter& interp, std::string_view text);
    // false when write(2) failed (EPIPE and the like); the data is dropped.
    bool flush();

    int fd = -1;
    bool line_buffered = false;
    Str* name = nullptr; // '<stdout>'
    char* buffer = nullptr;
    size_t used = 0;
    size_t capacity = 0;
};

void init_text_stream_type(Interpreter& interp);

} // namespace coil::vm
