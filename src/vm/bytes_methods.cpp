// The methods bytes and bytearray share. They work on ASCII bytes (CPython's bytes methods
// never look at locale or Unicode) and copy their inputs before anything can run Python code.
#include "vm/bytes_methods.hpp"

#include "vm/bytearray.hpp"
#include "vm/bytes.hpp"
#include "vm/int.hpp"
#include "vm/list.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>
#include <utf8proc.h>
#include <vector>

namespace coil::vm {

bool bytes_like_view(const Interpreter& interp, Value v, std::string_view* out) {
    if (is_bytes(interp, v)) {
        *out = as_bytes(v)->view();
        return true;
    }
    if (is_bytearray(interp, v)) {
        *out = as_bytearray(v)->view();
        return true;
    }
    return false;
}

bool bytes_like_arg(Interpreter& interp, Value v, std::string_view* out) {
    if (bytes_like_view(interp, v, out)) return true;
    interp.raise_format(interp.exceptions.type_error, "a bytes-like object is required, not '%s'",
                        std::string(type_name(interp, v)).c_str());
    return false;
}

Value make_bytes_like(Interpreter& interp, Value kind, std::string_view data) {
    if (is_bytearray(interp, kind)) return ByteArray::make(interp, data)->value();
    return Bytes::make(interp, data)->value();
}

std::string bytes_literal(std::string_view data, bool escape_single_quote) {
    bool has_single = data.find('\'') != std::string_view::npos;
    bool has_double = data.find('"') != std::string_view::npos;
    char quote = has_single && !has_double ? '"' : '\'';
    static const char hex[] = "0123456789abcdef";
    std::string out = "b";
    out += quote;
    for (char ch : data) {
        auto c = static_cast<unsigned char>(ch);
        if (c == static_cast<unsigned char>(quote) || c == '\\' ||
            (escape_single_quote && c == '\'')) {
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
    return out;
}

Value sequence_repeat_error(Interpreter& interp, Value count) {
    Type* t = type_of(interp, count);
    if (t->has_flag(TypeHeap) || t->slots.index) return interp.not_implemented;
    return interp.raise_format(interp.exceptions.type_error,
                               "can't multiply sequence by non-int of type '%s'",
                               std::string(type_name(interp, count)).c_str());
}

bool byte_value(Interpreter& interp, Value v, unsigned char* out) {
    Value i = ops::index(interp, v);
    if (i.is_error()) return false;
    int64_t n;
    if (!int_to_int64(i, &n) || n < 0 || n > 255) {
        interp.raise(interp.exceptions.value_error, "byte must be in range(0, 256)");
        return false;
    }
    *out = static_cast<unsigned char>(n);
    return true;
}

bool collect_bytes(Interpreter& interp, Value iterable, std::string* out) {
    std::string_view view;
    if (bytes_like_view(interp, iterable, &view)) {
        out->append(view);
        return true;
    }
    Value it = ops::get_iter(interp, iterable);
    if (it.is_error()) return false;
    Rooted keep(interp.shadow_roots(), it);
    for (;;) {
        Value v = ops::iter_next(interp, it);
        if (v.is_error()) return false;
        if (v.is_absent()) return true;
        unsigned char byte;
        if (!byte_value(interp, v, &byte)) return false;
        *out += static_cast<char>(byte);
    }
}

namespace {

std::string tname(Interpreter& interp, Value v) {
    return std::string(type_name(interp, v));
}

// A codec name as CPython normalises it for lookup: lower case, '_' as '-'.
std::string codec_name(std::string_view name) {
    std::string e(name);
    for (char& c : e) {
        if (c == '_') c = '-';
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    }
    if (e == "utf8" || e == "u8" || e == "utf") return "utf-8";
    if (e == "us-ascii" || e == "646") return "ascii";
    if (e == "latin1" || e == "iso-8859-1" || e == "l1" || e == "iso8859-1" || e == "8859" ||
        e == "latin") {
        return "latin-1";
    }
    return e;
}

bool text_argument(Interpreter& interp, const char* fname, const char* argname, Value v,
                   std::string* out) {
    if (v.is_absent()) return true;
    if (!is_str(v)) {
        interp.raise_format(interp.exceptions.type_error, "%s() argument '%s' must be str, not %s",
                            fname, argname, tname(interp, v).c_str());
        return false;
    }
    *out = as_str(v)->view();
    return true;
}

} // namespace

bool encode_text(Interpreter& interp, const char* fname, Str* text, Value encoding, Value errors,
                 std::string* out) {
    std::string encoding_name = "utf-8", error_mode = "strict";
    if (!text_argument(interp, fname, "encoding", encoding, &encoding_name) ||
        !text_argument(interp, fname, "errors", errors, &error_mode)) {
        return false;
    }
    std::string codec = codec_name(encoding_name);
    if (codec == "utf-8") {
        *out = text->view();
        return true;
    }
    if (codec != "ascii" && codec != "latin-1") {
        interp.raise_format(interp.exceptions.lookup_error, "unknown encoding: %s",
                            encoding_name.c_str());
        return false;
    }
    uint32_t limit = codec == "ascii" ? 128 : 256;
    const char* p = text->data();
    const char* end = p + text->byte_length();
    for (size_t index = 0; p < end; ++index) {
        uint32_t cp = decode_utf8(p);
        if (cp < limit) {
            *out += static_cast<char>(cp);
            continue;
        }
        if (error_mode == "ignore") continue;
        if (error_mode == "replace") {
            *out += '?';
            continue;
        }
        // Report the whole run of unencodable characters, as CPython does.
        size_t first = index;
        const char* q = p;
        while (q < end) {
            const char* before = q;
            if (decode_utf8(q) < limit) {
                q = before;
                break;
            }
            ++index;
        }
        std::string reason =
            codec == "ascii" ? "ordinal not in range(128)" : "ordinal not in range(256)";
        if (index == first) {
            char escaped[16];
            std::snprintf(escaped, sizeof escaped,
                          cp < 0x100     ? "\\x%02x"
                          : cp < 0x10000 ? "\\u%04x"
                                         : "\\U%08x",
                          cp);
            interp.raise_format(interp.exceptions.by_name.at("UnicodeEncodeError"),
                                "'%s' codec can't encode character '%s' in position %zu: %s",
                                codec.c_str(), escaped, first, reason.c_str());
        } else {
            interp.raise_format(interp.exceptions.by_name.at("UnicodeEncodeError"),
                                "'%s' codec can't encode characters in position %zu-%zu: %s",
                                codec.c_str(), first, index, reason.c_str());
        }
        return false;
    }
    return true;
}

bool bytes_from_source(Interpreter& interp, const char* type_name, Value source, Value encoding,
                       Value errors, std::string* out) {
    if (source.is_absent()) {
        if (!encoding.is_absent() || !errors.is_absent()) {
            interp.raise_type_error(encoding.is_absent() ? "errors without a string argument"
                                                         : "encoding without a string argument");
            return false;
        }
        return true;
    }
    if (is_str(source)) {
        if (encoding.is_absent()) {
            interp.raise_type_error("string argument without an encoding");
            return false;
        }
        return encode_text(interp, type_name, as_str(source), encoding, errors, out);
    }
    if (!encoding.is_absent() || !errors.is_absent()) {
        interp.raise_type_error(encoding.is_absent() ? "errors without a string argument"
                                                     : "encoding without a string argument");
        return false;
    }
    std::string_view view;
    if (bytes_like_view(interp, source, &view)) {
        *out = view;
        return true;
    }
    if (is_int(source) || type_of(interp, source)->slots.index) {
        Value i = ops::index(interp, source);
        int64_t n;
        if (i.is_error() || !int_to_ssize(interp, i, &n)) return false;
        if (n < 0) {
            interp.raise(interp.exceptions.value_error, "negative count");
            return false;
        }
        if (n > (int64_t(1) << 32)) {
            interp.raise_memory_error();
            return false;
        }
        out->assign(static_cast<size_t>(n), '\0');
        return true;
    }
    Value it = ops::get_iter(interp, source);
    if (it.is_error()) {
        if (!interp.pending_matches(interp.exceptions.type_error)) return false;
        interp.clear_pending();
        interp.raise_format(interp.exceptions.type_error, "cannot convert '%s' object to %s",
                            tname(interp, source).c_str(), type_name);
        return false;
    }
    Rooted keep(interp.shadow_roots(), it);
    for (;;) {
        Value v = ops::iter_next(interp, it);
        if (v.is_error()) return false;
        if (v.is_absent()) return true;
        Value i = ops::index(interp, v);
        if (i.is_error()) return false;
        int64_t byte;
        if (!int_to_int64(i, &byte) || byte < 0 || byte > 255) {
            interp.raise(interp.exceptions.value_error, std::string_view(type_name) == "bytes"
                                                            ? "bytes must be in range(0, 256)"
                                                            : "byte must be in range(0, 256)");
            return false;
        }
        *out += static_cast<char>(byte);
    }
}

namespace {

// "bytes.zfill": how CPython's METH_O and METH_NOARGS messages name a method.
std::string qualified(Interpreter& interp, const Value* args, const char* name) {
    return std::string(type_name(interp, args[0])) + "." + name;
}

// The older argument-count wording of find, count, startswith and friends.
bool method_arity(Interpreter& interp, const char* name, size_t given, size_t min, size_t max) {
    if (given >= min && given <= max) return true;
    interp.raise_format(interp.exceptions.type_error, "%s() takes at %s %zu argument%s (%zu given)",
                        name, given < min ? "least" : "most", given < min ? min : max,
                        (given < min ? min : max) == 1 ? "" : "s", given);
    return false;
}

std::string_view self_view(Interpreter& interp, const Value* args) {
    std::string_view v;
    bytes_like_view(interp, args[0], &v);
    return v;
}

Value same_kind(Interpreter& interp, const Value* args, std::string_view data) {
    return make_bytes_like(interp, args[0], data);
}

bool is_space(unsigned char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}
bool is_lower(unsigned char c) {
    return c >= 'a' && c <= 'z';
}
bool is_upper(unsigned char c) {
    return c >= 'A' && c <= 'Z';
}
bool is_alpha(unsigned char c) {
    return is_lower(c) || is_upper(c);
}
bool is_digit(unsigned char c) {
    return c >= '0' && c <= '9';
}
char to_lower(char c) {
    return is_upper(static_cast<unsigned char>(c)) ? static_cast<char>(c + 32) : c;
}
char to_upper(char c) {
    return is_lower(static_cast<unsigned char>(c)) ? static_cast<char>(c - 32) : c;
}

// start/end arguments of find, count, startswith...: None or an index, clamped like a slice.
bool slice_bounds(Interpreter& interp, const Value* args, size_t nargs, size_t first, size_t length,
                  size_t* lo, size_t* hi) {
    auto n = static_cast<int64_t>(length);
    int64_t bounds[2] = {0, n};
    for (size_t k = 0; k < 2; ++k) {
        if (first + k >= nargs || args[first + k].is_none()) continue;
        Value v = args[first + k];
        if (!is_int(v) && !type_of(interp, v)->slots.index) {
            interp.raise_type_error(
                "slice indices must be integers or None or have an __index__ method");
            return false;
        }
        int64_t i;
        if (!value_to_index(interp, v, &i)) {
            if (!interp.pending_matches(interp.exceptions.index_error)) return false;
            interp.clear_pending();
            i = int_sign(ops::index(interp, v)) < 0 ? -n - 1 : n + 1;
        }
        if (i < 0) i = std::max<int64_t>(i + n, 0);
        bounds[k] = std::min(i, n + 1);
    }
    *lo = static_cast<size_t>(bounds[0]);
    *hi = static_cast<size_t>(std::min(bounds[1], n));
    return true;
}

// The needle of find/count/index: bytes-like or one byte given as an int.
bool needle_arg(Interpreter& interp, Value v, std::string* out) {
    std::string_view view;
    if (bytes_like_view(interp, v, &view)) {
        *out = view;
        return true;
    }
    if (is_int(v) || type_of(interp, v)->slots.index) {
        unsigned char byte;
        if (!byte_value(interp, v, &byte)) return false;
        *out = std::string(1, static_cast<char>(byte));
        return true;
    }
    interp.raise_format(interp.exceptions.type_error,
                        "argument should be integer or bytes-like object, not '%s'",
                        tname(interp, v).c_str());
    return false;
}

// The position of the first (or last) occurrence in [lo, hi); -1 if none.
int64_t find_in(std::string_view data, std::string_view needle, size_t lo, size_t hi,
                bool reverse) {
    if (lo > data.size() || lo > hi || hi - lo < needle.size()) return -1;
    std::string_view window = data.substr(lo, hi - lo);
    size_t at = reverse ? window.rfind(needle) : window.find(needle);
    return at == std::string_view::npos ? -1 : static_cast<int64_t>(lo + at);
}

template <bool Reverse, bool Raise>
Value find_method(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    const char* name = Reverse ? (Raise ? "rindex" : "rfind") : (Raise ? "index" : "find");
    if (!method_arity(interp, name, nargs - 1, 1, 3)) return Value::error();
    std::string needle;
    if (!needle_arg(interp, args[1], &needle)) return Value::error();
    size_t lo, hi;
    if (!slice_bounds(interp, args, nargs, 2, self_view(interp, args).size(), &lo, &hi)) {
        return Value::error();
    }
    int64_t at = find_in(self_view(interp, args), needle, lo, hi, Reverse);
    if (at < 0 && Raise) return interp.raise(interp.exceptions.value_error, "subsection not found");
    return make_int(interp, at);
}

Value bytes_count(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!method_arity(interp, "count", nargs - 1, 1, 3)) return Value::error();
    std::string needle;
    if (!needle_arg(interp, args[1], &needle)) return Value::error();
    std::string_view data = self_view(interp, args);
    size_t lo, hi;
    if (!slice_bounds(interp, args, nargs, 2, data.size(), &lo, &hi)) return Value::error();
    if (lo > hi || lo > data.size()) return Value::from_small_int(0);
    if (needle.empty()) return make_int(interp, static_cast<int64_t>(hi - lo + 1));
    int64_t count = 0;
    for (size_t at = lo; at + needle.size() <= hi;) {
        size_t found = data.substr(0, hi).find(needle, at);
        if (found == std::string_view::npos) break;
        ++count;
        at = found + needle.size();
    }
    return make_int(interp, count);
}

template <bool End>
Value affix_method(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    const char* name = End ? "endswith" : "startswith";
    if (!method_arity(interp, name, nargs - 1, 1, 3)) return Value::error();
    std::string data(self_view(interp, args));
    size_t lo, hi;
    if (!slice_bounds(interp, args, nargs, 2, data.size(), &lo, &hi)) return Value::error();
    auto matches = [&](std::string_view affix) {
        if (lo > data.size() || lo > hi || hi - lo < affix.size()) return false;
        size_t at = End ? hi - affix.size() : lo;
        return data.compare(at, affix.size(), affix) == 0;
    };
    std::string_view affix;
    if (is_tuple(args[1])) {
        Tuple* t = as_tuple(args[1]);
        for (size_t i = 0; i < t->size(); ++i) {
            if (!bytes_like_view(interp, (*t)[i], &affix)) {
                return interp.raise_format(interp.exceptions.type_error,
                                           "a bytes-like object is required, not '%s'",
                                           tname(interp, (*t)[i]).c_str());
            }
            if (matches(affix)) return Value::true_();
        }
        return Value::false_();
    }
    if (!bytes_like_view(interp, args[1], &affix)) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "%s first arg must be bytes or a tuple of bytes, not %s", name,
                                   tname(interp, args[1]).c_str());
    }
    return Value::from_bool(matches(affix));
}

Value bytes_join(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, qualified(interp, args, "join"), nargs - 1)) return Value::error();
    std::string separator(self_view(interp, args));
    Value it = ops::get_iter(interp, args[1]);
    if (it.is_error()) return it;
    Rooted keep(interp.shadow_roots(), it);
    std::string out;
    for (size_t i = 0;; ++i) {
        Value v = ops::iter_next(interp, it);
        if (v.is_error()) return v;
        if (v.is_absent()) break;
        std::string_view piece;
        if (!bytes_like_view(interp, v, &piece)) {
            return interp.raise_format(interp.exceptions.type_error,
                                       "sequence item %zu: expected a bytes-like object, %s found",
                                       i, tname(interp, v).c_str());
        }
        if (i > 0) out += separator;
        out += piece;
    }
    return same_kind(interp, args, out);
}

