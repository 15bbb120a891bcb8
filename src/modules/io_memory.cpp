// In-memory streams of the io module: io.StringIO (text, positions in code points) and
// io.BytesIO (bytes), one implementation over the unit each one stores.
#include "modules/builtins_exec.hpp"

#include "vm/bytes.hpp"
#include "vm/bytes_methods.hpp"
#include "vm/class_creation.hpp"
#include "vm/dict.hpp"
#include "vm/exception.hpp"
#include "vm/int.hpp"
#include "vm/list.hpp"
#include "vm/module.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/str.hpp"
#include "vm/type.hpp"

#include <string>

namespace coil::modules {

using namespace coil::vm;

namespace {

// How StringIO treats line endings (its `newline` argument); BytesIO always splits on '\n'.
enum class Newline : uint8_t { Translate, Universal, LF, CR, CRLF }; // None, '', '\n', ...

struct MemoryStream : Object {
    std::u32string* text = nullptr; // StringIO: code points
    std::string* bytes = nullptr;   // BytesIO
    size_t pos = 0;                 // may lie past the end after a seek
    bool closed = false;
    Newline newline = Newline::LF;
};

MemoryStream* as_stream(Value v) {
    return static_cast<MemoryStream*>(v.as_object());
}

void finalize_stream(Object* self) {
    auto* s = static_cast<MemoryStream*>(self);
    delete s->text;
    delete s->bytes;
    s->text = nullptr;
    s->bytes = nullptr;
}

bool is_text(const MemoryStream* s) {
    return s->text != nullptr;
}

size_t stream_size(const MemoryStream* s) {
    return is_text(s) ? s->text->size() : s->bytes->size();
}

std::u32string decode(std::string_view utf8) {
    std::u32string out;
    const char* p = utf8.data();
    const char* end = p + utf8.size();
    while (p < end) out.push_back(decode_utf8(p));
    return out;
}

// The stream's units [from, to) as a str or bytes value.
Value slice_value(Interpreter& interp, MemoryStream* s, size_t from, size_t to) {
    if (!is_text(s))
        return Bytes::make(interp, std::string_view(*s->bytes).substr(from, to - from))->value();
    std::string utf8;
    for (size_t i = from; i < to; ++i) append_utf8(utf8, (*s->text)[i]);
    return Str::make(interp, utf8)->value();
}

MemoryStream* open_stream(Interpreter& interp, Value self) {
    MemoryStream* s = as_stream(self);
    if (s->closed) {
        interp.raise(interp.exceptions.value_error,
                     is_text(s) ? "I/O operation on closed file" : "I/O operation on closed file.");
        return nullptr;
    }
    return s;
}

// A size argument: an int, or None for "all" (-1).
bool size_arg(Interpreter& interp, const Value* args, size_t nargs, size_t at, int64_t* out) {
    *out = -1;
    if (nargs <= at || args[at].is_none()) return true;
    if (!is_int(args[at])) {
        interp.raise_format(interp.exceptions.type_error,
                            "argument should be integer or None, not '%s'",
                            std::string(type_name(interp, args[at])).c_str());
        return false;
    }
    return int_to_ssize(interp, args[at], out);
}

// Where the line starting at `from` ends (just past its terminator), reading at most `limit`
// units when limit >= 0.
size_t line_end(const MemoryStream* s, size_t from, int64_t limit) {
    const size_t size = stream_size(s);
    size_t stop = size;
    if (limit >= 0 && from + static_cast<size_t>(limit) < size) stop = from + limit;
    for (size_t i = from; i < stop; ++i) {
        const char32_t c = is_text(s) ? (*s->text)[i] : static_cast<unsigned char>((*s->bytes)[i]);
        if (!is_text(s) || s->newline == Newline::LF || s->newline == Newline::Translate) {
            if (c == '\n') return i + 1;
        } else if (s->newline == Newline::CR) {
            if (c == '\r') return i + 1;
        } else if (s->newline == Newline::CRLF) {
            if (c == '\r' && i + 1 < size && (*s->text)[i + 1] == '\n')
                return std::min(i + 2, stop);
        } else {
            if (c == '\n') return i + 1;
            if (c == '\r') return i + 1 < stop && (*s->text)[i + 1] == '\n' ? i + 2 : i + 1;
        }
    }
    return stop;
}

Value read_line(Interpreter& interp, MemoryStream* s, int64_t limit) {
    const size_t from = std::min(s->pos, stream_size(s));
    const size_t to = line_end(s, from, limit);
    s->pos = std::max(s->pos, to);
    return slice_value(interp, s, from, to);
}

// Writes `data` at the position, padding a gap left by an earlier seek past the end with zeros.
template <class Buffer, class Data> void write_at(Buffer& buffer, size_t& pos, const Data& data) {
    if (pos > buffer.size()) buffer.resize(pos, 0);
    const size_t overlap = std::min(data.size(), buffer.size() - pos);
    buffer.replace(pos, overlap, data.data(), data.size());
    pos += data.size();
}

std::u32string translate_newlines(std::u32string text, Newline newline) {
    std::u32string out;
    if (newline == Newline::Translate) {
        for (size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '\r') {
                out.push_back('\n');
                if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
            } else {
                out.push_back(text[i]);
            }
        }
        return out;
    }
    if (newline != Newline::CR && newline != Newline::CRLF) return text;
    for (char32_t c : text) {
        if (c != '\n') {
            out.push_back(c);
        } else if (newline == Newline::CR) {
            out.push_back('\r');
        } else {
            out += U"\r\n";
        }
    }
    return out;
}

// Appends `data` (a str for StringIO, bytes-like for BytesIO); the count written, or -1.
int64_t write_value(Interpreter& interp, MemoryStream* s, Value data) {
    if (is_text(s)) {
        if (!is_str(data)) {
            interp.raise_format(interp.exceptions.type_error, "string argument expected, got '%s'",
                                std::string(type_name(interp, data)).c_str());
            return -1;
        }
        Str* text = as_str(data);
        write_at(*s->text, s->pos, translate_newlines(decode(text->view()), s->newline));
        return static_cast<int64_t>(text->length());
    }
    std::string_view view;
    if (!bytes_like_arg(interp, data, &view)) return -1;
    const std::string copy(view); // the argument may be this stream's own buffer
    write_at(*s->bytes, s->pos, copy);
    return static_cast<int64_t>(copy.size());
}

// --- construction

Value make_stream(Interpreter& interp, Type* type, bool text, Value initial, Newline newline) {
    MemoryStream* s = make_instance<MemoryStream>(interp, type);
    s->newline = newline;
    if (text) {
        s->text = new std::u32string();
        if (!initial.is_absent() && !initial.is_none()) {
            *s->text = translate_newlines(decode(as_str(initial)->view()), newline);
        }
    } else {
        s->bytes = new std::string();
        std::string_view view;
        if (!initial.is_absent() && !initial.is_none()) {
            bytes_like_view(interp, initial, &view);
            s->bytes->assign(view);
        }
    }
    return s->value();
}

// StringIO(initial_value='', newline='\n')
Value string_io_new(Interpreter& interp, Type* type, const Value* args, size_t nargs,
                    Tuple* kwnames) {
    Value a[2];
    if (!bind_native_args(interp, "StringIO", args, nargs, kwnames, {"initial_value", "newline"}, 0,
                          0, a)) {
        return Value::error();
    }
    if (!a[0].is_absent() && !a[0].is_none() && !is_str(a[0])) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "initial_value must be str or None, not %s",
                                   std::string(type_name(interp, a[0])).c_str());
    }
    Newline newline = Newline::LF;
    if (!a[1].is_absent()) {
        if (a[1].is_none()) {
            newline = Newline::Translate;
        } else if (!is_str(a[1])) {
            return interp.raise_format(interp.exceptions.type_error,
                                       "newline must be str or None, not %s",
                                       std::string(type_name(interp, a[1])).c_str());
        } else {
            const std::string_view n = as_str(a[1])->view();
            if (n.empty()) {
                newline = Newline::Universal;
            } else if (n == "\r") {
                newline = Newline::CR;
            } else if (n == "\r\n") {
                newline = Newline::CRLF;
            } else if (n != "\n") {
                Str* r = ops::repr(interp, a[1]);
                if (!r) return Value::error();
                return interp.raise_format(interp.exceptions.value_error,
                                           "illegal newline value: %s",
                                           std::string(r->view()).c_str());
            }
        }
    }
    return make_stream(interp, type, true, a[0], newline);
}

