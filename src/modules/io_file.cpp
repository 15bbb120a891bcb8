// File objects (CPython's _io.TextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom and
// FileIO, as one native type per name sharing one implementation), open(), input(), sys.stdin
// and the io module.
//
// Reads go through a byte buffer; text mode decodes UTF-8 (or ASCII, Latin-1) as it consumes
// and translates newlines as CPython's universal-newlines mode does. Writes go straight to the
// file descriptor: a file that is written and never closed is complete at once, as in CPython
// where reference counting closes it, instead of waiting for the garbage collector.
#include "modules/builtins_exec.hpp"
#include "modules/os_error.hpp"

#include "vm/bytes.hpp"
#include "vm/class_creation.hpp"
#include "vm/dict.hpp"
#include "vm/exception.hpp"
#include "vm/int.hpp"
#include "vm/list.hpp"
#include "vm/module.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/str.hpp"
#include "vm/text_stream.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace coil::modules {

using namespace coil::vm;

namespace {

enum class Newline : uint8_t { Universal, Untranslated, LF, CR, CRLF }; // None, '', '\n'...
enum class Encoding : uint8_t { Utf8, Ascii, Latin1 };

struct FileObject : Object {
    int fd = -1;
    Value name = Value::none(); // the path as given (str or bytes), or the descriptor
    Str* mode = nullptr;
    Str* encoding = nullptr;       // text mode: as given, or 'UTF-8'
    std::string* buffer = nullptr; // bytes read ahead of the reader
    size_t pos = 0;                // next unread byte in buffer
    bool text = false;
    bool readable = false;
    bool writable = false;
    bool closed = false;
    bool closefd = true;
    bool at_eof = false;
    Newline newline = Newline::Universal;
    Encoding codec = Encoding::Utf8;
};

constexpr size_t chunk_size = 65536;

FileObject* as_file(Value v) {
    return static_cast<FileObject*>(v.as_object());
}

void trace_file(Object* self, Tracer& tracer) {
    auto* f = static_cast<FileObject*>(self);
    tracer.mark(f->name);
    tracer.mark(f->mode);
    tracer.mark(f->encoding);
}

// Unreachable files are closed, as CPython's finalizer closes them.
void finalize_file(Object* self) {
    auto* f = static_cast<FileObject*>(self);
    if (!f->closed && f->closefd && f->fd >= 0) ::close(f->fd);
    f->closed = true;
    delete f->buffer;
    f->buffer = nullptr;
}

Value raise_unsupported(Interpreter& interp, const char* message) {
    return interp.raise(interp.types.unsupported_operation, message);
}

Value raise_closed(Interpreter& interp) {
    return interp.raise(interp.exceptions.value_error, "I/O operation on closed file.");
}

// The raw file's queries word it without the period.
FileObject* queryable_self(Interpreter& interp, Value self) {
    FileObject* f = as_file(self);
    if (f->closed) {
        interp.raise(interp.exceptions.value_error, "I/O operation on closed file");
        return nullptr;
    }
    return f;
}

// The receiver of a file method, open; nullptr with ValueError when closed.
FileObject* open_self(Interpreter& interp, Value self) {
    FileObject* f = as_file(self);
    if (f->closed) {
        raise_closed(interp);
        return nullptr;
    }
    return f;
}

FileObject* readable_self(Interpreter& interp, Value self) {
    FileObject* f = open_self(interp, self);
    if (f && !f->readable) {
        raise_unsupported(interp, f->text ? "not readable" : "read");
        return nullptr;
    }
    return f;
}

FileObject* writable_self(Interpreter& interp, Value self) {
    FileObject* f = open_self(interp, self);
    if (f && !f->writable) {
        raise_unsupported(interp, f->text ? "not writable" : "write");
        return nullptr;
    }
    return f;
}

size_t buffered(const FileObject* f) {
    return f->buffer->size() - f->pos;
}

// Reads one more chunk into the buffer; false with OSError pending on failure. At end of file
// sets at_eof and adds nothing.
bool fill(Interpreter& interp, FileObject* f) {
    if (f->pos > 0 && f->pos * 2 >= f->buffer->size()) {
        f->buffer->erase(0, f->pos);
        f->pos = 0;
    }
    char chunk[chunk_size];
    for (;;) {
        const ssize_t n = ::read(f->fd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            raise_os_error(interp, errno, Value::absent());
            return false;
        }
        if (n == 0) f->at_eof = true;
        f->buffer->append(chunk, static_cast<size_t>(n));
        return true;
    }
}

// At least `count` unread bytes, unless the file ends first.
bool ensure(Interpreter& interp, FileObject* f, size_t count) {
    while (buffered(f) < count && !f->at_eof) {
        if (!fill(interp, f)) return false;
    }
    return true;
}

bool write_all(Interpreter& interp, FileObject* f, std::string_view data) {
    // A file read ahead must write where the reader is, not past the read-ahead.
    if (buffered(f) > 0) {
        if (::lseek(f->fd, -static_cast<off_t>(buffered(f)), SEEK_CUR) < 0) {
            raise_os_error(interp, errno, Value::absent());
            return false;
        }
    }
    f->buffer->clear();
    f->pos = 0;
    f->at_eof = false;
    while (!data.empty()) {
        const ssize_t n = ::write(f->fd, data.data(), data.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            raise_os_error(interp, errno, Value::absent());
            return false;
        }
        data.remove_prefix(static_cast<size_t>(n));
    }
    return true;
}

// --- Text decoding ------------------------------------------------------------------------

const char* codec_name(Encoding e) {
    switch (e) {
    case Encoding::Ascii:
        return "ascii";
    case Encoding::Latin1:
        return "latin-1";
    case Encoding::Utf8:
        break;
    }
    return "utf-8";
}

// The bytes of the next character at buffer[at]: 1 for ASCII, the UTF-8 sequence length
// otherwise; 0 with UnicodeDecodeError pending for bytes the codec cannot decode, naming
// `position`, the byte's offset in what this read decodes.
size_t char_length(Interpreter& interp, FileObject* f, size_t at, size_t position) {
    const auto lead = static_cast<unsigned char>((*f->buffer)[at]);
    if (lead < 0x80 || f->codec == Encoding::Latin1) return 1;
    const char* reason = "invalid start byte";
    if (f->codec == Encoding::Utf8) {
        const size_t len = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
        if (len && lead <= 0xF4) {
            if (!ensure(interp, f, at - f->pos + len)) return 0;
            const size_t have = std::min(len, f->buffer->size() - at);
            const auto* p = reinterpret_cast<const unsigned char*>(f->buffer->data() + at);
            size_t i = 1;
            while (i < have && (p[i] & 0xC0) == 0x80) ++i;
            const bool overlong_or_surrogate =
                have > 1 && ((lead == 0xE0 && p[1] < 0xA0) || (lead == 0xED && p[1] >= 0xA0) ||
                             (lead == 0xF0 && p[1] < 0x90) || (lead == 0xF4 && p[1] >= 0x90));
            if (i == len && !overlong_or_surrogate) return len;
            reason =
                i == have && have < len ? "unexpected end of data" : "invalid continuation byte";
        }
    } else {
        reason = "ordinal not in range(128)";
    }
    interp.raise_format(interp.exceptions.unicode_decode_error,
                        "'%s' codec can't decode byte 0x%02x in position %zu: %s",
                        codec_name(f->codec), lead, position, reason);
    return 0;
}

// Appends the character at buffer[at] (length `len`) to `out` as UTF-8.
void append_char(FileObject* f, size_t at, size_t len, std::string& out) {
    const auto c = static_cast<unsigned char>((*f->buffer)[at]);
    if (f->codec == Encoding::Latin1 && c >= 0x80) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
        return;
    }
    out.append(*f->buffer, at, len);
}