// sep and maxsplit of split/rsplit; sep absent or None means runs of whitespace.
bool split_args(Interpreter& interp, const char* name, const Value* args, size_t nargs,
                Tuple* kwnames, bool* whitespace, std::string* sep, int64_t* maxsplit) {
    Value bound[2];
    if (!bind_native_args(interp, name, args + 1, nargs - 1, kwnames, {"sep", "maxsplit"}, 0, 0,
                          bound)) {
        return false;
    }
    *whitespace = bound[0].is_absent() || bound[0].is_none();
    if (!*whitespace) {
        std::string_view view;
        if (!bytes_like_arg(interp, bound[0], &view)) return false;
        if (view.empty()) {
            interp.raise(interp.exceptions.value_error, "empty separator");
            return false;
        }
        *sep = view;
    }
    *maxsplit = -1;
    if (!bound[1].is_absent()) {
        Value i = ops::index(interp, bound[1]);
        if (i.is_error() || !int_to_ssize(interp, i, maxsplit)) return false;
    }
    if (*maxsplit < 0) *maxsplit = INT64_MAX;
    return true;
}

Value pieces_to_list(Interpreter& interp, const Value* args, std::vector<std::string>& pieces) {
    List* list = List::make(interp, pieces.size());
    Rooted keep(interp.shadow_roots(), list->value());
    for (const std::string& p : pieces) list->append(interp, same_kind(interp, args, p));
    return list->value();
}