// BytesIO(initial_bytes=b'')
Value bytes_io_new(Interpreter& interp, Type* type, const Value* args, size_t nargs,
                   Tuple* kwnames) {
    Value a[1];
    if (!bind_native_args(interp, "BytesIO", args, nargs, kwnames, {"initial_bytes"}, 0, 0, a)) {
        return Value::error();
    }
    std::string_view view;
    if (!a[0].is_absent() && !a[0].is_none() && !bytes_like_arg(interp, a[0], &view)) {
        return Value::error();
    }
    return make_stream(interp, type, false, a[0], Newline::LF);
}

// --- methods

Value stream_getvalue(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "getvalue", nargs - 1)) return Value::error();
    MemoryStream* s = open_stream(interp, args[0]);
    return s ? slice_value(interp, s, 0, stream_size(s)) : Value::error();
}

Value stream_read(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "read", kwnames) ||
        !check_arity(interp, "read", nargs - 1, 0, 1)) {
        return Value::error();
    }
    int64_t size = -1;
    if (!size_arg(interp, args, nargs, 1, &size)) return Value::error();
    MemoryStream* s = open_stream(interp, args[0]);
    if (!s) return Value::error();
    const size_t total = stream_size(s);
    const size_t from = std::min(s->pos, total);
    size_t to = total;
    if (size >= 0 && from + static_cast<size_t>(size) < total) to = from + size;
    s->pos = std::max(s->pos, to);
    return slice_value(interp, s, from, to);
}