// Reads up to `limit` characters (all when negative) into `out`, stopping after a line end when
// `line` is set. Newlines are translated as the file's newline mode says.
bool read_text(Interpreter& interp, FileObject* f, int64_t limit, bool line, std::string& out) {
    int64_t count = 0;
    size_t decoded = 0; // bytes of other characters before, for error positions
    for (;;) {
        if (limit >= 0 && count >= limit) return true;
        if (!ensure(interp, f, 1)) return false;
        if (buffered(f) == 0) return true;
        const size_t at = f->pos;
        const char c = (*f->buffer)[at];
        if (c == '\r' && f->newline != Newline::LF) {
            if (!ensure(interp, f, 2)) return false;
            const bool crlf = buffered(f) >= 2 && (*f->buffer)[f->pos + 1] == '\n';
            switch (f->newline) {
            case Newline::Universal:
                out += '\n';
                f->pos += crlf ? 2 : 1;
                decoded += crlf ? 2 : 1;
                ++count;
                if (line) return true;
                continue;
            case Newline::Untranslated:
                out += crlf ? "\r\n" : "\r";
                f->pos += crlf ? 2 : 1;
                ++count;
                if (line) return true;
                continue;
            case Newline::CR:
                out += '\r';
                f->pos += 1;
                ++count;
                if (line) return true;
                continue;
            case Newline::CRLF:
                if (crlf) {
                    out += "\r\n";
                    f->pos += 2;
                    count += 2;
                    if (line) return true;
                    continue;
                }
                break;
            case Newline::LF:
                break;
            }
        }
        if (c == '\n') {
            out += '\n';
            f->pos += 1;
            decoded += 1;
            ++count;
            const bool ends_line = f->newline == Newline::Universal ||
                                   f->newline == Newline::Untranslated || f->newline == Newline::LF;
            if (line && ends_line) return true;
            continue;
        }
        const size_t len = char_length(interp, f, at, decoded);
        if (!len) return false;
        append_char(f, at, len, out);
        f->pos += len;
        decoded += len;
        ++count;
    }
}