Value bytes_split(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    bool whitespace;
    std::string sep;
    int64_t maxsplit;
    if (!split_args(interp, "split", args, nargs, kwnames, &whitespace, &sep, &maxsplit)) {
        return Value::error();
    }
    std::string data(self_view(interp, args));
    std::vector<std::string> pieces;
    if (whitespace) {
        size_t i = 0, n = data.size();
        while (true) {
            while (i < n && is_space(static_cast<unsigned char>(data[i]))) ++i;
            if (i == n) break;
            if (static_cast<int64_t>(pieces.size()) == maxsplit) {
                pieces.push_back(data.substr(i));
                break;
            }
            size_t start = i;
            while (i < n && !is_space(static_cast<unsigned char>(data[i]))) ++i;
            pieces.push_back(data.substr(start, i - start));
        }
    } else {
        size_t start = 0;
        int64_t splits = 0;
        for (size_t at; splits < maxsplit && (at = data.find(sep, start)) != std::string::npos;
             ++splits) {
            pieces.push_back(data.substr(start, at - start));
            start = at + sep.size();
        }
        pieces.push_back(data.substr(start));
    }
    return pieces_to_list(interp, args, pieces);
}

Value bytes_rsplit(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    bool whitespace;
    std::string sep;
    int64_t maxsplit;
    if (!split_args(interp, "rsplit", args, nargs, kwnames, &whitespace, &sep, &maxsplit)) {
        return Value::error();
    }
    std::string data(self_view(interp, args));
    std::vector<std::string> pieces;
    if (whitespace) {
        size_t i = data.size();
        while (true) {
            while (i > 0 && is_space(static_cast<unsigned char>(data[i - 1]))) --i;
            if (i == 0) break;
            if (static_cast<int64_t>(pieces.size()) == maxsplit) {
                pieces.push_back(data.substr(0, i));
                break;
            }
            size_t end = i;
            while (i > 0 && !is_space(static_cast<unsigned char>(data[i - 1]))) --i;
            pieces.push_back(data.substr(i, end - i));
        }
    } else {
        size_t end = data.size();
        int64_t splits = 0;
        while (splits < maxsplit && end >= sep.size()) {
            size_t at = data.rfind(sep, end - sep.size());
            if (at == std::string::npos) break;
            pieces.push_back(data.substr(at + sep.size(), end - at - sep.size()));
            end = at;
            ++splits;
        }
        pieces.push_back(data.substr(0, end));
    }
    std::reverse(pieces.begin(), pieces.end());
    return pieces_to_list(interp, args, pieces);
}

