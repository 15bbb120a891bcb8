// str: construction, hashing, UTF-8 helpers, the str type's slots and its methods.
#include "vm/str.hpp"

#include "vm/bytes.hpp"
#include "vm/bytes_methods.hpp"
#include "vm/class_creation.hpp"
#include "vm/dict.hpp"
#include "vm/int.hpp"
#include "vm/list.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/range.hpp"
#include "vm/str_case.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <algorithm>
#include <cstring>
#include <string>
#include <utf8proc.h>
#include <vector>

namespace coil::vm {

// --- Construction and basic helpers.

Str* Str::make_uninitialized(Interpreter& interp, size_t byte_length) {
    if (byte_length > UINT32_MAX - 64) throw std::bad_alloc();
    Str* s = interp.heap().make_sized<Str>(interp.types.str, sizeof(Str) + byte_length);
    s->byte_length_ = static_cast<uint32_t>(byte_length);
    s->data_[byte_length] = '\0';
    return s;
}

Str* Str::make_of_type(Interpreter& interp, Type* type, const Str* text) {
    const size_t n = text->byte_length_;
    Str* s = interp.heap().make_sized<Str>(type, sizeof(Str) + n + trailing_fields_size(type));
    s->byte_length_ = text->byte_length_;
    s->length_ = text->length_;
    s->ascii_ = text->ascii_;
    std::memcpy(s->data_, text->data_, n + 1);
    if (type->has_flag(TypeHeap)) clear_instance_fields(s);
    return s;
}

void Str::finish() {
    const auto* p = reinterpret_cast<const unsigned char*>(data_);
    size_t n = byte_length_;
    size_t continuation = 0;
    bool ascii = true;
    for (size_t i = 0; i < n; ++i) {
        unsigned char c = p[i];
        if (c >= 0x80) {
            ascii = false;
            if ((c & 0xC0) == 0x80) ++continuation;
        }
    }
    ascii_ = ascii;
    length_ = static_cast<uint32_t>(n - continuation);
}

Str* Str::make(Interpreter& interp, std::string_view utf8) {
    if (utf8.empty() && !interp.empty_str.is_none()) return as_str(interp.empty_str);
    if (utf8.size() == 1 && static_cast<unsigned char>(utf8[0]) < 128) {
        return str_from_code_point(interp, static_cast<unsigned char>(utf8[0]));
    }
    Str* s = make_uninitialized(interp, utf8.size());
    std::memcpy(s->data_, utf8.data(), utf8.size());
    s->finish();
    return s;
}

Str* Str::make_ascii(Interpreter& interp, std::string_view ascii) {
    if (ascii.size() <= 1) return make(interp, ascii);
    Str* s = make_uninitialized(interp, ascii.size());
    std::memcpy(s->data_, ascii.data(), ascii.size());
    s->length_ = s->byte_length_;
    s->ascii_ = true;
    return s;
}

int64_t Str::compute_hash(std::string_view bytes) {
    // A multiply-xorshift hash over 8-byte words; CPython randomizes str hashes per process,
    // so no program can depend on their values.
    uint64_t h = 0x243F6A8885A308D3ull ^ (bytes.size() * 0x9E3779B97F4A7C15ull);
    const char* p = bytes.data();
    size_t n = bytes.size();
    while (n >= 8) {
        uint64_t w;
        std::memcpy(&w, p, 8);
        h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
        h ^= h >> 31;
        p += 8;
        n -= 8;
    }
    uint64_t tail = 0;
    std::memcpy(&tail, p, n);
    h = (h ^ tail) * 0x94D049BB133111EBull;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    h ^= h >> 32;
    auto result = static_cast<int64_t>(h);
    return result == -1 ? -2 : result;
}

size_t Str::byte_offset(size_t index) const {
    if (ascii_) return index;
    const auto* p = reinterpret_cast<const unsigned char*>(data_);
    size_t i = 0;
    for (; index > 0 && i < byte_length_; --index) {
        ++i;
        while (i < byte_length_ && (p[i] & 0xC0) == 0x80) ++i;
    }
    return i;
}

uint32_t Str::code_point_at(size_t index) const {
    if (ascii_) return static_cast<unsigned char>(data_[index]);
    const char* p = data_ + byte_offset(index);
    return decode_utf8(p);
}

uint32_t decode_utf8(const char*& p) {
    auto c = static_cast<unsigned char>(*p++);
    if (c < 0x80) return c;
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
    uint32_t cp = c & (0x3F >> extra);
    for (int i = 0; i < extra; ++i) cp = (cp << 6) | (static_cast<unsigned char>(*p++) & 0x3F);
    return cp;
}

void append_utf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

Str* str_from_code_point(Interpreter& interp, uint32_t cp) {
    if (cp < 128) {
        Str*& cached = interp.ascii_chars[cp];
        if (!cached) {
            Str* s = Str::make_uninitialized(interp, 1);
            s->mutable_data()[0] = static_cast<char>(cp);
            s->finish();
            cached = s;
        }
        return cached;
    }
    std::string text;
    append_utf8(text, cp);
    return Str::make(interp, text);
}

Str* str_concat(Interpreter& interp, Str* a, Str* b) {
    if (a->byte_length() == 0) return b;
    if (b->byte_length() == 0) return a;
    Str* s = Str::make_uninitialized(interp, a->byte_length() + b->byte_length());
    std::memcpy(s->mutable_data(), a->data(), a->byte_length());
    std::memcpy(s->mutable_data() + a->byte_length(), b->data(), b->byte_length());
    s->finish(a->length() + b->length(), a->is_ascii() && b->is_ascii());
    return s;
}

namespace {

// string_view::find, with memchr for one-byte needles (",", " ", "\n"...): libstdc++ checks
// every candidate with memcmp, which dominates split and replace on short separators.
size_t find_bytes(std::string_view hay, std::string_view needle, size_t pos = 0) {
    if (needle.size() != 1) return hay.find(needle, pos);
    if (pos >= hay.size()) return std::string_view::npos;
    const void* at = std::memchr(hay.data() + pos, needle[0], hay.size() - pos);
    return at ? static_cast<const char*>(at) - hay.data() : std::string_view::npos;
}

bool is_printable(uint32_t cp) {
    if (cp < 0x20 || cp == 0x7F) return false;
    if (cp < 0x7F) return true;
    switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO:
    case UTF8PROC_CATEGORY_CN:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_ZS:
        return false;
    default:
        return true;
    }
}

bool is_space(uint32_t cp) {
    if (cp < 128) return (cp >= 9 && cp <= 13) || (cp >= 0x1C && cp <= 0x20);
    if (cp == 0x85 || cp == 0xA0) return true;
    auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    return cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL ||
           cat == UTF8PROC_CATEGORY_ZP;
}

std::vector<uint32_t> code_points(const Str* s) {
    std::vector<uint32_t> out;
    out.reserve(s->length());
    const char* p = s->data();
    const char* end = p + s->byte_length();
    while (p < end) out.push_back(decode_utf8(p));
    return out;
}

} // namespace

