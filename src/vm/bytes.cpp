// bytes: construction, repr, indexing and slicing, operators, decode and str.encode.
#include "vm/bytes.hpp"

#include "vm/int.hpp"
#include "vm/list.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/range.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <cstring>
#include <string>
#include <utf8proc.h>

namespace coil::vm {

Bytes* Bytes::make(Interpreter& interp, std::string_view data) {
    Bytes* b = interp.heap().make_sized<Bytes>(interp.types.bytes, sizeof(Bytes) + data.size());
    b->size_ = data.size();
    if (!data.empty()) std::memcpy(b->data_, data.data(), data.size());
    b->data_[data.size()] = '\0';
    return b;
}

namespace {

std::string tname(Interpreter& interp, Value v) {
    return std::string(type_name(interp, v));
}

Value bytes_repr(Interpreter& interp, Value self) {
    std::string_view data = as_bytes(self)->view();
    bool has_single = data.find('\'') != std::string_view::npos;
    bool has_double = data.find('"') != std::string_view::npos;
    char quote = has_single && !has_double ? '"' : '\'';
    static const char hex[] = "0123456789abcdef";
    std::string out = "b";
    out += quote;
    for (char ch : data) {
        auto c = static_cast<unsigned char>(ch);
        if (c == static_cast<unsigned char>(quote) || c == '\\') {
            out += '\\';
            out += ch;
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 32 || c >= 127) {
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 15];
        } else {
            out += ch;
        }
    }
    out += quote;
    return Str::make_ascii(interp, out)->value();
}

int64_t bytes_hash(Interpreter&, Value self) {
    return Str::compute_hash(as_bytes(self)->view());
}

int64_t bytes_len(Interpreter&, Value self) {
    return static_cast<int64_t>(as_bytes(self)->size());
}

Value bytes_richcompare(Interpreter& interp, Value self, Value other, CompareOp op) {
    if (!is_bytes(interp, other)) return interp.not_implemented;
    int c = as_bytes(self)->view().compare(as_bytes(other)->view());
    return Value::from_bool(ordering_satisfies(c, op));
}

Value bytes_getitem(Interpreter& interp, Value self, Value key) {
    Bytes* b = as_bytes(self);
    if (is_slice(interp, key)) {
        int64_t start, stop, step, count;
        if (!slice_indices(interp, static_cast<Slice*>(key.as_object()),
                           static_cast<int64_t>(b->size()), &start, &stop, &step, &count)) {
            return Value::error();
        }
        std::string out;
        for (int64_t i = 0, at = start; i < count; ++i, at += step) out += b->data_[at];
        return Bytes::make(interp, out)->value();
    }
    if (!is_int(key) && !type_of(interp, key)->slots.index) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "byte indices must be integers or slices, not %s",
                                   tname(interp, key).c_str());
    }
    int64_t i;
    if (!value_to_index(interp, key, &i)) return Value::error();
    if (!normalize_index(i, b->size())) {
        return interp.raise(interp.exceptions.index_error, "index out of range");
    }
    return Value::from_small_int(static_cast<unsigned char>(b->data_[i]));
}

int bytes_contains(Interpreter& interp, Value self, Value item) {
    std::string_view data = as_bytes(self)->view();
    if (is_bytes(interp, item)) return data.find(as_bytes(item)->view()) != std::string_view::npos;
    if (is_int(item)) {
        int64_t v;
        if (!int_to_int64(item, &v) || v < 0 || v > 255) {
            interp.raise(interp.exceptions.value_error, "byte must be in range(0, 256)");
            return -1;
        }
        return data.find(static_cast<char>(v)) != std::string_view::npos;
    }
    interp.raise_format(interp.exceptions.type_error, "a bytes-like object is required, not '%s'",
                        tname(interp, item).c_str());
    return -1;
}

struct BytesIterator : Object {
    Bytes* bytes;
    size_t index;
};