Value bytes_splitlines(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[1];
    if (!bind_native_args(interp, "splitlines", args + 1, nargs - 1, kwnames, {"keepends"}, 0, 0,
                          bound)) {
        return Value::error();
    }
    int keepends = 0;
    if (!bound[0].is_absent()) {
        keepends = ops::truthy(interp, bound[0]);
        if (keepends < 0) return Value::error();
    }
    std::string data(self_view(interp, args));
    std::vector<std::string> pieces;
    size_t i = 0, n = data.size();
    while (i < n) {
        size_t start = i;
        while (i < n && data[i] != '\n' && data[i] != '\r') ++i;
        size_t end = i;
        if (i < n) i += (data[i] == '\r' && i + 1 < n && data[i + 1] == '\n') ? 2 : 1;
        pieces.push_back(data.substr(start, (keepends ? i : end) - start));
    }
    return pieces_to_list(interp, args, pieces);
}

template <int Sides> // 1 left, 2 right, 3 both
Value strip_method(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    const char* name = Sides == 1 ? "lstrip" : Sides == 2 ? "rstrip" : "strip";
    if (!check_arity(interp, name, nargs - 1, 0, 1)) return Value::error();
    std::string chars;
    bool whitespace = nargs < 2 || args[1].is_none();
    if (!whitespace) {
        std::string_view view;
        if (!bytes_like_arg(interp, args[1], &view)) return Value::error();
        chars = view;
    }
    auto strip = [&](char c) {
        return whitespace ? is_space(static_cast<unsigned char>(c))
                          : chars.find(c) != std::string::npos;
    };
    std::string_view data = self_view(interp, args);
    size_t lo = 0, hi = data.size();
    if (Sides & 1) {
        while (lo < hi && strip(data[lo])) ++lo;
    }
    if (Sides & 2) {
        while (hi > lo && strip(data[hi - 1])) --hi;
    }
    std::string out(data.substr(lo, hi - lo));
    return same_kind(interp, args, out);
}