std::string str_repr(std::string_view utf8) {
    bool has_single = utf8.find('\'') != std::string_view::npos;
    bool has_double = utf8.find('"') != std::string_view::npos;
    char quote = has_single && !has_double ? '"' : '\'';
    std::string out;
    out.reserve(utf8.size() + 2);
    out += quote;
    const char* p = utf8.data();
    const char* end = p + utf8.size();
    static const char hex[] = "0123456789abcdef";
    while (p < end) {
        const char* start = p;
        uint32_t cp = decode_utf8(p);
        if (cp == static_cast<uint32_t>(quote) || cp == '\\') {
            out += '\\';
            out += static_cast<char>(cp);
        } else if (cp == '\t') {
            out += "\\t";
        } else if (cp == '\n') {
            out += "\\n";
        } else if (cp == '\r') {
            out += "\\r";
        } else if (is_printable(cp)) {
            out.append(start, p);
        } else if (cp < 0x100) {
            out += "\\x";
            out += hex[cp >> 4];
            out += hex[cp & 15];
        } else if (cp < 0x10000) {
            out += "\\u";
            for (int shift = 12; shift >= 0; shift -= 4) out += hex[(cp >> shift) & 15];
        } else {
            out += "\\U";
            for (int shift = 28; shift >= 0; shift -= 4) out += hex[(cp >> shift) & 15];
        }
    }
    out += quote;
    return out;
}