// Reads up to `limit` bytes (all when negative), stopping after b'\n' when `line` is set.
bool read_binary(Interpreter& interp, FileObject* f, int64_t limit, bool line, std::string& out) {
    for (;;) {
        const size_t want = limit < 0 ? SIZE_MAX : static_cast<size_t>(limit) - out.size();
        if (want == 0) return true;
        if (!ensure(interp, f, 1)) return false;
        if (buffered(f) == 0) return true;
        std::string_view avail(f->buffer->data() + f->pos, buffered(f));
        if (avail.size() > want) avail = avail.substr(0, want);
        if (line) {
            const size_t nl = avail.find('\n');
            if (nl != std::string_view::npos) {
                out.append(avail.substr(0, nl + 1));
                f->pos += nl + 1;
                return true;
            }
        }
        out.append(avail);
        f->pos += avail.size();
    }
}

Value make_result(Interpreter& interp, FileObject* f, const std::string& data) {
    return f->text ? Str::make(interp, data)->value() : Bytes::make(interp, data)->value();
}

// A size argument: an int, or None for "all"; TypeError otherwise.
bool size_argument(Interpreter& interp, const Value* args, size_t nargs, size_t index,
                   int64_t* out) {
    *out = -1;
    if (nargs <= index || args[index].is_none()) return true;
    const Value v = args[index];
    if (!is_int(v) || v.is_bool()) {
        if (v.is_bool()) return int_to_ssize(interp, v, out);
        interp.raise_format(interp.exceptions.type_error,
                            "argument should be integer or None, not '%s'",
                            std::string(type_name(interp, v)).c_str());
        return false;
    }
    return int_to_ssize(interp, v, out);
}

Value file_read(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "read", kwnames) ||
        !check_arity(interp, "read", nargs - 1, 0, 1)) {
        return Value::error();
    }
    int64_t limit;
    if (!size_argument(interp, args, nargs, 1, &limit)) return Value::error();
    FileObject* f = readable_self(interp, args[0]);
    if (!f) return Value::error();
    std::string out;
    const bool ok = f->text ? read_text(interp, f, limit, false, out)
                            : read_binary(interp, f, limit, false, out);
    return ok ? make_result(interp, f, out) : Value::error();
}

Value read_line(Interpreter& interp, FileObject* f, int64_t limit) {
    std::string out;
    const bool ok =
        f->text ? read_text(interp, f, limit, true, out) : read_binary(interp, f, limit, true, out);
    return ok ? make_result(interp, f, out) : Value::error();
}

Value file_readline(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "readline", kwnames) ||
        !check_arity(interp, "readline", nargs - 1, 0, 1)) {
        return Value::error();
    }
    int64_t limit;
    if (!size_argument(interp, args, nargs, 1, &limit)) return Value::error();
    FileObject* f = readable_self(interp, args[0]);
    return f ? read_line(interp, f, limit) : Value::error();
}

Value file_readlines(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "readlines", kwnames) ||
        !check_arity(interp, "readlines", nargs - 1, 0, 1)) {
        return Value::error();
    }
    int64_t hint;
    if (!size_argument(interp, args, nargs, 1, &hint)) return Value::error();
    FileObject* f = readable_self(interp, args[0]);
    if (!f) return Value::error();
    List* lines = List::make(interp);
    int64_t total = 0;
    for (;;) {
        const Value line = read_line(interp, f, -1);
        if (line.is_error()) return line;
        const int64_t size = f->text ? static_cast<int64_t>(as_str(line)->length())
                                     : static_cast<int64_t>(as_bytes(line)->size());
        if (size == 0) break;
        lines->append(interp, line);
        total += size;
        if (hint > 0 && total >= hint) break;
    }
    return lines->value();
}