Value bytes_replace(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_arity(interp, "replace", nargs - 1, 2, 3)) return Value::error();
    std::string_view old_view, new_view;
    if (!bytes_like_arg(interp, args[1], &old_view) ||
        !bytes_like_arg(interp, args[2], &new_view)) {
        return Value::error();
    }
    std::string old_part(old_view), new_part(new_view);
    int64_t count = -1;
    if (nargs > 3) {
        Value i = ops::index(interp, args[3]);
        if (i.is_error() || !int_to_ssize(interp, i, &count)) return Value::error();
    }
    if (count < 0) count = INT64_MAX;
    std::string data(self_view(interp, args));
    std::string out;
    if (old_part.empty()) {
        int64_t done = 0;
        for (size_t i = 0; i <= data.size(); ++i) {
            if (done < count) {
                out += new_part;
                ++done;
            }
            if (i < data.size()) out += data[i];
        }
        return same_kind(interp, args, out);
    }
    size_t start = 0;
    for (int64_t done = 0; done < count; ++done) {
        size_t at = data.find(old_part, start);
        if (at == std::string::npos) break;
        out.append(data, start, at - start);
        out += new_part;
        start = at + old_part.size();
    }
    out.append(data, start, std::string::npos);
    return same_kind(interp, args, out);
}

constexpr char n_upper[] = "upper", n_lower[] = "lower", n_swapcase[] = "swapcase",
               n_capitalize[] = "capitalize", n_title[] = "title", n_isalnum[] = "isalnum",
               n_isalpha[] = "isalpha", n_isascii[] = "isascii", n_isdigit[] = "isdigit",
               n_islower[] = "islower", n_isupper[] = "isupper", n_isspace[] = "isspace",
               n_istitle[] = "istitle";

enum class CaseChange { Upper, Lower, Swap, Capitalize, Title };

template <CaseChange Change, const char* Name>
Value case_method(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, qualified(interp, args, Name), nargs - 1)) return Value::error();
    std::string data(self_view(interp, args));
    bool previous_cased = false;
    for (size_t i = 0; i < data.size(); ++i) {
        char& c = data[i];
        auto u = static_cast<unsigned char>(c);
        switch (Change) {
        case CaseChange::Upper:
            c = to_upper(c);
            break;
        case CaseChange::Lower:
            c = to_lower(c);
            break;
        case CaseChange::Swap:
            c = is_upper(u) ? to_lower(c) : to_upper(c);
            break;
        case CaseChange::Capitalize:
            c = i == 0 ? to_upper(c) : to_lower(c);
            break;
        case CaseChange::Title:
            c = previous_cased ? to_lower(c) : to_upper(c);
            previous_cased = is_alpha(u);
            break;
        }
    }
    return same_kind(interp, args, data);
}

enum class Test { Alnum, Alpha, Ascii, Digit, Lower, Upper, Space, Title };

template <Test Kind, const char* Name>
Value test_method(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, qualified(interp, args, Name), nargs - 1)) return Value::error();
    std::string_view data = self_view(interp, args);
    if (Kind == Test::Ascii) {
        for (char c : data) {
            if (static_cast<unsigned char>(c) >= 128) return Value::false_();
        }
        return Value::true_();
    }
    if (data.empty()) return Value::false_();
    if (Kind == Test::Lower || Kind == Test::Upper) {
        bool cased = false;
        for (char c : data) {
            auto u = static_cast<unsigned char>(c);
            if (Kind == Test::Lower ? is_upper(u) : is_lower(u)) return Value::false_();
            cased = cased || is_alpha(u);
        }
        return Value::from_bool(cased);
    }
    if (Kind == Test::Title) {
        bool cased = false, previous_cased = false;
        for (char c : data) {
            auto u = static_cast<unsigned char>(c);
            if (is_upper(u)) {
                if (previous_cased) return Value::false_();
                previous_cased = cased = true;
            } else if (is_lower(u)) {
                if (!previous_cased) return Value::false_();
                previous_cased = cased = true;
            } else {
                previous_cased = false;
            }
        }
        return Value::from_bool(cased);
    }
    for (char c : data) {
        auto u = static_cast<unsigned char>(c);
        bool ok = Kind == Test::Alnum   ? is_alpha(u) || is_digit(u)
                  : Kind == Test::Alpha ? is_alpha(u)
                  : Kind == Test::Digit ? is_digit(u)
                                        : is_space(u);
        if (!ok) return Value::false_();
    }
    return Value::true_();
}