namespace {

// The older argument-count wording of find, count, startswith and friends.
bool method_arity(Interpreter& interp, const char* name, size_t given, size_t min, size_t max) {
    if (given >= min && given <= max) return true;
    size_t bound = given < min ? min : max;
    interp.raise_format(interp.exceptions.type_error, "%s() takes at %s %zu argument%s (%zu given)",
                        name, given < min ? "least" : "most", bound, bound == 1 ? "" : "s", given);
    return false;
}

Str* self_str(const Value* args) {
    return as_str(args[0]);
}

std::string arg_type(Interpreter& interp, Value v) {
    return std::string(type_name(interp, v));
}

// --- Slots.

Value str_repr_slot(Interpreter& interp, Value self) {
    return Str::make(interp, str_repr(as_str(self)->view()))->value();
}

Value str_str_slot(Interpreter& interp, Value self) {
    if (as_str(self)->type == interp.types.str) return self;
    return Str::make(interp, as_str(self)->view())->value();
}

int64_t str_hash_slot(Interpreter&, Value self) {
    return as_str(self)->hash();
}

int compare_bytes(const Str* a, const Str* b) {
    // UTF-8 byte order is code-point order.
    size_t n = std::min(a->byte_length(), b->byte_length());
    int c = std::memcmp(a->data(), b->data(), n);
    if (c != 0) return c < 0 ? -1 : 1;
    return a->byte_length() < b->byte_length() ? -1 : a->byte_length() > b->byte_length();
}

Value str_richcompare(Interpreter& interp, Value self, Value other, CompareOp op) {
    if (!is_str(other)) return interp.not_implemented;
    Str* a = as_str(self);
    Str* b = as_str(other);
    if (op == CompareOp::Eq) return Value::from_bool(a->equals(b));
    if (op == CompareOp::Ne) return Value::from_bool(!a->equals(b));
    return Value::from_bool(ordering_satisfies(compare_bytes(a, b), op));
}

int64_t str_len_slot(Interpreter&, Value self) {
    return static_cast<int64_t>(as_str(self)->length());
}

Value str_repeat(Interpreter& interp, Str* s, Value count) {
    int64_t n;
    if (!int_to_ssize(interp, count, &n)) return Value::error();
    if (n <= 0 || s->byte_length() == 0) return interp.empty_str;
    if (n == 1 && s->type == interp.types.str) return s->value();
    if (static_cast<uint64_t>(n) > (UINT32_MAX - 64) / s->byte_length()) {
        return interp.raise_memory_error();
    }
    size_t len = s->byte_length();
    Str* r = Str::make_uninitialized(interp, len * static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) std::memcpy(r->mutable_data() + i * len, s->data(), len);
    r->finish();
    return r->value();
}

Value str_add(Interpreter& interp, Value a, Value b) {
    // A mismatch is reported by ops::binary_op once the other operand had its chance.
    if (!is_str(a) || !is_str(b)) return interp.not_implemented;
    return str_concat(interp, as_str(a), as_str(b))->value();
}

Value str_mul(Interpreter& interp, Value a, Value b) {
    if (is_str(a) && is_int(b)) return str_repeat(interp, as_str(a), b);
    if (is_str(b) && is_int(a)) return str_repeat(interp, as_str(b), a);
    return interp.not_implemented;
}

Value str_slice(Interpreter& interp, Str* s, Slice* slice) {
    int64_t start, stop, step, count;
    if (!slice_indices(interp, slice, static_cast<int64_t>(s->length()), &start, &stop, &step,
                       &count)) {
        return Value::error();
    }
    if (count <= 0) return interp.empty_str;
    if (step == 1) {
        if (count == static_cast<int64_t>(s->length()) && s->type == interp.types.str) {
            return s->value();
        }
        size_t lo = s->byte_offset(static_cast<size_t>(start));
        size_t hi = s->byte_offset(static_cast<size_t>(stop));
        if (s->is_ascii()) return Str::make_ascii(interp, s->view().substr(lo, hi - lo))->value();
        return Str::make(interp, s->view().substr(lo, hi - lo))->value();
    }
    std::string out;
    if (s->is_ascii()) {
        for (int64_t i = 0, at = start; i < count; ++i, at += step) out += s->data()[at];
        return Str::make_ascii(interp, out)->value();
    }
    std::vector<uint32_t> cps = code_points(s);
    for (int64_t i = 0, at = start; i < count; ++i, at += step) append_utf8(out, cps[at]);
    return Str::make(interp, out)->value();
}

Value str_getitem(Interpreter& interp, Value self, Value key) {
    Str* s = as_str(self);
    if (is_int(key)) {
        int64_t i;
        if (!value_to_index(interp, key, &i)) return Value::error();
        int64_t n = static_cast<int64_t>(s->length());
        if (i < 0) i += n;
        if (i < 0 || i >= n)
            return interp.raise(interp.exceptions.index_error, "string index out of range");
        return str_from_code_point(interp, s->code_point_at(static_cast<size_t>(i)))->value();
    }
    if (is_slice(interp, key)) return str_slice(interp, s, static_cast<Slice*>(key.as_object()));
    Type* kt = type_of(interp, key);
    if (kt->slots.index) {
        Value i = ops::index(interp, key);
        if (i.is_error()) return i;
        return str_getitem(interp, self, i);
    }
    return interp.raise_format(interp.exceptions.type_error,
                               "string indices must be integers, not '%s'",
                               arg_type(interp, key).c_str());
}

int str_contains(Interpreter& interp, Value self, Value item) {
    if (!is_str(item)) {
        interp.raise_format(interp.exceptions.type_error,
                            "'in <string>' requires string as left operand, not %s",
                            arg_type(interp, item).c_str());
        return -1;
    }
    return find_bytes(as_str(self)->view(), as_str(item)->view()) != std::string_view::npos;
}

struct StrIterator : Object {
    Str* str;
    size_t byte_pos;
};

void trace_str_iterator(Object* self, Tracer& tracer) {
    tracer.mark(static_cast<StrIterator*>(self)->str);
}

Value str_iter(Interpreter& interp, Value self) {
    auto* it = interp.heap().make<StrIterator>(interp.types.str_iterator);
    it->str = as_str(self);
    it->byte_pos = 0;
    return it->value();
}

Value str_iterator_next(Interpreter& interp, Value self) {
    auto* it = static_cast<StrIterator*>(self.as_object());
    if (!it->str || it->byte_pos >= it->str->byte_length()) {
        it->str = nullptr;
        return Value::absent();
    }
    const char* p = it->str->data() + it->byte_pos;
    const char* start = p;
    uint32_t cp = decode_utf8(p);
    it->byte_pos += static_cast<size_t>(p - start);
    return str_from_code_point(interp, cp)->value();
}

Value iter_self(Interpreter&, Value self) {
    return self;
}

Value str_new(Interpreter& interp, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[3]; // object, encoding, errors
    if (!bind_native_args(interp, "str", args, nargs, kwnames, {"object", "encoding", "errors"}, 0,
                          0, bound)) {
        return Value::error();
    }
    Str* result = nullptr;
    if (bound[1].is_absent() && bound[2].is_absent()) {
        result = bound[0].is_absent() ? as_str(interp.empty_str) : ops::str(interp, bound[0]);
    } else if (bound[0].is_absent()) {
        result = as_str(interp.empty_str);
    } else {
        // str(bytes, encoding, errors) decodes, as bytes.decode does.
        const Value object = bound[0];
        std::string_view view;
        if (is_str(object) || !bytes_like_view(interp, object, &view)) {
            return is_str(object)
                       ? interp.raise_type_error("decoding str is not supported")
                       : interp.raise_format(interp.exceptions.type_error,
                                             "decoding to str: need a bytes-like object, %s found",
                                             std::string(type_name(interp, object)).c_str());
        }
        const Value decode_args[2] = {
            bound[1].is_absent() ? interp.intern("utf-8")->value() : bound[1],
            bound[2].is_absent() ? interp.intern("strict")->value() : bound[2]};
        const Value bytes = Bytes::make(interp, view)->value();
        Rooted keep(interp.shadow_roots(), bytes);
        const Value decoded =
            ops::call_method(interp, bytes, interp.intern("decode"), decode_args, 2);
        if (decoded.is_error()) return decoded;
        result = as_str(decoded);
    }
    if (!result) return Value::error();
    if (type == interp.types.str) return result->value();
    return Str::make_of_type(interp, type, result)->value();
}

// --- Methods.

// Resolves optional start/end arguments to byte offsets, like CPython's ADJUST_INDICES.
bool byte_range(Interpreter& interp, Str* s, const Value* args, size_t nargs, size_t first,
                size_t* lo, size_t* hi) {
    int64_t n = static_cast<int64_t>(s->length());
    int64_t start = 0, end = n;
    if (nargs > first && !args[first].is_none()) {
        if (!value_to_index(interp, args[first], &start)) return false;
    }
    if (nargs > first + 1 && !args[first + 1].is_none()) {
        if (!value_to_index(interp, args[first + 1], &end)) return false;
    }
    if (end > n)
        end = n;
    else if (end < 0)
        end = std::max<int64_t>(end + n, 0);
    if (start < 0) start = std::max<int64_t>(start + n, 0);
    if (start > end) {
        // An empty range; past the end it matches nothing, not even ''.
        *lo = start > n ? s->byte_length() + 1 : s->byte_offset(static_cast<size_t>(start));
        *hi = *lo;
        return true;
    }
    *lo = s->byte_offset(static_cast<size_t>(start));
    *hi = s->byte_offset(static_cast<size_t>(end));
    return true;
}

int64_t code_point_index(const Str* s, size_t byte_pos) {
    if (s->is_ascii()) return static_cast<int64_t>(byte_pos);
    int64_t count = 0;
    for (size_t i = 0; i < byte_pos; ++i) {
        if ((static_cast<unsigned char>(s->data()[i]) & 0xC0) != 0x80) ++count;
    }
    return count;
}

Value find_impl(Interpreter& interp, const Value* args, size_t nargs, const char* name,
                bool reverse, bool raise_missing) {
    if (!method_arity(interp, name, nargs - 1, 1, 3)) return Value::error();
    Str* s = self_str(args);
    if (!is_str(args[1])) {
        return interp.raise_format(interp.exceptions.type_error, "must be str, not %s",
                                   arg_type(interp, args[1]).c_str());
    }
    size_t lo, hi;
    if (!byte_range(interp, s, args, nargs, 2, &lo, &hi)) return Value::error();
    std::string_view needle = as_str(args[1])->view();
    int64_t result = -1;
    if (lo <= s->byte_length() && hi >= lo && hi - lo >= needle.size()) {
        std::string_view hay = s->view().substr(lo, hi - lo);
        size_t at = reverse ? hay.rfind(needle) : find_bytes(hay, needle);
        if (at != std::string_view::npos) result = code_point_index(s, lo + at);
    }
    if (result < 0 && raise_missing) {
        return interp.raise(interp.exceptions.value_error, "substring not found");
    }
    return Value::from_small_int(result);
}

Value str_find(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    if (!reject_keywords(interp, "find", kw)) return Value::error();
    return find_impl(interp, args, nargs, "find", false, false);
}
Value str_rfind(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    if (!reject_keywords(interp, "rfind", kw)) return Value::error();
    return find_impl(interp, args, nargs, "rfind", true, false);
}
Value str_index(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    if (!reject_keywords(interp, "index", kw)) return Value::error();
    return find_impl(interp, args, nargs, "index", false, true);
}
Value str_rindex(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    if (!reject_keywords(interp, "rindex", kw)) return Value::error();
    return find_impl(interp, args, nargs, "rindex", true, true);
}

Value str_count(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    if (!reject_keywords(interp, "count", kw)) return Value::error();
    if (!method_arity(interp, "count", nargs - 1, 1, 3)) return Value::error();
    Str* s = self_str(args);
    if (!is_str(args[1])) {
        return interp.raise_format(interp.exceptions.type_error, "must be str, not %s",
                                   arg_type(interp, args[1]).c_str());
    }
    size_t lo, hi;
    if (!byte_range(interp, s, args, nargs, 2, &lo, &hi)) return Value::error();
    if (lo > s->byte_length()) return Value::from_small_int(0);
    std::string_view hay = s->view().substr(lo, hi - lo);
    std::string_view needle = as_str(args[1])->view();
    if (needle.empty()) {
        return Value::from_small_int(code_point_index(s, hi) - code_point_index(s, lo) + 1);
    }
    int64_t count = 0;
    for (size_t at = find_bytes(hay, needle); at != std::string_view::npos;
         at = find_bytes(hay, needle, at + needle.size())) {
        ++count;
    }
    return Value::from_small_int(count);
}

Value affix_impl(Interpreter& interp, const Value* args, size_t nargs, const char* name,
                 bool suffix) {
    if (!method_arity(interp, name, nargs - 1, 1, 3)) return Value::error();
    Str* s = self_str(args);
    size_t lo, hi;
    if (!byte_range(interp, s, args, nargs, 2, &lo, &hi)) return Value::error();
    auto matches = [&](Str* affix) {
        if (lo > s->byte_length()) return false;
        std::string_view hay = s->view().substr(lo, hi - lo);
        std::string_view a = affix->view();
        if (a.size() > hay.size()) return false;
        return suffix ? hay.substr(hay.size() - a.size()) == a : hay.substr(0, a.size()) == a;
    };
    if (is_tuple(args[1])) {
        for (Value v : *as_tuple(args[1])) {
            if (!is_str(v)) {
                return interp.raise_format(interp.exceptions.type_error,
                                           "tuple for %s must only contain str, not %s", name,
                                           arg_type(interp, v).c_str());
            }
            if (matches(as_str(v))) return Value::true_();
        }
        return Value::false_();
    }
    if (!is_str(args[1])) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "%s first arg must be str or a tuple of str, not %s", name,
                                   arg_type(interp, args[1]).c_str());
    }
    return Value::from_bool(matches(as_str(args[1])));
}

