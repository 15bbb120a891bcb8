// bytearray: construction, repr, indexing and slice assignment, concatenation, and the
// mutating methods; the read-only methods are shared with bytes (bytes_methods.cpp).
#include "vm/bytearray.hpp"

#include "vm/bytes.hpp"
#include "vm/bytes_methods.hpp"
#include "vm/class_creation.hpp"
#include "vm/int.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/range.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <algorithm>
#include <string>

namespace coil::vm {

ByteArray* ByteArray::make(Interpreter& interp, std::string_view data) {
    ByteArray* b = interp.heap().make<ByteArray>(interp.types.bytearray);
    b->bytes = data;
    interp.heap().note_external_allocation(data.size());
    return b;
}

bool is_bytearray(const Interpreter& interp, Value v) {
    if (!v.is_object()) return false;
    Type* t = v.as_object()->type;
    return t == interp.types.bytearray || is_subtype(t, interp.types.bytearray);
}

namespace {

std::string tname(Interpreter& interp, Value v) {
    return std::string(type_name(interp, v));
}

std::string& data_of(Value v) {
    return as_bytearray(v)->bytes;
}

void finalize_bytearray(Object* self) {
    static_cast<ByteArray*>(self)->bytes.~basic_string();
}

Value bytearray_new(Interpreter& interp, Type* type, const Value*, size_t, Tuple*) {
    ByteArray* b = make_instance<ByteArray>(interp, type);
    return b->value();
}

int bytearray_init(Interpreter& interp, Value self, const Value* args, size_t nargs,
                   Tuple* kwnames) {
    Value bound[3];
    if (!bind_native_args(interp, "bytearray", args, nargs, kwnames,
                          {"source", "encoding", "errors"}, 0, 0, bound)) {
        return -1;
    }
    std::string out;
    if (!bytes_from_source(interp, "bytearray", bound[0], bound[1], bound[2], &out)) return -1;
    data_of(self) = std::move(out);
    return 0;
}

Value bytearray_repr(Interpreter& interp, Value self) {
    std::string text(type_name(interp, self));
    text += '(';
    text += bytes_literal(data_of(self), true);
    text += ')';
    return Str::make(interp, text)->value();
}

int64_t bytearray_len(Interpreter&, Value self) {
    return static_cast<int64_t>(data_of(self).size());
}

Value bytearray_richcompare(Interpreter& interp, Value self, Value other, CompareOp op) {
    std::string_view theirs;
    if (!bytes_like_view(interp, other, &theirs)) return interp.not_implemented;
    int c = std::string_view(data_of(self)).compare(theirs);
    return Value::from_bool(ordering_satisfies(c, op));
}

bool index_key(Interpreter& interp, Value key, int64_t* out) {
    if (!is_int(key) && !type_of(interp, key)->slots.index) {
        interp.raise_format(interp.exceptions.type_error,
                            "bytearray indices must be integers or slices, not %s",
                            tname(interp, key).c_str());
        return false;
    }
    return value_to_index(interp, key, out);
}

Value bytearray_getitem(Interpreter& interp, Value self, Value key) {
    if (is_slice(interp, key)) {
        int64_t start, stop, step, count;
        if (!slice_indices(interp, static_cast<Slice*>(key.as_object()),
                           static_cast<int64_t>(data_of(self).size()), &start, &stop, &step,
                           &count)) {
            return Value::error();
        }
        const std::string& data = data_of(self);
        std::string out;
        for (int64_t i = 0, at = start; i < count; ++i, at += step) {
            out += data[static_cast<size_t>(at)];
        }
        return ByteArray::make(interp, out)->value();
    }
    int64_t i;
    if (!index_key(interp, key, &i)) return Value::error();
    if (!normalize_index(i, data_of(self).size())) {
        return interp.raise(interp.exceptions.index_error, "bytearray index out of range");
    }
    return Value::from_small_int(static_cast<unsigned char>(data_of(self)[static_cast<size_t>(i)]));
}

int assign_slice(Interpreter& interp, Value self, Slice* slice, Value value) {
    std::string replacement;
    bool deleting = value.is_absent();
    if (!deleting) {
        if (is_int(value) || is_str(value)) {
            interp.raise_type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            return -1;
        }
        if (!collect_bytes(interp, value, &replacement)) return -1;
    }
    int64_t start, stop, step, count;
    std::string& data = data_of(self);
    if (!slice_indices(interp, slice, static_cast<int64_t>(data.size()), &start, &stop, &step,
                       &count)) {
        return -1;
    }
    if (step == 1) {
        auto lo = static_cast<size_t>(start);
        size_t hi = std::max(lo, static_cast<size_t>(std::max<int64_t>(stop, 0)));
        data.replace(lo, hi - lo, replacement);
        return 0;
    }
    if (deleting) {
        std::string kept;
        std::vector<bool> removed(data.size(), false);
        for (int64_t i = 0, at = start; i < count; ++i, at += step) {
            removed[static_cast<size_t>(at)] = true;
        }
        for (size_t i = 0; i < data.size(); ++i) {
            if (!removed[i]) kept += data[i];
        }
        data = std::move(kept);
        return 0;
    }
    if (static_cast<int64_t>(replacement.size()) != count) {
        interp.raise_format(interp.exceptions.value_error,
                            "attempt to assign bytes of size %zu to extended slice of size %lld",
                            replacement.size(), static_cast<long long>(count));
        return -1;
    }
    for (int64_t i = 0, at = start; i < count; ++i, at += step) {
        data[static_cast<size_t>(at)] = replacement[static_cast<size_t>(i)];
    }
    return 0;
}

int bytearray_setitem(Interpreter& interp, Value self, Value key, Value value) {
    if (is_slice(interp, key)) {
        return assign_slice(interp, self, static_cast<Slice*>(key.as_object()), value);
    }
    int64_t i;
    if (!index_key(interp, key, &i)) return -1;
    unsigned char byte = 0;
    if (!value.is_absent() && !byte_value(interp, value, &byte)) return -1;
    std::string& data = data_of(self);
    if (!normalize_index(i, data.size())) {
        interp.raise(interp.exceptions.index_error, "bytearray index out of range");
        return -1;
    }
    if (value.is_absent()) {
        data.erase(static_cast<size_t>(i), 1);
    } else {
        data[static_cast<size_t>(i)] = static_cast<char>(byte);
    }
    return 0;
}

int bytearray_contains(Interpreter& interp, Value self, Value item) {
    std::string_view needle;
    const std::string& data = data_of(self);
    if (bytes_like_view(interp, item, &needle)) return data.find(needle) != std::string::npos;
    unsigned char byte;
    if (!byte_value(interp, item, &byte)) return -1;
    return data.find(static_cast<char>(byte)) != std::string::npos;
}

Value bytearray_add(Interpreter& interp, Value a, Value b) {
    std::string_view left, right;
    if (!bytes_like_view(interp, a, &left)) return interp.not_implemented;
    if (!bytes_like_view(interp, b, &right)) {
        return interp.raise_format(interp.exceptions.type_error, "can't concat %s to %s",
                                   tname(interp, b).c_str(), tname(interp, a).c_str());
    }
    std::string out(left);
    out += right;
    return ByteArray::make(interp, out)->value();
}

Value bytearray_inplace_add(Interpreter& interp, Value a, Value b) {
    std::string_view right;
    if (!bytes_like_view(interp, b, &right)) {
        return interp.raise_format(interp.exceptions.type_error, "can't concat %s to %s",
                                   tname(interp, b).c_str(), tname(interp, a).c_str());
    }
    std::string copy(right); // b may be a itself
    data_of(a) += copy;
    return a;
}

bool repeat_count(Interpreter& interp, Value count, size_t unit, int64_t* n) {
    if (!int_to_ssize(interp, count, n)) return false;
    if (*n < 0) *n = 0;
    if (unit > 0 && static_cast<uint64_t>(*n) > (uint64_t(1) << 32) / unit) {
        interp.raise_memory_error();
        return false;
    }
    return true;
}

Value bytearray_mul(Interpreter& interp, Value a, Value b) {
    Value seq = is_bytearray(interp, a) ? a : b;
    Value count = is_bytearray(interp, a) ? b : a;
    if (!is_int(count)) return sequence_repeat_error(interp, count);
    std::string data = data_of(seq);
    int64_t n;
    if (!repeat_count(interp, count, data.size(), &n)) return Value::error();
    std::string out;
    for (int64_t i = 0; i < n; ++i) out += data;
    return ByteArray::make(interp, out)->value();
}

Value bytearray_inplace_mul(Interpreter& interp, Value a, Value b) {
    if (!is_int(b)) return sequence_repeat_error(interp, b);
    std::string data = data_of(a);
    int64_t n;
    if (!repeat_count(interp, b, data.size(), &n)) return Value::error();
    std::string out;
    for (int64_t i = 0; i < n; ++i) out += data;
    data_of(a) = std::move(out);
    return a;
}

struct ByteArrayIterator : Object {
    ByteArray* bytearray;
    size_t index;
};

void trace_iterator(Object* self, Tracer& tracer) {
    tracer.mark(static_cast<ByteArrayIterator*>(self)->bytearray);
}

Value bytearray_iter(Interpreter& interp, Value self) {
    auto* it = interp.heap().make<ByteArrayIterator>(interp.types.bytearray_iterator);
    it->bytearray = as_bytearray(self);
    it->index = 0;
    return it->value();
}

Value iterator_next(Interpreter&, Value self) {
    auto* it = static_cast<ByteArrayIterator*>(self.as_object());
    if (!it->bytearray || it->index >= it->bytearray->bytes.size()) {
        it->bytearray = nullptr;
        return Value::absent();
    }
    return Value::from_small_int(static_cast<unsigned char>(it->bytearray->bytes[it->index++]));
}

Value iter_self(Interpreter&, Value self) {
    return self;
}

// --- Mutating methods.

Value bytearray_append(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "bytearray.append", nargs - 1)) return Value::error();
    unsigned char byte;
    if (!byte_value(interp, args[1], &byte)) return Value::error();
    data_of(args[0]) += static_cast<char>(byte);
    return Value::none();
}