// The text written for `s`: '\n' becomes the newline the file was opened with.
std::string encode_text(FileObject* f, std::string_view s) {
    const char* nl = f->newline == Newline::CR     ? "\r"
                     : f->newline == Newline::CRLF ? "\r\n"
                                                   : nullptr;
    if (!nl && f->codec != Encoding::Latin1) return std::string(s);
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == '\n' && nl) {
            out += nl;
        } else if (f->codec == Encoding::Latin1 && c >= 0x80) {
            // Two-byte sequences below U+0100 are the Latin-1 range; checked by the caller.
            out += static_cast<char>(((c & 0x1F) << 6) | (s[i + 1] & 0x3F));
            ++i;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

// UnicodeEncodeError for characters the file's codec cannot write.
bool check_encodable(Interpreter& interp, FileObject* f, Str* s) {
    if (s->is_ascii() || f->codec == Encoding::Utf8) return true;
    const size_t n = s->length();
    for (size_t i = 0; i < n; ++i) {
        const uint32_t cp = s->code_point_at(i);
        const uint32_t limit = f->codec == Encoding::Ascii ? 0x80 : 0x100;
        if (cp >= limit) {
            auto found = interp.exceptions.by_name.find("UnicodeEncodeError");
            interp.raise_format(found->second,
                                "'%s' codec can't encode character '\\x%02x' in position %zu: "
                                "ordinal not in range(%u)",
                                codec_name(f->codec), cp, i, limit);
            if (cp > 0xFF) {
                interp.clear_pending();
                interp.raise_format(found->second,
                                    "'%s' codec can't encode character '\\u%04x' in position "
                                    "%zu: ordinal not in range(%u)",
                                    codec_name(f->codec), cp, i, limit);
            }
            return false;
        }
    }
    return true;
}

bool bytes_like(Interpreter& interp, Value v, std::string_view* out) {
    if (is_bytes(interp, v)) {
        *out = as_bytes(v)->view();
        return true;
    }
    return false;
}

// Writes one item; the number written (characters or bytes), or -1.
int64_t write_item(Interpreter& interp, FileObject* f, Value item) {
    if (f->text) {
        if (!is_str(item)) {
            interp.raise_format(interp.exceptions.type_error,
                                "write() argument must be str, not %s",
                                std::string(type_name(interp, item)).c_str());
            return -1;
        }
        Str* s = as_str(item);
        if (!check_encodable(interp, f, s)) return -1;
        if (!write_all(interp, f, encode_text(f, s->view()))) return -1;
        return static_cast<int64_t>(s->length());
    }
    std::string_view data;
    if (!bytes_like(interp, item, &data)) {
        interp.raise_format(interp.exceptions.type_error,
                            "a bytes-like object is required, not '%s'",
                            std::string(type_name(interp, item)).c_str());
        return -1;
    }
    if (!write_all(interp, f, data)) return -1;
    return static_cast<int64_t>(data.size());
}

Value file_write(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "write", kwnames) || !check_one_arg(interp, "write", nargs - 1)) {
        return Value::error();
    }
    FileObject* f = writable_self(interp, args[0]);
    if (!f) return Value::error();
    const int64_t n = write_item(interp, f, args[1]);
    return n < 0 ? Value::error() : make_int(interp, n);
}

Value file_writelines(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "writelines", kwnames) ||
        !check_one_arg(interp, "writelines", nargs - 1)) {
        return Value::error();
    }
    if (!writable_self(interp, args[0])) return Value::error();
    const Value it = ops::get_iter(interp, args[1]);
    if (it.is_error()) return it;
    Rooted keep(interp.shadow_roots(), it);
    for (;;) {
        const Value item = ops::iter_next(interp, it);
        if (item.is_error()) return item;
        if (item.is_absent()) return Value::none();
        FileObject* f = open_self(interp, args[0]);
        if (!f || write_item(interp, f, item) < 0) return Value::error();
    }
}

Value file_close(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "close", nargs - 1)) return Value::error();
    FileObject* f = as_file(args[0]);
    if (f->closed) return Value::none();
    f->closed = true;
    f->buffer->clear();
    f->pos = 0;
    if (f->closefd && ::close(f->fd) < 0) return raise_os_error(interp, errno, Value::absent());
    return Value::none();
}

Value file_flush(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "flush", nargs - 1)) return Value::error();
    return open_self(interp, args[0]) ? Value::none() : Value::error();
}

int64_t logical_position(FileObject* f) {
    const off_t at = ::lseek(f->fd, 0, SEEK_CUR);
    return at < 0 ? -1 : static_cast<int64_t>(at) - static_cast<int64_t>(buffered(f));
}

Value file_tell(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "tell", nargs - 1)) return Value::error();
    FileObject* f = open_self(interp, args[0]);
    if (!f) return Value::error();
    const int64_t at = logical_position(f);
    if (at < 0) return raise_os_error(interp, errno, Value::absent());
    return make_int(interp, at);
}

Value file_seek(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "seek", kwnames) ||
        !check_arity(interp, "seek", nargs - 1, 1, 2)) {
        return Value::error();
    }
    for (size_t i = 1; i < nargs; ++i) {
        if (!is_int(args[i])) {
            return interp.raise_format(interp.exceptions.type_error,
                                       "'%s' object cannot be interpreted as an integer",
                                       std::string(type_name(interp, args[i])).c_str());
        }
    }
    int64_t offset = 0;
    int64_t whence = 0;
    if (!int_to_ssize(interp, args[1], &offset)) return Value::error();
    if (nargs > 2 && !int_to_ssize(interp, args[2], &whence)) return Value::error();
    FileObject* f = open_self(interp, args[0]);
    if (!f) return Value::error();
    if (whence < 0 || whence > 2) {
        return f->text ? interp.raise_format(interp.exceptions.value_error,
                                             "invalid whence (%lld, should be 0, 1 or 2)",
                                             static_cast<long long>(whence))
                       : interp.raise_format(interp.exceptions.value_error,
                                             "whence value %lld unsupported",
                                             static_cast<long long>(whence));
    }
    if (f->text) {
        if (whence == 1 && offset != 0) {
            return raise_unsupported(interp, "can't do nonzero cur-relative seeks");
        }
        if (whence == 2 && offset != 0) {
            return raise_unsupported(interp, "can't do nonzero end-relative seeks");
        }
        if (whence == 0 && offset < 0) {
            return interp.raise_format(interp.exceptions.value_error, "negative seek position %lld",
                                       static_cast<long long>(offset));
        }
    }
    if (whence == 1) {
        const int64_t at = logical_position(f);
        if (at < 0) return raise_os_error(interp, errno, Value::absent());
        offset += at;
        whence = 0;
    }
    const off_t result =
        ::lseek(f->fd, static_cast<off_t>(offset), whence == 0 ? SEEK_SET : SEEK_END);
    if (result < 0) return raise_os_error(interp, errno, Value::absent());
    f->buffer->clear();
    f->pos = 0;
    f->at_eof = false;
    return make_int(interp, static_cast<int64_t>(result));
}