Value str_startswith(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    if (!reject_keywords(interp, "startswith", kw)) return Value::error();
    return affix_impl(interp, args, nargs, "startswith", false);
}
Value str_endswith(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    if (!reject_keywords(interp, "endswith", kw)) return Value::error();
    return affix_impl(interp, args, nargs, "endswith", true);
}

Value str_join(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    if (!reject_keywords(interp, "join", kw) || !check_one_arg(interp, "str.join", nargs - 1)) {
        return Value::error();
    }
    Str* sep = self_str(args);
    Value iterable = args[1];
    List* items = nullptr;
    const Value* begin;
    size_t count;
    if (is_list(iterable)) {
        begin = as_list(iterable)->items();
        count = as_list(iterable)->size();
    } else if (is_tuple(iterable)) {
        begin = as_tuple(iterable)->items();
        count = as_tuple(iterable)->size();
    } else {
        Value it = ops::get_iter(interp, iterable);
        if (it.is_error()) return it;
        Rooted keep_it(interp.shadow_roots(), it);
        items = List::make(interp);
        Rooted keep_items(interp.shadow_roots(), items->value());
        for (;;) {
            Value v = ops::iter_next(interp, it);
            if (v.is_error()) return v;
            if (v.is_absent()) break;
            items->append(interp, v);
        }
        begin = items->items();
        count = items->size();
    }
    size_t total = 0;
    size_t length = 0;
    bool ascii = sep->is_ascii();
    for (size_t i = 0; i < count; ++i) {
        if (!is_str(begin[i])) {
            return interp.raise_format(interp.exceptions.type_error,
                                       "sequence item %zu: expected str instance, %s found", i,
                                       arg_type(interp, begin[i]).c_str());
        }
        const Str* part = as_str(begin[i]);
        total += part->byte_length();
        length += part->length();
        ascii = ascii && part->is_ascii();
    }
    if (count == 1 && as_str(begin[0])->type == interp.types.str) return begin[0];
    if (count > 0) {
        total += sep->byte_length() * (count - 1);
        length += sep->length() * (count - 1);
    }
    if (total > UINT32_MAX - 64) return interp.raise_memory_error();
    Str* out = Str::make_uninitialized(interp, total);
    char* p = out->mutable_data();
    for (size_t i = 0; i < count; ++i) {
        if (i) {
            std::memcpy(p, sep->data(), sep->byte_length());
            p += sep->byte_length();
        }
        Str* part = as_str(begin[i]);
        std::memcpy(p, part->data(), part->byte_length());
        p += part->byte_length();
    }
    if (total <= 1) return Str::make(interp, out->view())->value(); // the shared singletons
    out->finish(length, ascii);
    return out->value();
}

Value split_whitespace(Interpreter& interp, Str* s, int64_t maxsplit, bool reverse) {
    List* out = List::make(interp);
    std::vector<uint32_t> cps = code_points(s);
    std::vector<std::pair<size_t, size_t>> parts; // code-point ranges
    int64_t n = static_cast<int64_t>(cps.size());
    if (!reverse) {
        int64_t i = 0;
        while (i < n) {
            while (i < n && is_space(cps[i])) ++i;
            if (i == n) break;
            if (maxsplit == 0) {
                parts.emplace_back(i, n);
                break;
            }
            int64_t j = i;
            while (j < n && !is_space(cps[j])) ++j;
            parts.emplace_back(i, j);
            --maxsplit;
            i = j;
        }
    } else {
        int64_t i = n;
        while (i > 0) {
            while (i > 0 && is_space(cps[i - 1])) --i;
            if (i == 0) break;
            if (maxsplit == 0) {
                parts.emplace_back(0, i);
                break;
            }
            int64_t j = i;
            while (j > 0 && !is_space(cps[j - 1])) --j;
            parts.emplace_back(j, i);
            --maxsplit;
            i = j;
        }
        std::reverse(parts.begin(), parts.end());
    }
    for (auto [lo, hi] : parts) {
        std::string text;
        for (size_t k = lo; k < hi; ++k) append_utf8(text, cps[k]);
        out->append(interp, Str::make(interp, text)->value());
    }
    return out->value();
}

