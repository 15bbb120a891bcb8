// bytes: construction, repr, indexing and slicing, operators, decode and str.encode.
#include "vm/bytes.hpp"

#include "vm/bytearray.hpp"
#include "vm/bytes_methods.hpp"
#include "vm/class_creation.hpp"
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

Bytes* Bytes::make_of_type(Interpreter& interp, Type* type, std::string_view data) {
    if (type == interp.types.bytes) return make(interp, data);
    Bytes* b = interp.heap().make_sized<Bytes>(type, sizeof(Bytes) + data.size() +
                                                         trailing_fields_size(type));
    b->size_ = data.size();
    if (!data.empty()) std::memcpy(b->data_, data.data(), data.size());
    b->data_[data.size()] = '\0';
    if (type->has_flag(TypeHeap)) clear_instance_fields(b);
    return b;
}

namespace {

std::string tname(Interpreter& interp, Value v) {
    return std::string(type_name(interp, v));
}

Value bytes_repr(Interpreter& interp, Value self) {
    return Str::make_ascii(interp, bytes_literal(as_bytes(self)->view()))->value();
}

int64_t bytes_hash(Interpreter&, Value self) {
    return Str::compute_hash(as_bytes(self)->view());
}

int64_t bytes_len(Interpreter&, Value self) {
    return static_cast<int64_t>(as_bytes(self)->size());
}

Value bytes_richcompare(Interpreter& interp, Value self, Value other, CompareOp op) {
    std::string_view theirs;
    if (!bytes_like_view(interp, other, &theirs)) return interp.not_implemented;
    int c = as_bytes(self)->view().compare(theirs);
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
    std::string_view needle;
    if (bytes_like_view(interp, item, &needle)) return data.find(needle) != std::string_view::npos;
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
    std::string_view other;
    if (!bytes_like_view(interp, b, &other)) {
        return interp.raise_format(interp.exceptions.type_error, "can't concat %s to bytes",
                                   tname(interp, b).c_str());
    }
    std::string out(as_bytes(a)->view());
    out += other;
    return Bytes::make(interp, out)->value();
}

Value bytes_mul(Interpreter& interp, Value a, Value b) {
    Value seq = is_bytes(interp, a) ? a : b;
    Value count = is_bytes(interp, a) ? b : a;
    if (!is_int(count)) return sequence_repeat_error(interp, count);
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

Value bytes_new(Interpreter& interp, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[3];
    if (!bind_native_args(interp, "bytes", args, nargs, kwnames, {"source", "encoding", "errors"},
                          0, 0, bound)) {
        return Value::error();
    }
    if (is_bytes(interp, bound[0]) && as_bytes(bound[0])->type == interp.types.bytes &&
        type == interp.types.bytes && bound[1].is_absent() && bound[2].is_absent()) {
        return bound[0];
    }
    std::string out;
    if (!bytes_from_source(interp, "bytes", bound[0], bound[1], bound[2], &out)) {
        return Value::error();
    }
    return Bytes::make_of_type(interp, type, out)->value();
}

Value str_encode(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[2];
    if (!bind_native_args(interp, "encode", args + 1, nargs - 1, kwnames, {"encoding", "errors"}, 0,
                          0, bound)) {
        return Value::error();
    }
    std::string out;
    if (!encode_text(interp, "encode", as_str(args[0]), bound[0], bound[1], &out)) {
        return Value::error();
    }
    return Bytes::make(interp, out)->value();
}

} // namespace

void init_bytes_type(Interpreter& interp) {
    Type* t = make_builtin_type(interp, "bytes", interp.types.object, sizeof(Bytes),
                                TypeBaseType | TypeBytesSubclass);
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
    add_bytes_methods(interp, t);
    add_method(interp, interp.types.str, "encode", str_encode);
    init_bytearray_type(interp);

    Type* it =
        make_builtin_type(interp, "bytes_iterator", interp.types.object, sizeof(BytesIterator), 0);
    it->slots.iter = iter_self;
    it->slots.iternext = bytes_iterator_next;
    it->slots.trace = trace_bytes_iterator;
    it->slots.new_ = nullptr;
    interp.types.bytes_iterator = it;
}

} // namespace coil::vm