void trace_bytes_iterator(Object* self, Tracer& tracer) {
    tracer.mark(static_cast<BytesIterator*>(self)->bytes);
}

Value bytes_iter(Interpreter& interp, Value self) {
    auto* it = interp.heap().make<BytesIterator>(interp.types.bytes_iterator);
    it->bytes = as_bytes(self);
    it->index = 0;
    return it->value();
}

Value bytes_iterator_next(Interpreter&, Value self) {
    auto* it = static_cast<BytesIterator*>(self.as_object());
    if (!it->bytes || it->index >= it->bytes->size()) {
        it->bytes = nullptr;
        return Value::absent();
    }
    return Value::from_small_int(static_cast<unsigned char>(it->bytes->data_[it->index++]));
}

Value iter_self(Interpreter&, Value self) {
    return self;
}

Value bytes_add(Interpreter& interp, Value a, Value b) {
    if (!is_bytes(interp, a)) return interp.not_implemented;
    if (!is_bytes(interp, b)) {
        return interp.raise_format(interp.exceptions.type_error, "can't concat %s to bytes",
                                   tname(interp, b).c_str());
    }
    std::string out(as_bytes(a)->view());
    out += as_bytes(b)->view();
    return Bytes::make(interp, out)->value();
}

Value bytes_mul(Interpreter& interp, Value a, Value b) {
    Value seq = is_bytes(interp, a) ? a : b;
    Value count = is_bytes(interp, a) ? b : a;
    if (!is_int(count)) return interp.not_implemented;
    int64_t n;
    if (!int_to_ssize(interp, count, &n)) return Value::error();
    std::string_view data = as_bytes(seq)->view();
    if (n <= 0 || data.empty()) return Bytes::make(interp, "")->value();
    if (static_cast<uint64_t>(n) > (uint64_t(1) << 32) / data.size())
        return interp.raise_memory_error();
    std::string out;
    out.reserve(data.size() * static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) out += data;
    return Bytes::make(interp, out)->value();
}

bool encode_utf8(Interpreter& interp, Value encoding, std::string_view fname) {
    if (encoding.is_absent()) return true;
    if (!is_str(encoding)) {
        interp.raise_format(interp.exceptions.type_error,
                            "%s() argument 'encoding' must be str, not %s",
                            std::string(fname).c_str(), tname(interp, encoding).c_str());
        return false;
    }
    std::string e(as_str(encoding)->view());
    for (char& c : e) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (e == "utf-8" || e == "utf8" || e == "utf_8" || e == "ascii" || e == "us-ascii") return true;
    interp.raise_format(interp.exceptions.by_name.at("LookupError"), "unknown encoding: %s",
                        std::string(as_str(encoding)->view()).c_str());
    return false;
}

Value bytes_new(Interpreter& interp, Type*, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[3];
    if (!bind_native_args(interp, "bytes", args, nargs, kwnames, {"source", "encoding", "errors"},
                          0, 0, bound)) {
        return Value::error();
    }
    Value source = bound[0];
    if (source.is_absent()) return Bytes::make(interp, "")->value();
    if (is_str(source)) {
        if (bound[1].is_absent())
            return interp.raise_type_error("string argument without an encoding");
        if (!encode_utf8(interp, bound[1], "bytes")) return Value::error();
        return Bytes::make(interp, as_str(source)->view())->value();
    }
    if (!bound[1].is_absent()) return interp.raise_type_error("encoding without a string argument");
    if (is_bytes(interp, source)) return source;
    if (is_int(source)) {
        int64_t n;
        if (!int_to_ssize(interp, source, &n)) return Value::error();
        if (n < 0) return interp.raise(interp.exceptions.value_error, "negative count");
        if (n > (int64_t(1) << 32)) return interp.raise_memory_error();
        return Bytes::make(interp, std::string(static_cast<size_t>(n), '\0'))->value();
    }
    Value it = ops::get_iter(interp, source);
    if (it.is_error()) {
        interp.clear_pending();
        return interp.raise_format(interp.exceptions.type_error,
                                   "cannot convert '%s' object to bytes",
                                   tname(interp, source).c_str());
    }
    Rooted keep(interp.shadow_roots(), it);
    std::string out;
    for (;;) {
        Value v = ops::iter_next(interp, it);
        if (v.is_error()) return v;
        if (v.is_absent()) break;
        int64_t byte;
        if (!is_int(v)) {
            return interp.raise_format(interp.exceptions.type_error,
                                       "'%s' object cannot be interpreted as an integer",
                                       tname(interp, v).c_str());
        }
        if (!int_to_int64(v, &byte) || byte < 0 || byte > 255) {
            return interp.raise(interp.exceptions.value_error, "bytes must be in range(0, 256)");
        }
        out += static_cast<char>(byte);
    }
    return Bytes::make(interp, out)->value();
}