enum class Justify { Left, Right, Center };

template <Justify Side>
Value justify_method(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    const char* name = Side == Justify::Left    ? "ljust"
                       : Side == Justify::Right ? "rjust"
                                                : "center";
    if (!check_arity(interp, name, nargs - 1, 1, 2)) return Value::error();
    Value w = ops::index(interp, args[1]);
    int64_t width;
    if (w.is_error() || !int_to_ssize(interp, w, &width)) return Value::error();
    char fill = ' ';
    if (nargs > 2) {
        std::string_view f;
        if (!bytes_like_view(interp, args[2], &f) || f.size() != 1) {
            return interp.raise_format(interp.exceptions.type_error,
                                       "%s() argument 2 must be a byte string of length 1, not %s",
                                       name, tname(interp, args[2]).c_str());
        }
        fill = f[0];
    }
    std::string data(self_view(interp, args));
    auto n = static_cast<int64_t>(data.size());
    if (width <= n) return same_kind(interp, args, data);
    auto total = static_cast<size_t>(width - n);
    size_t left = Side == Justify::Left    ? 0
                  : Side == Justify::Right ? total
                                           : total / 2 + (total & static_cast<size_t>(width) & 1);
    std::string out(left, fill);
    out += data;
    out.append(total - left, fill);
    return same_kind(interp, args, out);
}

Value bytes_zfill(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, qualified(interp, args, "zfill"), nargs - 1)) return Value::error();
    Value w = ops::index(interp, args[1]);
    int64_t width;
    if (w.is_error() || !int_to_ssize(interp, w, &width)) return Value::error();
    std::string data(self_view(interp, args));
    if (width <= static_cast<int64_t>(data.size())) return same_kind(interp, args, data);
    size_t fill = static_cast<size_t>(width) - data.size();
    size_t at = !data.empty() && (data[0] == '+' || data[0] == '-') ? 1 : 0;
    data.insert(at, fill, '0');
    return same_kind(interp, args, data);
}

Value bytes_expandtabs(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[1];
    if (!bind_native_args(interp, "expandtabs", args + 1, nargs - 1, kwnames, {"tabsize"}, 0, 0,
                          bound)) {
        return Value::error();
    }
    int64_t tabsize = 8;
    if (!bound[0].is_absent()) {
        Value i = ops::index(interp, bound[0]);
        if (i.is_error() || !int_to_ssize(interp, i, &tabsize)) return Value::error();
    }
    std::string out;
    int64_t column = 0;
    for (char c : self_view(interp, args)) {
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t spaces = tabsize - column % tabsize;
                out.append(static_cast<size_t>(spaces), ' ');
                column += spaces;
            }
        } else {
            out += c;
            column = (c == '\n' || c == '\r') ? 0 : column + 1;
        }
    }
    return same_kind(interp, args, out);
}

template <bool Reverse>
Value partition_method(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, qualified(interp, args, Reverse ? "rpartition" : "partition"),
                       nargs - 1)) {
        return Value::error();
    }
    std::string_view sep_view;
    if (!bytes_like_arg(interp, args[1], &sep_view)) return Value::error();
    if (sep_view.empty()) return interp.raise(interp.exceptions.value_error, "empty separator");
    std::string sep(sep_view), data(self_view(interp, args));
    size_t at = Reverse ? data.rfind(sep) : data.find(sep);
    std::string parts[3];
    if (at == std::string::npos) {
        parts[Reverse ? 2 : 0] = data;
    } else {
        parts[0] = data.substr(0, at);
        parts[1] = sep;
        parts[2] = data.substr(at + sep.size());
    }
    Tuple* t = Tuple::make(interp, 3);
    Rooted keep(interp.shadow_roots(), t->value());
    for (size_t i = 0; i < 3; ++i) (*t)[i] = same_kind(interp, args, parts[i]);
    return t->value();
}

template <bool Suffix>
Value remove_affix(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, qualified(interp, args, Suffix ? "removesuffix" : "removeprefix"),
                       nargs - 1)) {
        return Value::error();
    }
    std::string_view affix_view;
    if (!bytes_like_arg(interp, args[1], &affix_view)) return Value::error();
    std::string affix(affix_view), data(self_view(interp, args));
    if (!affix.empty() && data.size() >= affix.size()) {
        if (Suffix && data.compare(data.size() - affix.size(), affix.size(), affix) == 0) {
            data.resize(data.size() - affix.size());
        } else if (!Suffix && data.compare(0, affix.size(), affix) == 0) {
            data.erase(0, affix.size());
        }
    }
    return same_kind(interp, args, data);
}