Value bytearray_extend(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "bytearray.extend", nargs - 1)) return Value::error();
    if (is_str(args[1])) {
        return interp.raise_type_error("expected iterable of integers; got: 'str'");
    }
    std::string_view view;
    if (!bytes_like_view(interp, args[1], &view) && !type_of(interp, args[1])->slots.iter) {
        return interp.raise_format(interp.exceptions.type_error, "can't extend bytearray with %s",
                                   tname(interp, args[1]).c_str());
    }
    std::string more;
    if (!collect_bytes(interp, args[1], &more)) return Value::error();
    data_of(args[0]) += more;
    return Value::none();
}

Value bytearray_pop(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_arity(interp, "pop", nargs - 1, 0, 1)) return Value::error();
    int64_t i = -1;
    if (nargs > 1) {
        Value index = ops::index(interp, args[1]);
        if (index.is_error() || !int_to_ssize(interp, index, &i)) return Value::error();
    }
    std::string& data = data_of(args[0]);
    if (data.empty())
        return interp.raise(interp.exceptions.index_error, "pop from empty bytearray");
    if (!normalize_index(i, data.size())) {
        return interp.raise(interp.exceptions.index_error, "pop index out of range");
    }
    auto byte = static_cast<unsigned char>(data[static_cast<size_t>(i)]);
    data.erase(static_cast<size_t>(i), 1);
    return Value::from_small_int(byte);
}