Value stream_readline(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "readline", kwnames) ||
        !check_arity(interp, "readline", nargs - 1, 0, 1)) {
        return Value::error();
    }
    int64_t size = -1;
    if (!size_arg(interp, args, nargs, 1, &size)) return Value::error();
    MemoryStream* s = open_stream(interp, args[0]);
    return s ? read_line(interp, s, size) : Value::error();
}

Value stream_readlines(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "readlines", kwnames) ||
        !check_arity(interp, "readlines", nargs - 1, 0, 1)) {
        return Value::error();
    }
    int64_t hint = -1;
    if (!size_arg(interp, args, nargs, 1, &hint)) return Value::error();
    MemoryStream* s = open_stream(interp, args[0]);
    if (!s) return Value::error();
    List* lines = List::make(interp, 0);
    Rooted keep(interp.shadow_roots(), lines->value());
    int64_t read = 0;
    while (s->pos < stream_size(s)) {
        const size_t from = s->pos;
        const Value line = read_line(interp, s, -1);
        lines->append(interp, line);
        read += static_cast<int64_t>(s->pos - from);
        if (hint > 0 && read >= hint) break;
    }
    return lines->value();
}

Value stream_write(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "write", nargs - 1)) return Value::error();
    MemoryStream* s = open_stream(interp, args[0]);
    if (!s) return Value::error();
    const int64_t n = write_value(interp, s, args[1]);
    return n < 0 ? Value::error() : make_int(interp, n);
}

Value stream_writelines(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "writelines", nargs - 1)) return Value::error();
    if (!open_stream(interp, args[0])) return Value::error();
    const Value it = ops::get_iter(interp, args[1]);
    if (it.is_error()) return it;
    Rooted keep(interp.shadow_roots(), it);
    for (;;) {
        const Value line = ops::iter_next(interp, it);
        if (line.is_error()) return line;
        if (line.is_absent()) return Value::none();
        Rooted keep_line(interp.shadow_roots(), line);
        MemoryStream* s = open_stream(interp, args[0]);
        if (!s || write_value(interp, s, line) < 0) return Value::error();
    }
}

Value stream_seek(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "seek", kwnames) ||
        !check_arity(interp, "seek", nargs - 1, 1, 2)) {
        return Value::error();
    }
    int64_t offset = 0;
    int64_t whence = 0;
    if (!value_to_index(interp, args[1], &offset)) return Value::error();
    if (nargs > 2 && !value_to_index(interp, args[2], &whence)) return Value::error();
    MemoryStream* s = open_stream(interp, args[0]);
    if (!s) return Value::error();
    if (whence < 0 || whence > 2) {
        return interp.raise_format(interp.exceptions.value_error,
                                   is_text(s) ? "Invalid whence (%lld, should be 0, 1 or 2)"
                                              : "invalid whence (%lld, should be 0, 1 or 2)",
                                   static_cast<long long>(whence));
    }
    if (is_text(s)) {
        if (whence == 0 && offset < 0) {
            return interp.raise_format(interp.exceptions.value_error, "Negative seek position %lld",
                                       static_cast<long long>(offset));
        }
        if (whence != 0 && offset != 0) {
            return interp.raise(interp.exceptions.os_error,
                                whence == 1 ? "Can't do nonzero cur-relative seeks"
                                            : "Can't do nonzero end-relative seeks");
        }
        s->pos = whence == 0 ? offset : whence == 2 ? stream_size(s) : s->pos;
        return make_int(interp, static_cast<int64_t>(s->pos));
    }
    if (whence == 0 && offset < 0) {
        return interp.raise_format(interp.exceptions.value_error, "negative seek value %lld",
                                   static_cast<long long>(offset));
    }
    const int64_t base = whence == 0 ? 0 : whence == 1 ? s->pos : stream_size(s);
    s->pos = static_cast<size_t>(std::max<int64_t>(0, base + offset));
    return make_int(interp, static_cast<int64_t>(s->pos));
}