Value split_impl(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw, const char* name,
                 bool reverse) {
    Value bound[2];
    if (!bind_native_args(interp, name, args + 1, nargs - 1, kw, {"sep", "maxsplit"}, 0, 0,
                          bound)) {
        return Value::error();
    }
    Str* s = self_str(args);
    int64_t maxsplit = -1;
    if (!bound[1].is_absent() && !int_to_ssize(interp, bound[1], &maxsplit)) {
        return Value::error();
    }
    if (maxsplit < 0) maxsplit = INT64_MAX;
    if (bound[0].is_absent() || bound[0].is_none()) {
        return split_whitespace(interp, s, maxsplit, reverse);
    }
    if (!is_str(bound[0])) {
        return interp.raise_format(interp.exceptions.type_error, "must be str or None, not %s",
                                   arg_type(interp, bound[0]).c_str());
    }
    std::string_view sep = as_str(bound[0])->view();
    if (sep.empty()) return interp.raise(interp.exceptions.value_error, "empty separator");
    std::string_view text = s->view();
    std::vector<std::string_view> parts;
    if (!reverse) {
        size_t pos = 0;
        while (maxsplit-- > 0) {
            size_t at = find_bytes(text, sep, pos);
            if (at == std::string_view::npos) break;
            parts.push_back(text.substr(pos, at - pos));
            pos = at + sep.size();
        }
        parts.push_back(text.substr(pos));
    } else {
        size_t end = text.size();
        while (maxsplit-- > 0 && end >= sep.size()) {
            size_t at = text.rfind(sep, end - sep.size());
            if (at == std::string_view::npos) break;
            parts.push_back(text.substr(at + sep.size(), end - at - sep.size()));
            end = at;
        }
        parts.push_back(text.substr(0, end));
        std::reverse(parts.begin(), parts.end());
    }
    List* out = List::make(interp, parts.size());
    for (std::string_view part : parts) {
        out->append(interp, (s->is_ascii() ? Str::make_ascii(interp, part) : Str::make(interp, part))
                                ->value());
    }
    return out->value();
}

Value str_split(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    return split_impl(interp, args, nargs, kw, "split", false);
}
Value str_rsplit(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    return split_impl(interp, args, nargs, kw, "rsplit", true);
}

Value str_splitlines(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    Value bound[1];
    if (!bind_native_args(interp, "splitlines", args + 1, nargs - 1, kw, {"keepends"}, 0, 0,
                          bound)) {
        return Value::error();
    }
    bool keepends = false;
    if (!bound[0].is_absent()) {
        int t = ops::truthy(interp, bound[0]);
        if (t < 0) return Value::error();
        keepends = t;
    }
    std::vector<uint32_t> cps = code_points(self_str(args));
    List* out = List::make(interp);
    size_t i = 0, n = cps.size();
    auto is_break = [](uint32_t c) {
        return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D ||
               c == 0x1E || c == 0x85 || c == 0x2028 || c == 0x2029;
    };
    while (i < n) {
        size_t j = i;
        while (j < n && !is_break(cps[j])) ++j;
        size_t eol = j;
        if (j < n) {
            j += (cps[j] == '\r' && j + 1 < n && cps[j + 1] == '\n') ? 2 : 1;
            if (keepends) eol = j;
        }
        std::string text;
        for (size_t k = i; k < eol; ++k) append_utf8(text, cps[k]);
        out->append(interp, Str::make(interp, text)->value());
        i = j;
    }
    return out->value();
}

Value strip_impl(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw, const char* name,
                 bool left, bool right) {
    if (!reject_keywords(interp, name, kw) || !check_arity(interp, name, nargs - 1, 0, 1)) {
        return Value::error();
    }
    Str* s = self_str(args);
    std::vector<uint32_t> chars;
    bool whitespace = nargs < 2 || args[1].is_none();
    if (!whitespace) {
        if (!is_str(args[1])) {
            return interp.raise_format(interp.exceptions.type_error, "%s arg must be None or str",
                                       name);
        }
        chars = code_points(as_str(args[1]));
    }
    auto strip_it = [&](uint32_t c) {
        return whitespace ? is_space(c) : std::find(chars.begin(), chars.end(), c) != chars.end();
    };
    std::vector<uint32_t> cps = code_points(s);
    size_t lo = 0, hi = cps.size();
    if (left) {
        while (lo < hi && strip_it(cps[lo])) ++lo;
    }
    if (right) {
        while (hi > lo && strip_it(cps[hi - 1])) --hi;
    }
    if (lo == 0 && hi == cps.size() && s->type == interp.types.str) return s->value();
    size_t blo = s->byte_offset(lo), bhi = s->byte_offset(hi);
    return Str::make(interp, s->view().substr(blo, bhi - blo))->value();
}

Value str_strip(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    return strip_impl(interp, args, nargs, kw, "strip", true, true);
}
Value str_lstrip(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    return strip_impl(interp, args, nargs, kw, "lstrip", true, false);
}
Value str_rstrip(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    return strip_impl(interp, args, nargs, kw, "rstrip", false, true);
}

Value str_replace(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    if (!reject_keywords(interp, "replace", kw) ||
        !check_arity(interp, "replace", nargs - 1, 2, 3)) {
        return Value::error();
    }
    for (size_t i = 1; i < 3; ++i) {
        if (!is_str(args[i])) {
            return interp.raise_format(interp.exceptions.type_error,
                                       "replace() argument %zu must be str, not %s", i,
                                       arg_type(interp, args[i]).c_str());
        }
    }
    int64_t count = -1;
    if (nargs > 3 && !int_to_ssize(interp, args[3], &count)) return Value::error();
    Str* s = self_str(args);
    std::string_view text = s->view();
    std::string_view old = as_str(args[1])->view();
    std::string_view with = as_str(args[2])->view();
    std::string out;
    if (old.empty()) {
        // Inserts `with` before every code point and at the end.
        const char* p = text.data();
        const char* end = p + text.size();
        int64_t done = 0;
        while (count < 0 || done < count) {
            out += with;
            ++done;
            if (p == end) break;
            const char* start = p;
            decode_utf8(p);
            out.append(start, p);
        }
        out.append(p, end);
        return Str::make(interp, out)->value();
    }
    if (old.size() == 1 && with.size() == 1 && count < 0 && text.size() > 1) {
        // One ASCII byte for another: same length, so copy and swap bytes.
        const char from = old[0];
        const char to = with[0];
        if (text.find(from) == std::string_view::npos && s->type == interp.types.str) {
            return s->value();
        }
        Str* r = Str::make_uninitialized(interp, text.size());
        char* out_bytes = r->mutable_data();
        for (size_t i = 0; i < text.size(); ++i) out_bytes[i] = text[i] == from ? to : text[i];
        r->finish(s->length(), s->is_ascii());
        return r->value();
    }
    // Count the matches first, then write the result once into a string of the exact size.
    size_t pos = 0;
    int64_t done = 0;
    while (count < 0 || done < count) {
        size_t at = find_bytes(text, old, pos);
        if (at == std::string_view::npos) break;
        pos = at + old.size();
        ++done;
    }
    if (done == 0 && s->type == interp.types.str) return s->value();
    const size_t size = text.size() - done * old.size() + done * with.size();
    Str* r = Str::make_uninitialized(interp, size);
    char* to = r->mutable_data();
    pos = 0;
    for (int64_t i = 0; i < done; ++i) {
        size_t at = find_bytes(text, old, pos);
        std::memcpy(to, text.data() + pos, at - pos);
        to += at - pos;
        std::memcpy(to, with.data(), with.size());
        to += with.size();
        pos = at + old.size();
    }
    std::memcpy(to, text.data() + pos, text.size() - pos);
    if (size <= 1) return Str::make(interp, r->view())->value(); // the shared singletons
    if (s->is_ascii() && as_str(args[2])->is_ascii()) {
        r->finish_ascii();
    } else {
        r->finish();
    }
    return r->value();
}