Value bytes_decode(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[2];
    if (!bind_native_args(interp, "decode", args + 1, nargs - 1, kwnames, {"encoding", "errors"}, 0,
                          0, bound)) {
        return Value::error();
    }
    if (!encode_utf8(interp, bound[0], "decode")) return Value::error();
    std::string_view data = as_bytes(args[0])->view();
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(data.data());
    size_t i = 0;
    while (i < data.size()) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n =
            utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(data.size() - i), &cp);
        if (n < 0) {
            auto byte = static_cast<unsigned char>(data[i]);
            const char* reason = (byte >= 0x80 && byte < 0xC2) || byte > 0xF4
                                     ? "invalid start byte"
                                     : (i + 1 >= data.size() ? "unexpected end of data"
                                                             : "invalid continuation byte");
            return interp.raise_format(interp.exceptions.unicode_decode_error,
                                       "'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                                       byte, i, reason);
        }
        i += static_cast<size_t>(n);
    }
    return Str::make(interp, data)->value();
}

Value bytes_hex(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "hex", nargs - 1)) return Value::error();
    static const char hex[] = "0123456789abcdef";
    std::string out;
    for (char ch : as_bytes(args[0])->view()) {
        auto c = static_cast<unsigned char>(ch);
        out += hex[c >> 4];
        out += hex[c & 15];
    }
    return Str::make_ascii(interp, out)->value();
}

Value str_encode(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[2];
    if (!bind_native_args(interp, "encode", args + 1, nargs - 1, kwnames, {"encoding", "errors"}, 0,
                          0, bound)) {
        return Value::error();
    }
    if (!encode_utf8(interp, bound[0], "encode")) return Value::error();
    return Bytes::make(interp, as_str(args[0])->view())->value();
}

} // namespace

void init_bytes_type(Interpreter& interp) {
    Type* t = make_builtin_type(interp, "bytes", interp.types.object, sizeof(Bytes), TypeBaseType);
    interp.types.bytes = t;
    TypeSlots& s = t->slots;
    s.repr = bytes_repr;
    s.str = bytes_repr;
    s.hash = bytes_hash;
    s.richcompare = bytes_richcompare;
    s.len = bytes_len;
    s.getitem = bytes_getitem;
    s.contains = bytes_contains;
    s.iter = bytes_iter;
    s.binary[static_cast<int>(BinaryOp::Add)] = bytes_add;
    s.binary[static_cast<int>(BinaryOp::Mul)] = bytes_mul;
    s.new_ = bytes_new;
    s.init = nullptr;
    s.trace = nullptr;
    add_method(interp, t, "decode", bytes_decode);
    add_method(interp, t, "hex", bytes_hex);
    add_method(interp, interp.types.str, "encode", str_encode);

    Type* it =
        make_builtin_type(interp, "bytes_iterator", interp.types.object, sizeof(BytesIterator), 0);
    it->slots.iter = iter_self;
    it->slots.iternext = bytes_iterator_next;
    it->slots.trace = trace_bytes_iterator;
    it->slots.new_ = nullptr;
    interp.types.bytes_iterator = it;
}

} // namespace coil::vm