Value file_truncate(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "truncate", kwnames) ||
        !check_arity(interp, "truncate", nargs - 1, 0, 1)) {
        return Value::error();
    }
    FileObject* f = writable_self(interp, args[0]);
    if (!f) return Value::error();
    int64_t size = logical_position(f);
    if (nargs > 1 && !args[1].is_none() && !int_to_ssize(interp, args[1], &size)) {
        return Value::error();
    }
    if (::ftruncate(f->fd, static_cast<off_t>(size)) < 0) {
        return raise_os_error(interp, errno, Value::absent());
    }
    return make_int(interp, size);
}

Value file_fileno(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "fileno", nargs - 1)) return Value::error();
    FileObject* f = queryable_self(interp, args[0]);
    return f ? Value::from_small_int(f->fd) : Value::error();
}

Value file_readable(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "readable", nargs - 1)) return Value::error();
    FileObject* f = queryable_self(interp, args[0]);
    return f ? Value::from_bool(f->readable) : Value::error();
}

Value file_writable(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "writable", nargs - 1)) return Value::error();
    FileObject* f = queryable_self(interp, args[0]);
    return f ? Value::from_bool(f->writable) : Value::error();
}

Value file_seekable(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "seekable", nargs - 1)) return Value::error();
    FileObject* f = queryable_self(interp, args[0]);
    if (!f) return Value::error();
    return Value::from_bool(::lseek(f->fd, 0, SEEK_CUR) >= 0);
}

Value file_isatty(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "isatty", nargs - 1)) return Value::error();
    FileObject* f = queryable_self(interp, args[0]);
    return f ? Value::from_bool(::isatty(f->fd) == 1) : Value::error();
}

Value file_enter(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "__enter__", nargs - 1)) return Value::error();
    return open_self(interp, args[0]) ? args[0] : Value::error();
}

Value file_exit(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    return file_close(interp, args, 1, nullptr);
}

Value file_iter(Interpreter& interp, Value self) {
    return open_self(interp, self) ? self : Value::error();
}

Value file_next(Interpreter& interp, Value self) {
    FileObject* f = readable_self(interp, self);
    if (!f) return Value::error();
    const Value line = read_line(interp, f, -1);
    if (line.is_error()) return line;
    const bool empty = f->text ? as_str(line)->byte_length() == 0 : as_bytes(line)->size() == 0;
    return empty ? Value::absent() : line;
}

Value file_getattr(Interpreter& interp, Value self, Str* name, bool suppress_missing) {
    FileObject* f = as_file(self);
    const std::string_view n = name->view();
    if (n == "name") return f->name;
    if (n == "closed") return Value::from_bool(f->closed);
    if (n == "mode") return f->mode->value();
    if (f->text) {
        if (n == "encoding") return f->encoding->value();
        if (n == "errors") return interp.intern("strict")->value();
        if (n == "newlines") return Value::none();
        if (n == "line_buffering") return Value::false_();
    } else if (n == "closefd" && f->type == interp.types.file_io) {
        return Value::from_bool(f->closefd);
    }
    return generic_getattr(interp, self, name, suppress_missing);
}

Value file_repr(Interpreter& interp, Value self) {
    FileObject* f = as_file(self);
    Str* name = ops::repr(interp, f->name);
    if (!name) return Value::error();
    std::string text =
        "<_io." + std::string(f->type->name->view()) + " name=" + std::string(name->view());
    if (f->text) {
        text += " mode='" + std::string(f->mode->view()) + "' encoding='" +
                std::string(f->encoding->view()) + "'";
    } else if (f->type == interp.types.file_io) {
        text += " mode='" + std::string(f->mode->view()) +
                "' closefd=" + (f->closefd ? "True" : "False");
    }
    return Str::make(interp, text + ">")->value();
}

// --- open() ---------------------------------------------------------------------------------

struct ModeFlags {
    bool create = false, read = false, write = false, append = false, plus = false;
    bool text = false, binary = false;
};