template <bool Upper>
Value case_impl(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw, const char* name) {
    if (!reject_keywords(interp, name, kw) ||
        !check_no_args(interp, std::string("str.") + name, nargs - 1)) {
        return Value::error();
    }
    Str* s = self_str(args);
    if (s->is_ascii() && s->byte_length() > 1) { // shorter ones are shared singletons
        Str* r = Str::make_uninitialized(interp, s->byte_length());
        const char* from = s->data();
        char* to = r->mutable_data();
        for (size_t i = 0; i < s->byte_length(); ++i) {
            char c = from[i];
            if (Upper && c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
            if (!Upper && c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
            to[i] = c;
        }
        r->finish_ascii();
        return r->value();
    }
    return Str::make(interp, change_case(s->view(), Upper ? CaseChange::Upper : CaseChange::Lower))
        ->value();
}

Value str_upper(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    return case_impl<true>(interp, args, nargs, kw, "upper");
}
Value str_lower(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    return case_impl<false>(interp, args, nargs, kw, "lower");
}

template <class Pred>
Value predicate_impl(Interpreter& interp, const Value* args, size_t nargs, const char* name,
                     Pred pred) {
    if (!check_no_args(interp, std::string("str.") + name, nargs - 1)) return Value::error();
    Str* s = self_str(args);
    if (s->length() == 0) return Value::false_();
    for (uint32_t cp : code_points(s)) {
        if (!pred(cp)) return Value::false_();
    }
    return Value::true_();
}

bool is_alpha_cp(uint32_t cp) {
    if (cp < 128) return (cp | 32) >= 'a' && (cp | 32) <= 'z';
    auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}
bool is_digit_cp(uint32_t cp) {
    if (cp < 128) return cp >= '0' && cp <= '9';
    return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_ND;
}

// Digits that are not decimal (Numeric_Type=Digit): superscripts, subscripts, circled and
// parenthesized digits; utf8proc has no numeric-type table, so they are listed.
bool is_non_decimal_digit(uint32_t cp) {
    static constexpr uint32_t ranges[][2] = {
        {0xB2, 0xB3},       {0xB9, 0xB9},       {0x1369, 0x1371}, {0x19DA, 0x19DA},
        {0x2070, 0x2070},   {0x2074, 0x2079},   {0x2080, 0x2089}, {0x2460, 0x2468},
        {0x2474, 0x247C},   {0x2488, 0x2490},   {0x24EA, 0x24EA}, {0x24F5, 0x24FD},
        {0x24FF, 0x24FF},   {0x2776, 0x277E},   {0x2780, 0x2788}, {0x278A, 0x2792},
        {0x10A40, 0x10A43}, {0x1F100, 0x1F10A},
    };
    for (const auto& r : ranges) {
        if (cp >= r[0] && cp <= r[1]) return true;
    }
    return false;
}

bool is_numeric_cp(uint32_t cp) {
    if (cp < 128) return cp >= '0' && cp <= '9';
    auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    if (cat == UTF8PROC_CATEGORY_ND || cat == UTF8PROC_CATEGORY_NL || cat == UTF8PROC_CATEGORY_NO) {
        return true;
    }
    // CJK ideographs with a numeric value.
    static constexpr std::string_view cjk = "〇一二三四五六七八九十百千万億兆零壱弐参拾廿卅";
    std::string ch;
    append_utf8(ch, cp);
    return cjk.find(ch) != std::string_view::npos;
}

Value str_isdigit(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    return predicate_impl(interp, args, nargs, "isdigit",
                          [](uint32_t c) { return is_digit_cp(c) || is_non_decimal_digit(c); });
}
Value str_isnumeric(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    return predicate_impl(interp, args, nargs, "isnumeric", is_numeric_cp);
}
Value str_isdecimal(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    return predicate_impl(interp, args, nargs, "isdecimal", is_digit_cp);
}
Value str_isalpha(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    return predicate_impl(interp, args, nargs, "isalpha", is_alpha_cp);
}
Value str_isalnum(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    return predicate_impl(interp, args, nargs, "isalnum", [](uint32_t c) {
        return is_alpha_cp(c) || is_numeric_cp(c) || is_non_decimal_digit(c);
    });
}
Value str_isspace(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    return predicate_impl(interp, args, nargs, "isspace", is_space);
}
Value str_isidentifier(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "str.isidentifier", nargs - 1)) return Value::error();
    std::vector<uint32_t> cps = code_points(self_str(args));
    if (cps.empty()) return Value::false_();
    for (size_t i = 0; i < cps.size(); ++i) {
        uint32_t c = cps[i];
        auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
        bool start = c == '_' || is_alpha_cp(c) || cat == UTF8PROC_CATEGORY_NL;
        bool continuation = is_digit_cp(c) || cat == UTF8PROC_CATEGORY_MN ||
                            cat == UTF8PROC_CATEGORY_MC || cat == UTF8PROC_CATEGORY_PC;
        bool ok = start || (i > 0 && continuation);
        if (!ok) return Value::false_();
    }
    return Value::true_();
}

Value cased_impl(Interpreter& interp, const Value* args, size_t nargs, const char* name,
                 bool upper) {
    if (!check_no_args(interp, std::string("str.") + name, nargs - 1)) return Value::error();
    bool cased = false;
    for (uint32_t cp : code_points(self_str(args))) {
        const bool is_lower = is_lowercase_char(cp);
        const bool is_upper = is_uppercase_char(cp);
        if (is_titlecase_char(cp) || (upper ? is_lower : is_upper)) return Value::false_();
        if (upper ? is_upper : is_lower) cased = true;
    }
    return Value::from_bool(cased);
}
Value str_isupper(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    return cased_impl(interp, args, nargs, "isupper", true);
}
Value str_islower(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    return cased_impl(interp, args, nargs, "islower", false);
}

Value str_istitle(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "str.istitle", nargs - 1)) return Value::error();
    bool cased = false, previous_cased = false;
    for (uint32_t cp : code_points(self_str(args))) {
        const bool upper_or_title = is_uppercase_char(cp) || is_titlecase_char(cp);
        const bool lower = is_lowercase_char(cp);
        if (upper_or_title) {
            if (previous_cased) return Value::false_();
            previous_cased = cased = true;
        } else if (lower) {
            if (!previous_cased) return Value::false_();
            previous_cased = cased = true;
        } else {
            previous_cased = false;
        }
    }
    return Value::from_bool(cased);
}