Value bytes_hex(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[2];
    if (!bind_native_args(interp, "hex", args + 1, nargs - 1, kwnames, {"sep", "bytes_per_sep"}, 0,
                          0, bound)) {
        return Value::error();
    }
    std::string sep;
    if (!bound[0].is_absent()) {
        std::string_view view;
        if (is_str(bound[0])) {
            view = as_str(bound[0])->view();
            if (as_str(bound[0])->length() != 1) {
                return interp.raise(interp.exceptions.value_error, "sep must be length 1.");
            }
            if (!as_str(bound[0])->is_ascii()) {
                return interp.raise(interp.exceptions.value_error, "sep must be ASCII.");
            }
        } else if (!bytes_like_view(interp, bound[0], &view)) {
            return interp.raise_format(interp.exceptions.type_error,
                                       "object of type '%s' has no len()",
                                       tname(interp, bound[0]).c_str());
        } else if (view.size() != 1) {
            return interp.raise(interp.exceptions.value_error, "sep must be length 1.");
        }
        sep = view;
    }
    int64_t per = 1;
    if (!bound[1].is_absent()) {
        Value i = ops::index(interp, bound[1]);
        if (i.is_error() || !int_to_ssize(interp, i, &per)) return Value::error();
    }
    static const char hex[] = "0123456789abcdef";
    std::string_view data = self_view(interp, args);
    std::string out;
    size_t group = static_cast<size_t>(per < 0 ? -per : per);
    for (size_t i = 0; i < data.size(); ++i) {
        if (!sep.empty() && group > 0 && i > 0) {
            // Positive counts group from the right, negative ones from the left.
            bool boundary = per > 0 ? (data.size() - i) % group == 0 : i % group == 0;
            if (boundary) out += sep;
        }
        auto c = static_cast<unsigned char>(data[i]);
        out += hex[c >> 4];
        out += hex[c & 15];
    }
    return Str::make_ascii(interp, out)->value();
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// A classmethod: args[0] is the class (bytes or bytearray).
Value bytes_fromhex(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, std::string(as_type(args[0])->name->view()) + ".fromhex",
                       nargs - 1)) {
        return Value::error();
    }
    if (!is_str(args[1])) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "fromhex() argument must be str, not %s",
                                   tname(interp, args[1]).c_str());
    }
    std::string_view text = as_str(args[1])->view();
    std::string out;
    size_t i = 0;
    while (i < text.size()) {
        if (is_space(static_cast<unsigned char>(text[i]))) {
            ++i;
            continue;
        }
        int high = hex_digit(text[i]);
        int low = i + 1 < text.size() ? hex_digit(text[i + 1]) : -1;
        if (high < 0 || low < 0) {
            size_t position = high < 0 ? i : i + 1;
            return interp.raise_format(
                interp.exceptions.value_error,
                "non-hexadecimal number found in fromhex() arg at position %zu", position);
        }
        out += static_cast<char>(high * 16 + low);
        i += 2;
    }
    bool bytearray = is_type(args[0]) && (as_type(args[0]) == interp.types.bytearray ||
                                          is_subtype(as_type(args[0]), interp.types.bytearray));
    const Value made =
        bytearray ? ByteArray::make(interp, out)->value() : Bytes::make(interp, out)->value();
    // A subclass makes its instance from the result, as CPython does.
    if (args[0] == interp.types.bytes->value() || args[0] == interp.types.bytearray->value()) {
        return made;
    }
    Rooted keep(interp.shadow_roots(), made);
    return ops::call1(interp, args[0], made);
}

bool translation_table(Interpreter& interp, Value table, std::string* out) {
    if (table.is_none()) return true;
    std::string_view view;
    if (!bytes_like_arg(interp, table, &view)) return false;
    if (view.size() != 256) {
        interp.raise(interp.exceptions.value_error,
                     "translation table must be 256 characters long");
        return false;
    }
    *out = view;
    return true;
}

Value bytes_translate(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[2];
    if (!bind_native_args(interp, "translate", args + 1, nargs - 1, kwnames, {"", "delete"}, 1, 1,
                          bound)) {
        return Value::error();
    }
    std::string table, deleted;
    if (!translation_table(interp, bound[0], &table)) return Value::error();
    if (!bound[1].is_absent()) {
        std::string_view view;
        if (!bytes_like_arg(interp, bound[1], &view)) return Value::error();
        deleted = view;
    }
    std::string out;
    for (char c : self_view(interp, args)) {
        if (deleted.find(c) != std::string::npos) continue;
        out += table.empty() ? c : table[static_cast<unsigned char>(c)];
    }
    return same_kind(interp, args, out);
}

// A static method: no receiver.
Value bytes_maketrans(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "maketrans", kwnames) ||
        !check_arity(interp, "maketrans", nargs, 2, 2)) {
        return Value::error();
    }
    std::string_view from, to;
    if (!bytes_like_arg(interp, args[0], &from) || !bytes_like_arg(interp, args[1], &to)) {
        return Value::error();
    }
    if (from.size() != to.size()) {
        return interp.raise(interp.exceptions.value_error,
                            "maketrans arguments must have same length");
    }
    std::string table(256, '\0');
    for (size_t i = 0; i < 256; ++i) table[i] = static_cast<char>(i);
    for (size_t i = 0; i < from.size(); ++i) table[static_cast<unsigned char>(from[i])] = to[i];
    return Bytes::make(interp, table)->value();
}