// The mode string's letters, checked as CPython's _io.open checks them.
bool parse_mode(Interpreter& interp, std::string_view mode, ModeFlags& m) {
    std::string seen;
    for (char c : mode) {
        bool* flag = nullptr;
        switch (c) {
        case 'x':
            flag = &m.create;
            break;
        case 'r':
            flag = &m.read;
            break;
        case 'w':
            flag = &m.write;
            break;
        case 'a':
            flag = &m.append;
            break;
        case '+':
            flag = &m.plus;
            break;
        case 't':
            flag = &m.text;
            break;
        case 'b':
            flag = &m.binary;
            break;
        default:
            break;
        }
        if (!flag || *flag) {
            interp.raise_format(interp.exceptions.value_error, "invalid mode: '%s'",
                                std::string(mode).c_str());
            return false;
        }
        *flag = true;
    }
    if (m.text && m.binary) {
        interp.raise(interp.exceptions.value_error, "can't have text and binary mode at once");
        return false;
    }
    const int kinds = m.create + m.read + m.write + m.append;
    if (kinds != 1) {
        interp.raise(interp.exceptions.value_error,
                     kinds > 1 ? "must have exactly one of create/read/write/append mode"
                               : "Must have exactly one of create/read/write/append mode and at "
                                 "most one plus");
        return false;
    }
    return true;
}

bool parse_encoding(Interpreter& interp, Str* name, Encoding* out) {
    std::string lower;
    for (char c : name->view()) {
        lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c == '-' ? '_' : c;
    }
    if (lower == "utf_8" || lower == "utf8" || lower == "u8" || lower == "utf") {
        *out = Encoding::Utf8;
    } else if (lower == "ascii" || lower == "us_ascii" || lower == "646") {
        *out = Encoding::Ascii;
    } else if (lower == "latin_1" || lower == "latin1" || lower == "iso_8859_1" ||
               lower == "iso8859_1" || lower == "l1" || lower == "latin") {
        *out = Encoding::Latin1;
    } else {
        interp.raise_format(interp.exceptions.lookup_error, "unknown encoding: %s",
                            std::string(name->view()).c_str());
        return false;
    }
    return true;
}

Type* type_for(Interpreter& interp, const ModeFlags& m, bool unbuffered) {
    if (m.text || !m.binary) return interp.types.text_io_wrapper;
    if (unbuffered) return interp.types.file_io;
    if (m.plus) return interp.types.buffered_random;
    return m.read ? interp.types.buffered_reader : interp.types.buffered_writer;
}

FileObject* make_file(Interpreter& interp, Type* type, int fd, Value name, Str* mode) {
    FileObject* f = make_instance<FileObject>(interp, type);
    f->fd = fd;
    f->name = name;
    f->mode = mode;
    f->buffer = new std::string();
    return f;
}

// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
// opener=None)
Value builtin_open(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value a[8];
    if (!bind_native_args(
            interp, "open", args, nargs, kwnames,
            {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1,
            0, a)) {
        return Value::error();
    }
    const Value file = a[0];
    const bool is_fd = is_int(file) && !file.is_bool();
    if (!is_str(file) && !is_bytes(interp, file) && !is_fd) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "expected str, bytes or os.PathLike object, not %s",
                                   std::string(type_name(interp, file)).c_str());
    }
    auto check_str = [&](Value v, const char* arg) {
        if (v.is_absent() || v.is_none() || is_str(v)) return true;
        interp.raise_format(interp.exceptions.type_error,
                            "open() argument '%s' must be str or None, not %s", arg,
                            std::string(type_name(interp, v)).c_str());
        return false;
    };
    if (!a[1].is_absent() && !is_str(a[1])) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "open() argument 'mode' must be str, not %s",
                                   std::string(type_name(interp, a[1])).c_str());
    }
    if (!check_str(a[3], "encoding") || !check_str(a[4], "errors") || !check_str(a[5], "newline")) {
        return Value::error();
    }
    Str* mode = a[1].is_absent() ? interp.intern("r") : as_str(a[1]);
    ModeFlags m;
    if (!parse_mode(interp, mode->view(), m)) return Value::error();
    int64_t buffering = -1;
    if (!a[2].is_absent() && !int_to_ssize(interp, a[2], &buffering)) return Value::error();
    const bool text = !m.binary;
    const bool has_encoding = !a[3].is_absent() && !a[3].is_none();
    const bool has_errors = !a[4].is_absent() && !a[4].is_none();
    const bool has_newline = !a[5].is_absent() && !a[5].is_none();
    if (!text && has_encoding) {
        return interp.raise(interp.exceptions.value_error,
                            "binary mode doesn't take an encoding argument");
    }
    if (!text && has_errors) {
        return interp.raise(interp.exceptions.value_error,
                            "binary mode doesn't take an errors argument");
    }
    if (!text && has_newline) {
        return interp.raise(interp.exceptions.value_error,
                            "binary mode doesn't take a newline argument");
    }
    if (text && buffering == 0) {
        return interp.raise(interp.exceptions.value_error, "can't have unbuffered text I/O");
    }
    Newline newline = Newline::Universal;
    if (has_newline) {
        const std::string_view nl = as_str(a[5])->view();
        if (nl.empty()) {
            newline = Newline::Untranslated;
        } else if (nl == "\n") {
            newline = Newline::LF;
        } else if (nl == "\r") {
            newline = Newline::CR;
        } else if (nl == "\r\n") {
            newline = Newline::CRLF;
        } else {
            return interp.raise_format(interp.exceptions.value_error, "illegal newline value: %s",
                                       std::string(nl).c_str());
        }
    }
    Encoding codec = Encoding::Utf8;
    if (has_encoding && !parse_encoding(interp, as_str(a[3]), &codec)) return Value::error();
    if (has_errors && !as_str(a[4])->equals("strict")) {
        return interp.raise(interp.exceptions.not_implemented_error,
                            "only errors='strict' is supported");
    }
    const bool closefd = a[6].is_absent() || a[6].is_true();
    if (!is_fd && !closefd) {
        return interp.raise(interp.exceptions.value_error,
                            "Cannot use closefd=False with file name");
    }
    int fd = -1;
    if (is_fd) {
        int64_t n = 0;
        if (!int_to_ssize(interp, file, &n)) return Value::error();
        if (n < 0) return interp.raise(interp.exceptions.value_error, "negative file descriptor");
        struct stat st;
        if (::fstat(static_cast<int>(n), &st) < 0)
            return raise_os_error(interp, errno, Value::absent());
        fd = static_cast<int>(n);
    } else {
        int flags = O_CLOEXEC;
        if (m.read) flags |= m.plus ? O_RDWR : O_RDONLY;
        if (m.write) flags |= (m.plus ? O_RDWR : O_WRONLY) | O_CREAT | O_TRUNC;
        if (m.append) flags |= (m.plus ? O_RDWR : O_WRONLY) | O_CREAT | O_APPEND;
        if (m.create) flags |= (m.plus ? O_RDWR : O_WRONLY) | O_CREAT | O_EXCL;
        const std::string path(is_str(file) ? as_str(file)->view() : as_bytes(file)->view());
        if (path.find('\0') != std::string::npos) {
            return interp.raise(interp.exceptions.value_error, "embedded null byte");
        }
        do {
            fd = ::open(path.c_str(), flags, 0666);
        } while (fd < 0 && errno == EINTR);
        if (fd < 0) return raise_os_error(interp, errno, file);
        struct stat st;
        if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            ::close(fd);
            return raise_os_error(interp, EISDIR, file);
        }
        // Appending files start at their end, so tell() says where the writes go.
        if (m.append) ::lseek(fd, 0, SEEK_END);
    }
    // The mode attribute: text files keep the string given; binary ones show CPython's
    // normalized spelling ('rb', 'wb', 'ab', 'xb', with '+' last).
    Str* shown = mode;
    if (!text) {
        const char* normal = m.create   ? (m.plus ? "xb+" : "xb")
                             : m.append ? (m.plus ? "ab+" : "ab")
                             : m.plus   ? "rb+"
                             : m.read   ? "rb"
                                        : "wb";
        shown = interp.intern(normal);
    }
    FileObject* f = make_file(interp, type_for(interp, m, buffering == 0), fd, file, shown);
    f->closefd = closefd;
    f->text = text;
    f->readable = m.read || m.plus;
    f->writable = !m.read || m.plus;
    f->newline = newline;
    f->codec = codec;
    if (text) {
        f->encoding = has_encoding ? as_str(a[3]) : interp.intern("UTF-8");
    }
    return f->value();
}

// input(prompt): the prompt to sys.stdout, then a line from sys.stdin without its newline.
Value builtin_input(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "input", kwnames) || !check_arity(interp, "input", nargs, 0, 1)) {
        return Value::error();
    }
    Dict* sys = interp.sys_module->dict;
    const Value out = sys->get(interp.names.stdout_);
    const Value in = sys->get(interp.intern("stdin"));
    if (in.is_absent() || in.is_none()) {
        return interp.raise(interp.exceptions.runtime_error, "input(): lost sys.stdin");
    }
    if (out.is_absent() || out.is_none()) {
        return interp.raise(interp.exceptions.runtime_error, "input(): lost sys.stdout");
    }
    Rooted keep_in(interp.shadow_roots(), in);
    Rooted keep_out(interp.shadow_roots(), out);
    if (nargs == 1) {
        Str* prompt = ops::str(interp, args[0]);
        if (!prompt) return Value::error();
        const Value p = prompt->value();
        if (ops::call_method(interp, out, interp.names.write, &p, 1).is_error()) {
            return Value::error();
        }
    }
    // Whatever was printed must be visible before waiting for the user.
    if (ops::call_method(interp, out, interp.names.flush, nullptr, 0).is_error()) {
        return Value::error();
    }
    interp.flush_output();
    const Value line = ops::call_method(interp, in, interp.intern("readline"), nullptr, 0);
    if (line.is_error()) return line;
    if (!is_str(line)) return interp.raise_type_error("object.readline() returned non-string");
    std::string_view text = as_str(line)->view();
    if (text.empty()) return interp.raise(interp.exceptions.eof_error, "EOF when reading a line");
    if (text.back() == '\n') text.remove_suffix(1);
    return Str::make(interp, text)->value();
}

