// The text streams behind sys.stdout and sys.stderr, and their Python-visible methods.
#include "vm/text_stream.hpp"

#include "vm/native_function.hpp"
#include "vm/str.hpp"
#include "vm/type.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unistd.h>

namespace coil::vm {

namespace {

constexpr size_t buffer_size = 8192;

void trace_stream(Object* self, Tracer& tracer) {
    tracer.mark(static_cast<TextStream*>(self)->name);
}

void finalize_stream(Object* self) {
    auto* s = static_cast<TextStream*>(self);
    s->flush();
    std::free(s->buffer);
}

TextStream* self_stream(const Value* args) {
    return static_cast<TextStream*>(args[0].as_object());
}

Value stream_write(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "write", nargs - 1)) return Value::error();
    if (!is_str(args[1])) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "write() argument must be str, not %s",
                                   std::string(type_name(interp, args[1])).c_str());
    }
    Str* s = as_str(args[1]);
    self_stream(args)->write(interp, s->view());
    return Value::from_small_int(static_cast<int64_t>(s->length()));
}

Value stream_flush(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "flush", nargs - 1)) return Value::error();
    self_stream(args)->flush();
    return Value::none();
}

Value stream_fileno(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "fileno", nargs - 1)) return Value::error();
    return Value::from_small_int(self_stream(args)->fd);
}

Value stream_isatty(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "isatty", nargs - 1)) return Value::error();
    return Value::from_bool(::isatty(self_stream(args)->fd) == 1);
}

Value stream_repr(Interpreter& interp, Value self) {
    auto* s = static_cast<TextStream*>(self.as_object());
    std::string text =
        "<_io.TextIOWrapper name='" + std::string(s->name->view()) + "' mode='w' encoding='utf-8'>";
    return Str::make(interp, text)->value();
}

} // namespace

TextStream* TextStream::make(Interpreter& interp, int fd, std::string_view name,
                             bool always_line_buffered) {
    auto* s = interp.heap().make<TextStream>(interp.types.text_stream);
    s->fd = fd;
    s->line_buffered = always_line_buffered || ::isatty(fd) == 1;
    s->name = interp.intern(name);
    s->buffer = static_cast<char*>(std::malloc(buffer_size));
    if (!s->buffer) throw std::bad_alloc();
    s->capacity = buffer_size;
    return s;
}

void TextStream::write(Interpreter&, std::string_view text) {
    if (used + text.size() > capacity) {
        flush();
        if (text.size() >= capacity) {
            // Too big to buffer: write through.
            used = 0;
            const char* p = text.data();
            size_t left = text.size();
            while (left > 0) {
                ssize_t n = ::write(fd, p, left);
                if (n < 0) {
                    if (errno == EINTR) continue;
                    return;
                }
                p += n;
                left -= static_cast<size_t>(n);
            }
            return;
        }
    }
    std::memcpy(buffer + used, text.data(), text.size());
    used += text.size();
    if (line_buffered && text.find('\n') != std::string_view::npos) flush();
}

bool TextStream::flush() {
    const char* p = buffer;
    size_t left = used;
    used = 0;
    while (left > 0) {
        ssize_t n = ::write(fd, p, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        p += n;
        left -= static_cast<size_t>(n);
    }
    return true;
}

void init_text_stream_type(Interpreter& interp) {
    Type* t =
        make_builtin_type(interp, "TextIOWrapper", interp.types.object, sizeof(TextStream), 0);
    t->slots.repr = stream_repr;
    t->slots.trace = trace_stream;
    t->slots.finalize = finalize_stream;
    t->slots.new_ = nullptr;
    t->slots.init = nullptr;
    interp.types.text_stream = t;
    add_method(interp, t, "write", stream_write);
    add_method(interp, t, "flush", stream_flush);
    add_method(interp, t, "fileno", stream_fileno);
    add_method(interp, t, "isatty", stream_isatty);
}

} // namespace coil::vm