// str.translate: each character is looked up in the table (table[ord(c)]); a LookupError
// keeps it, None deletes it, an int or a str replaces it.
Value str_translate(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "str.translate", nargs - 1)) return Value::error();
    Value table = args[1];
    std::vector<uint32_t> cps = code_points(self_str(args));
    std::string out;
    for (uint32_t cp : cps) {
        Value mapped = ops::get_item(interp, table, Value::from_small_int(cp));
        if (mapped.is_error()) {
            if (!interp.pending_matches(interp.exceptions.lookup_error)) return mapped;
            interp.clear_pending();
            append_utf8(out, cp);
            continue;
        }
        if (mapped.is_none()) continue;
        if (is_str(mapped)) {
            out += as_str(mapped)->view();
        } else if (is_int(mapped)) {
            int64_t v;
            if (!int_to_int64(mapped, &v) || v < 0 || v > 0x10FFFF) {
                return interp.raise(interp.exceptions.value_error,
                                    "character mapping must be in range(0x110000)");
            }
            append_utf8(out, static_cast<uint32_t>(v));
        } else {
            return interp.raise_type_error("character mapping must return integer, None or str");
        }
    }
    return Str::make(interp, out)->value();
}

// str.maketrans (a static method): from a dict, or from two equal-length strings and an
// optional string of characters to delete.
Value str_maketrans(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "maketrans", kwnames) ||
        !check_arity(interp, "maketrans", nargs, 1, 3)) {
        return Value::error();
    }
    Dict* table = Dict::make(interp);
    Rooted keep(interp.shadow_roots(), table->value());
    if (nargs == 1) {
        if (!is_dict(args[0])) {
            return interp.raise_type_error(
                "if you give only one argument to maketrans it must be a dict");
        }
        Dict* source = as_dict(args[0]);
        size_t pos = 0;
        Value k, v;
        while (source->next(pos, &k, &v)) {
            Value key = k;
            if (is_str(k)) {
                if (as_str(k)->length() != 1) {
                    return interp.raise(interp.exceptions.value_error,
                                        "string keys in translate table must be of length 1");
                }
                key = Value::from_small_int(as_str(k)->code_point_at(0));
            } else if (!is_int(k)) {
                return interp.raise_type_error(
                    "keys in translate table must be strings or integers");
            }
            if (table->set(interp, key, v) < 0) return Value::error();
        }
        return table->value();
    }
    if (!is_str(args[0])) {
        return interp.raise_type_error(
            "first maketrans argument must be a string if there is a second argument");
    }
    for (size_t i = 1; i < nargs; ++i) {
        if (!is_str(args[i])) {
            return interp.raise_format(interp.exceptions.type_error,
                                       "maketrans() argument %zu must be str, not %s", i + 1,
                                       arg_type(interp, args[i]).c_str());
        }
    }
    std::vector<uint32_t> from = code_points(as_str(args[0]));
    std::vector<uint32_t> to = code_points(as_str(args[1]));
    if (from.size() != to.size()) {
        return interp.raise(interp.exceptions.value_error,
                            "the first two maketrans arguments must have equal length");
    }
    for (size_t i = 0; i < from.size(); ++i) {
        if (table->set(interp, Value::from_small_int(from[i]), Value::from_small_int(to[i])) < 0) {
            return Value::error();
        }
    }
    if (nargs == 3) {
        for (uint32_t cp : code_points(as_str(args[2]))) {
            if (table->set(interp, Value::from_small_int(cp), Value::none()) < 0) {
                return Value::error();
            }
        }
    }
    return table->value();
}

Value str_capitalize(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "str.capitalize", nargs - 1)) return Value::error();
    return Str::make(interp, change_case(self_str(args)->view(), CaseChange::Capitalize))->value();
}

Value str_title(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "str.title", nargs - 1)) return Value::error();
    Str* s = self_str(args);
    if (s->is_ascii() && s->byte_length() > 1) {
        // ASCII: the cased characters are the letters; no code-point decoding or tables.
        Str* r = Str::make_uninitialized(interp, s->byte_length());
        bool previous_cased = false;
        for (size_t i = 0; i < s->byte_length(); ++i) {
            const char c = s->data()[i];
            const bool lower = c >= 'a' && c <= 'z';
            const bool upper = c >= 'A' && c <= 'Z';
            char t = c;
            if (previous_cased && upper) t = static_cast<char>(c + 32);
            if (!previous_cased && lower) t = static_cast<char>(c - 32);
            r->mutable_data()[i] = t;
            previous_cased = lower || upper;
        }
        r->finish_ascii();
        return r->value();
    }
    return Str::make(interp, change_case(s->view(), CaseChange::Title))->value();
}

Value str_swapcase(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "str.swapcase", nargs - 1)) return Value::error();
    return Str::make(interp, change_case(self_str(args)->view(), CaseChange::SwapCase))->value();
}

Value pad_impl(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw, const char* name,
               int where) {
    if (!reject_keywords(interp, name, kw) || !check_arity(interp, name, nargs - 1, 1, 2)) {
        return Value::error();
    }
    Str* s = self_str(args);
    int64_t width;
    if (!int_to_ssize(interp, args[1], &width)) return Value::error();
    std::string fill = " ";
    if (nargs > 2) {
        if (!is_str(args[2])) {
            return interp.raise_format(interp.exceptions.type_error,
                                       "The fill character must be a unicode character, not %s",
                                       arg_type(interp, args[2]).c_str());
        }
        if (as_str(args[2])->length() != 1) {
            return interp.raise_type_error("The fill character must be exactly one character long");
        }
        fill = std::string(as_str(args[2])->view());
    }
    int64_t len = static_cast<int64_t>(s->length());
    if (width <= len) return s->value();
    int64_t total = width - len, left;
    if (where < 0)
        left = 0;
    else if (where > 0)
        left = total;
    else
        left = total / 2 + (total & width & 1);
    std::string out;
    for (int64_t i = 0; i < left; ++i) out += fill;
    out += s->view();
    for (int64_t i = left; i < total; ++i) out += fill;
    return Str::make(interp, out)->value();
}
Value str_ljust(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    return pad_impl(interp, args, nargs, kw, "ljust", -1);
}
Value str_rjust(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    return pad_impl(interp, args, nargs, kw, "rjust", 1);
}
Value str_center(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    return pad_impl(interp, args, nargs, kw, "center", 0);
}

Value str_zfill(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "str.zfill", nargs - 1)) return Value::error();
    Str* s = self_str(args);
    int64_t width;
    if (!int_to_ssize(interp, args[1], &width)) return Value::error();
    int64_t len = static_cast<int64_t>(s->length());
    if (width <= len) return s->value();
    std::string text(s->view());
    size_t sign = (!text.empty() && (text[0] == '+' || text[0] == '-')) ? 1 : 0;
    text.insert(sign, static_cast<size_t>(width - len), '0');
    return Str::make(interp, text)->value();
}