Type* make_file_type(Interpreter& interp, const char* name) {
    Type* t = make_builtin_type(interp, name, interp.types.object, sizeof(FileObject), 0);
    t->slots.trace = trace_file;
    t->slots.finalize = finalize_file;
    t->slots.getattr = file_getattr;
    t->slots.repr = file_repr;
    t->slots.iter = file_iter;
    t->slots.iternext = file_next;
    t->slots.new_ = nullptr;
    t->slots.init = nullptr;
    set_native_type_module(interp, t, "_io");
    add_method(interp, t, "read", file_read);
    add_method(interp, t, "readline", file_readline);
    add_method(interp, t, "readlines", file_readlines);
    add_method(interp, t, "write", file_write);
    add_method(interp, t, "writelines", file_writelines);
    add_method(interp, t, "close", file_close);
    add_method(interp, t, "flush", file_flush);
    add_method(interp, t, "tell", file_tell);
    add_method(interp, t, "seek", file_seek);
    add_method(interp, t, "truncate", file_truncate);
    add_method(interp, t, "fileno", file_fileno);
    add_method(interp, t, "readable", file_readable);
    add_method(interp, t, "writable", file_writable);
    add_method(interp, t, "seekable", file_seekable);
    add_method(interp, t, "isatty", file_isatty);
    add_method(interp, t, "__enter__", file_enter);
    add_method(interp, t, "__exit__", file_exit);
    return t;
}

void init_file_types(Interpreter& interp) {
    if (interp.types.text_io_wrapper) return;
    interp.types.text_io_wrapper = make_file_type(interp, "TextIOWrapper");
    interp.types.buffered_reader = make_file_type(interp, "BufferedReader");
    interp.types.buffered_writer = make_file_type(interp, "BufferedWriter");
    interp.types.buffered_random = make_file_type(interp, "BufferedRandom");
    interp.types.file_io = make_file_type(interp, "FileIO");
    // class UnsupportedOperation(OSError, ValueError), from the io module.
    Type* os_error = interp.exceptions.os_error;
    Type* t = make_builtin_type(interp, "UnsupportedOperation", os_error, os_error->instance_size,
                                TypeBaseType | TypeExceptionSubclass | TypeHasDict);
    t->bases = Tuple::make(interp, {os_error->value(), interp.exceptions.value_error->value()});
    compute_mro(interp, t);
    type_set_attr(interp, t, "__module__", interp.intern("io")->value());
    interp.types.unsupported_operation = t;
}

} // namespace

void install_file_builtins(Interpreter& interp) {
    init_file_types(interp);
    const Value module = interp.names.builtins->value();
    for (auto [name, fn] : {std::pair<const char*, NativeFn>{"open", builtin_open},
                            std::pair<const char*, NativeFn>{"input", builtin_input}}) {
        NativeFunction* f = make_native_function(interp, name, fn, module);
        interp.builtins->set(interp, f->name, f->value());
    }
}

void install_stdin(Interpreter& interp) {
    init_file_types(interp);
    FileObject* f = make_file(interp, interp.types.text_io_wrapper, 0,
                              interp.intern("<stdin>")->value(), interp.intern("r"));
    f->text = true;
    f->readable = true;
    f->closefd = false;
    f->encoding = interp.intern("utf-8");
    interp.sys_module->dict->set(interp, interp.intern("stdin"), f->value());
    interp.sys_module->dict->set(interp, interp.intern("__stdin__"), f->value());
}

Module* make_io_module(Interpreter& interp) {
    init_file_types(interp);
    Module* m = Module::make(interp, interp.intern("io"));
    m->dict->set(interp, interp.intern("open"), interp.builtins->get(interp.intern("open")));
    m->dict->set(interp, interp.intern("UnsupportedOperation"),
                 interp.types.unsupported_operation->value());
    m->dict->set(interp, interp.intern("DEFAULT_BUFFER_SIZE"), Value::from_small_int(8192));
    for (Type* t :
         {interp.types.text_io_wrapper, interp.types.buffered_reader, interp.types.buffered_writer,
          interp.types.buffered_random, interp.types.file_io}) {
        m->dict->set(interp, t->name, t->value());
    }
    m->dict->set(interp, interp.intern("SEEK_SET"), Value::from_small_int(0));
    m->dict->set(interp, interp.intern("SEEK_CUR"), Value::from_small_int(1));
    m->dict->set(interp, interp.intern("SEEK_END"), Value::from_small_int(2));
    add_memory_streams(interp, m);
    return m;
}

} // namespace coil::modules