Value stream_tell(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "tell", nargs - 1)) return Value::error();
    MemoryStream* s = open_stream(interp, args[0]);
    return s ? make_int(interp, static_cast<int64_t>(s->pos)) : Value::error();
}

Value stream_truncate(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "truncate", kwnames) ||
        !check_arity(interp, "truncate", nargs - 1, 0, 1)) {
        return Value::error();
    }
    MemoryStream* s = as_stream(args[0]);
    int64_t size = static_cast<int64_t>(s->pos);
    if (nargs > 1 && !args[1].is_none() && !value_to_index(interp, args[1], &size)) {
        return Value::error();
    }
    if (!open_stream(interp, args[0])) return Value::error();
    if (size < 0) {
        return interp.raise_format(interp.exceptions.value_error, "Negative size value %lld",
                                   static_cast<long long>(size));
    }
    if (static_cast<size_t>(size) < stream_size(s)) {
        if (is_text(s)) {
            s->text->resize(size);
        } else {
            s->bytes->resize(size);
        }
    }
    return make_int(interp, size);
}

Value stream_close(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "close", nargs - 1)) return Value::error();
    as_stream(args[0])->closed = true;
    return Value::none();
}

Value stream_flush(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "flush", nargs - 1)) return Value::error();
    return open_stream(interp, args[0]) ? Value::none() : Value::error();
}

// readable(), writable() and seekable() are all true while the stream is open.
Value stream_capable(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "readable", nargs - 1)) return Value::error();
    return open_stream(interp, args[0]) ? Value::true_() : Value::error();
}

Value stream_isatty(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "isatty", nargs - 1)) return Value::error();
    return open_stream(interp, args[0]) ? Value::false_() : Value::error();
}

Value stream_enter(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "__enter__", nargs - 1)) return Value::error();
    return open_stream(interp, args[0]) ? args[0] : Value::error();
}

Value stream_exit(Interpreter&, const Value* args, size_t, Tuple*) {
    as_stream(args[0])->closed = true;
    return Value::none();
}

Value stream_iter(Interpreter& interp, Value self) {
    return open_stream(interp, self) ? self : Value::error();
}

Value stream_next(Interpreter& interp, Value self) {
    MemoryStream* s = open_stream(interp, self);
    if (!s) return Value::error();
    if (s->pos >= stream_size(s)) return Value::absent();
    return read_line(interp, s, -1);
}

Value stream_getattr(Interpreter& interp, Value self, Str* name, bool suppress_missing) {
    MemoryStream* s = as_stream(self);
    if (name->equals("closed")) return Value::from_bool(s->closed);
    if (is_text(s) && name->equals("line_buffering")) return Value::false_();
    if (is_text(s) &&
        (name->equals("newlines") || name->equals("encoding") || name->equals("errors"))) {
        return Value::none();
    }
    return generic_getattr(interp, self, name, suppress_missing);
}

Type* make_stream_type(Interpreter& interp, const char* name) {
    Type* t = make_builtin_type(interp, name, interp.types.object, sizeof(MemoryStream), 0);
    t->slots.finalize = finalize_stream;
    t->slots.getattr = stream_getattr;
    t->slots.iter = stream_iter;
    t->slots.iternext = stream_next;
    t->slots.init = nullptr;
    set_native_type_module(interp, t, "_io");
    add_method(interp, t, "getvalue", stream_getvalue);
    add_method(interp, t, "read", stream_read);
    add_method(interp, t, "readline", stream_readline);
    add_method(interp, t, "readlines", stream_readlines);
    add_method(interp, t, "write", stream_write);
    add_method(interp, t, "writelines", stream_writelines);
    add_method(interp, t, "seek", stream_seek);
    add_method(interp, t, "tell", stream_tell);
    add_method(interp, t, "truncate", stream_truncate);
    add_method(interp, t, "close", stream_close);
    add_method(interp, t, "flush", stream_flush);
    add_method(interp, t, "readable", stream_capable);
    add_method(interp, t, "writable", stream_capable);
    add_method(interp, t, "seekable", stream_capable);
    add_method(interp, t, "isatty", stream_isatty);
    add_method(interp, t, "__enter__", stream_enter);
    add_method(interp, t, "__exit__", stream_exit);
    return t;
}

} // namespace

void add_memory_streams(Interpreter& interp, Module* io) {
    Type* string_io = make_stream_type(interp, "StringIO");
    string_io->slots.new_ = string_io_new;
    Type* bytes_io = make_stream_type(interp, "BytesIO");
    bytes_io->slots.new_ = bytes_io_new;
    io->dict->set(interp, string_io->name, string_io->value());
    io->dict->set(interp, bytes_io->name, bytes_io->value());
}

} // namespace coil::modules