Value partition_impl(Interpreter& interp, const Value* args, size_t nargs, const char* name,
                     bool reverse) {
    if (!check_one_arg(interp, std::string("str.") + name, nargs - 1)) return Value::error();
    if (!is_str(args[1])) {
        return interp.raise_format(interp.exceptions.type_error, "must be str, not %s",
                                   arg_type(interp, args[1]).c_str());
    }
    std::string_view text = self_str(args)->view();
    std::string_view sep = as_str(args[1])->view();
    if (sep.empty()) return interp.raise(interp.exceptions.value_error, "empty separator");
    size_t at = reverse ? text.rfind(sep) : find_bytes(text, sep);
    Value empty = interp.empty_str;
    if (at == std::string_view::npos) {
        if (reverse) return Tuple::make(interp, {empty, empty, args[0]})->value();
        return Tuple::make(interp, {args[0], empty, empty})->value();
    }
    Value a = Str::make(interp, text.substr(0, at))->value();
    Value c = Str::make(interp, text.substr(at + sep.size()))->value();
    return Tuple::make(interp, {a, args[1], c})->value();
}
Value str_partition(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    return partition_impl(interp, args, nargs, "partition", false);
}
Value str_rpartition(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    return partition_impl(interp, args, nargs, "rpartition", true);
}

Value str_removeprefix(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "str.removeprefix", nargs - 1)) return Value::error();
    if (!is_str(args[1])) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "removeprefix() argument must be str, not %s",
                                   arg_type(interp, args[1]).c_str());
    }
    std::string_view text = self_str(args)->view(), p = as_str(args[1])->view();
    if (p.empty() || text.substr(0, p.size()) != p) return args[0];
    return Str::make(interp, text.substr(p.size()))->value();
}

Value str_removesuffix(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "str.removesuffix", nargs - 1)) return Value::error();
    if (!is_str(args[1])) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "removesuffix() argument must be str, not %s",
                                   arg_type(interp, args[1]).c_str());
    }
    std::string_view text = self_str(args)->view(), p = as_str(args[1])->view();
    if (p.empty() || p.size() > text.size() || text.substr(text.size() - p.size()) != p) {
        return args[0];
    }
    return Str::make(interp, text.substr(0, text.size() - p.size()))->value();
}

Value str_isascii(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "str.isascii", nargs - 1)) return Value::error();
    return Value::from_bool(self_str(args)->is_ascii());
}

Value str_isprintable(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "str.isprintable", nargs - 1)) return Value::error();
    for (uint32_t cp : code_points(self_str(args))) {
        if (!is_printable(cp)) return Value::false_();
    }
    return Value::true_();
}

Value str_casefold(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "str.casefold", nargs - 1)) return Value::error();
    return Str::make(interp, change_case(self_str(args)->view(), CaseChange::Fold))->value();
}

Value str_expandtabs(Interpreter& interp, const Value* args, size_t nargs, Tuple* kw) {
    Value bound[1];
    if (!bind_native_args(interp, "expandtabs", args + 1, nargs - 1, kw, {"tabsize"}, 0, 0,
                          bound)) {
        return Value::error();
    }
    int64_t tabsize = 8;
    if (!bound[0].is_absent() && !int_to_ssize(interp, bound[0], &tabsize)) return Value::error();
    std::string out;
    int64_t column = 0;
    for (uint32_t cp : code_points(self_str(args))) {
        if (cp == '\t') {
            if (tabsize > 0) {
                int64_t spaces = tabsize - column % tabsize;
                out.append(static_cast<size_t>(spaces), ' ');
                column += spaces;
            }
        } else {
            append_utf8(out, cp);
            column = (cp == '\n' || cp == '\r') ? 0 : column + 1;
        }
    }
    return Str::make(interp, out)->value();
}

Value str_dunder_len(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "__len__", nargs - 1)) return Value::error();
    return Value::from_small_int(static_cast<int64_t>(self_str(args)->length()));
}

} // namespace

void init_str_type(Interpreter& interp) {
    Type* t = interp.types.str;
    TypeSlots& s = t->slots;
    s.repr = str_repr_slot;
    s.str = str_str_slot;
    s.hash = str_hash_slot;
    s.richcompare = str_richcompare;
    s.len = str_len_slot;
    s.getitem = str_getitem;
    s.contains = str_contains;
    s.iter = str_iter;
    s.binary[static_cast<int>(BinaryOp::Add)] = str_add;
    s.binary[static_cast<int>(BinaryOp::Mul)] = str_mul;
    s.new_ = str_new;
    s.init = nullptr;
    s.trace = nullptr;

    Type* it = make_builtin_type(interp, "str_ascii_iterator", interp.types.object,
                                 sizeof(StrIterator), 0);
    it->slots.iter = iter_self;
    it->slots.iternext = str_iterator_next;
    it->slots.trace = trace_str_iterator;
    it->slots.new_ = nullptr;
    interp.types.str_iterator = it;

    struct {
        const char* name;
        NativeFn fn;
    } methods[] = {
        {"find", str_find},
        {"rfind", str_rfind},
        {"index", str_index},
        {"rindex", str_rindex},
        {"count", str_count},
        {"startswith", str_startswith},
        {"endswith", str_endswith},
        {"join", str_join},
        {"split", str_split},
        {"rsplit", str_rsplit},
        {"splitlines", str_splitlines},
        {"strip", str_strip},
        {"lstrip", str_lstrip},
        {"rstrip", str_rstrip},
        {"replace", str_replace},
        {"upper", str_upper},
        {"lower", str_lower},
        {"isdigit", str_isdigit},
        {"isdecimal", str_isdecimal},
        {"isnumeric", str_isnumeric},
        {"istitle", str_istitle},
        {"translate", str_translate},
        {"isalpha", str_isalpha},
        {"isalnum", str_isalnum},
        {"isspace", str_isspace},
        {"isidentifier", str_isidentifier},
        {"isupper", str_isupper},
        {"islower", str_islower},
        {"capitalize", str_capitalize},
        {"title", str_title},
        {"swapcase", str_swapcase},
        {"ljust", str_ljust},
        {"rjust", str_rjust},
        {"center", str_center},
        {"zfill", str_zfill},
        {"partition", str_partition},
        {"rpartition", str_rpartition},
        {"removeprefix", str_removeprefix},
        {"removesuffix", str_removesuffix},
        {"expandtabs", str_expandtabs},
        {"isascii", str_isascii},
        {"isprintable", str_isprintable},
        {"casefold", str_casefold},
        {"__len__", str_dunder_len},
    };
    for (auto& m : methods) add_method(interp, t, m.name, m.fn);
    add_method(interp, t, "maketrans", str_maketrans, NativeStaticMethod);
}

} // namespace coil::vm