Value bytes_decode(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[2];
    if (!bind_native_args(interp, "decode", args + 1, nargs - 1, kwnames, {"encoding", "errors"}, 0,
                          0, bound)) {
        return Value::error();
    }
    std::string data(self_view(interp, args));
    std::string encoding = "utf-8";
    if (!bound[0].is_absent()) {
        if (!is_str(bound[0])) {
            return interp.raise_format(interp.exceptions.type_error,
                                       "decode() argument 'encoding' must be str, not %s",
                                       tname(interp, bound[0]).c_str());
        }
        encoding = as_str(bound[0])->view();
        for (char& c : encoding) c = to_lower(c == '_' ? '-' : c);
    }
    std::string errors = "strict";
    if (!bound[1].is_absent()) {
        if (!is_str(bound[1])) {
            return interp.raise_format(interp.exceptions.type_error,
                                       "decode() argument 'errors' must be str, not %s",
                                       tname(interp, bound[1]).c_str());
        }
        errors = as_str(bound[1])->view();
    }
    auto failure = [&](const char* codec, size_t at, size_t end, const char* reason,
                       std::string* out) {
        if (errors == "ignore") return true;
        if (errors == "replace") {
            append_utf8(*out, 0xFFFD);
            return true;
        }
        if (end == at + 1) {
            interp.raise_format(interp.exceptions.unicode_decode_error,
                                "'%s' codec can't decode byte 0x%02x in position %zu: %s", codec,
                                static_cast<unsigned char>(data[at]), at, reason);
        } else {
            interp.raise_format(interp.exceptions.unicode_decode_error,
                                "'%s' codec can't decode bytes in position %zu-%zu: %s", codec, at,
                                end - 1, reason);
        }
        return false;
    };
    std::string out;
    if (encoding == "latin-1" || encoding == "latin1" || encoding == "iso-8859-1") {
        for (char c : data) append_utf8(out, static_cast<unsigned char>(c));
        return Str::make(interp, out)->value();
    }
    if (encoding == "ascii" || encoding == "us-ascii") {
        for (size_t i = 0; i < data.size(); ++i) {
            if (static_cast<unsigned char>(data[i]) < 128) {
                out += data[i];
            } else if (!failure("ascii", i, i + 1, "ordinal not in range(128)", &out)) {
                return Value::error();
            }
        }
        return Str::make(interp, out)->value();
    }
    if (encoding != "utf-8" && encoding != "utf8" && encoding != "u8") {
        return interp.raise_format(interp.exceptions.lookup_error, "unknown encoding: %s",
                                   std::string(as_str(bound[0])->view()).c_str());
    }
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(data.data());
    size_t i = 0;
    while (i < data.size()) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n =
            utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(data.size() - i), &cp);
        if (n > 0) {
            out.append(data, i, static_cast<size_t>(n));
            i += static_cast<size_t>(n);
            continue;
        }
        auto byte = static_cast<unsigned char>(data[i]);
        // How many continuation bytes are valid before the sequence breaks off.
        size_t expected = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
        size_t valid = 1;
        bool start_ok = byte >= 0xC2 && byte <= 0xF4;
        while (start_ok && valid < expected && i + valid < data.size() &&
               (static_cast<unsigned char>(data[i + valid]) & 0xC0) == 0x80) {
            ++valid;
        }
        const char* reason = !start_ok                  ? "invalid start byte"
                             : i + valid >= data.size() ? "unexpected end of data"
                                                        : "invalid continuation byte";
        size_t end = std::string_view(reason) == "invalid start byte" ? i + 1 : i + valid;
        if (!failure("utf-8", i, end, reason, &out)) return Value::error();
        i = end;
    }
    return Str::make(interp, out)->value();
}

} // namespace

void add_bytes_methods(Interpreter& interp, Type* type) {
    struct {
        const char* name;
        NativeFn fn;
    } methods[] = {
        {"find", find_method<false, false>},
        {"rfind", find_method<true, false>},
        {"index", find_method<false, true>},
        {"rindex", find_method<true, true>},
        {"count", bytes_count},
        {"startswith", affix_method<false>},
        {"endswith", affix_method<true>},
        {"join", bytes_join},
        {"split", bytes_split},
        {"rsplit", bytes_rsplit},
        {"splitlines", bytes_splitlines},
        {"strip", strip_method<3>},
        {"lstrip", strip_method<1>},
        {"rstrip", strip_method<2>},
        {"replace", bytes_replace},
        {"upper", case_method<CaseChange::Upper, n_upper>},
        {"lower", case_method<CaseChange::Lower, n_lower>},
        {"swapcase", case_method<CaseChange::Swap, n_swapcase>},
        {"capitalize", case_method<CaseChange::Capitalize, n_capitalize>},
        {"title", case_method<CaseChange::Title, n_title>},
        {"isalnum", test_method<Test::Alnum, n_isalnum>},
        {"isalpha", test_method<Test::Alpha, n_isalpha>},
        {"isascii", test_method<Test::Ascii, n_isascii>},
        {"isdigit", test_method<Test::Digit, n_isdigit>},
        {"islower", test_method<Test::Lower, n_islower>},
        {"isupper", test_method<Test::Upper, n_isupper>},
        {"isspace", test_method<Test::Space, n_isspace>},
        {"istitle", test_method<Test::Title, n_istitle>},
        {"ljust", justify_method<Justify::Left>},
        {"rjust", justify_method<Justify::Right>},
        {"center", justify_method<Justify::Center>},
        {"zfill", bytes_zfill},
        {"expandtabs", bytes_expandtabs},
        {"partition", partition_method<false>},
        {"rpartition", partition_method<true>},
        {"removeprefix", remove_affix<false>},
        {"removesuffix", remove_affix<true>},
        {"hex", bytes_hex},
        {"translate", bytes_translate},
        {"decode", bytes_decode},
    };
    for (auto& m : methods) add_method(interp, type, m.name, m.fn);
    add_method(interp, type, "fromhex", bytes_fromhex, NativeClassMethod);
    add_method(interp, type, "maketrans", bytes_maketrans, NativeStaticMethod);
}

} // namespace coil::vm