Value bytearray_insert(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_arity(interp, "insert", nargs - 1, 2, 2)) return Value::error();
    Value index = ops::index(interp, args[1]);
    int64_t i;
    if (index.is_error() || !int_to_ssize(interp, index, &i)) return Value::error();
    unsigned char byte;
    if (!byte_value(interp, args[2], &byte)) return Value::error();
    std::string& data = data_of(args[0]);
    auto n = static_cast<int64_t>(data.size());
    if (i < 0) i = std::max<int64_t>(i + n, 0);
    if (i > n) i = n;
    data.insert(static_cast<size_t>(i), 1, static_cast<char>(byte));
    return Value::none();
}

Value bytearray_remove(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "bytearray.remove", nargs - 1)) return Value::error();
    unsigned char byte;
    if (!byte_value(interp, args[1], &byte)) return Value::error();
    std::string& data = data_of(args[0]);
    size_t at = data.find(static_cast<char>(byte));
    if (at == std::string::npos) {
        return interp.raise(interp.exceptions.value_error, "value not found in bytearray");
    }
    data.erase(at, 1);
    return Value::none();
}

Value bytearray_clear(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "bytearray.clear", nargs - 1)) return Value::error();
    data_of(args[0]).clear();
    return Value::none();
}

Value bytearray_reverse(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "bytearray.reverse", nargs - 1)) return Value::error();
    std::reverse(data_of(args[0]).begin(), data_of(args[0]).end());
    return Value::none();
}

Value bytearray_copy(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "bytearray.copy", nargs - 1)) return Value::error();
    return ByteArray::make(interp, data_of(args[0]))->value();
}

} // namespace

void init_bytearray_type(Interpreter& interp) {
    Type* t = make_builtin_type(interp, "bytearray", interp.types.object, sizeof(ByteArray),
                                TypeBaseType);
    interp.types.bytearray = t;
    TypeSlots& s = t->slots;
    s.repr = bytearray_repr;
    s.str = bytearray_repr;
    s.hash = nullptr;
    s.richcompare = bytearray_richcompare;
    s.len = bytearray_len;
    s.getitem = bytearray_getitem;
    s.setitem = bytearray_setitem;
    s.contains = bytearray_contains;
    s.iter = bytearray_iter;
    s.binary[static_cast<int>(BinaryOp::Add)] = bytearray_add;
    s.binary[static_cast<int>(BinaryOp::Mul)] = bytearray_mul;
    s.inplace[static_cast<int>(BinaryOp::Add)] = bytearray_inplace_add;
    s.inplace[static_cast<int>(BinaryOp::Mul)] = bytearray_inplace_mul;
    s.new_ = bytearray_new;
    s.init = bytearray_init;
    s.trace = nullptr;
    s.finalize = finalize_bytearray;
    add_bytes_methods(interp, t);
    struct {
        const char* name;
        NativeFn fn;
    } methods[] = {
        {"append", bytearray_append},   {"extend", bytearray_extend}, {"pop", bytearray_pop},
        {"insert", bytearray_insert},   {"remove", bytearray_remove}, {"clear", bytearray_clear},
        {"reverse", bytearray_reverse}, {"copy", bytearray_copy},
    };
    for (auto& m : methods) add_method(interp, t, m.name, m.fn);

    Type* it = make_builtin_type(interp, "bytearray_iterator", interp.types.object,
                                 sizeof(ByteArrayIterator), 0);
    it->slots.iter = iter_self;
    it->slots.iternext = iterator_next;
    it->slots.trace = trace_iterator;
    it->slots.new_ = nullptr;
    interp.types.bytearray_iterator = it;
}

} // namespace coil::vm
