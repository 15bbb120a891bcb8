// The _json module: the hot loops of json (the decoder's scanner and string unescaping, the
// encoder's string escaping), behind the Python API of json.decoder / json.encoder.
//
// Positions are code-point indexes as Python sees them; the scanner works on the UTF-8 bytes
// and converts only where a position leaves it (the end index, an error's position).
#include "modules/module_builder.hpp"

#include "vm/exception.hpp"
#include "vm/float.hpp"
#include "vm/heap.hpp"
#include "vm/import.hpp"
#include "vm/int.hpp"
#include "vm/list.hpp"
#include "vm/ops.hpp"
#include "vm/tuple.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

namespace coil::modules {

using namespace coil::vm;

namespace {

// JSON strings longer than this are not interned as object keys.
constexpr size_t interned_key_limit = 64;
// Nesting beyond this raises RecursionError even under a raised recursion limit: the scanner
// recurses in C++.
constexpr uint32_t max_nesting = 10000;

bool is_json_whitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The code-point index of byte offset `byte` in `s`: the position Python code sees.
int64_t position(const Str* s, size_t byte) {
    if (s->is_ascii()) return static_cast<int64_t>(byte);
    int64_t count = 0;
    const char* p = s->data();
    for (size_t i = 0; i < byte; ++i) {
        if ((static_cast<unsigned char>(p[i]) & 0xC0) != 0x80) ++count;
    }
    return count;
}

// Raises json.decoder.JSONDecodeError(message, doc, position).
Value raise_decode_error(Interpreter& interp, const char* message, Str* doc, int64_t position) {
    Value module = import_module(interp, interp.intern("json.decoder"), Value::none());
    if (module.is_error()) return module;
    Value error_class = ops::get_attr(interp, module, interp.intern("JSONDecodeError"));
    if (error_class.is_error()) return error_class;
    Value args[3] = {Str::make(interp, message)->value(), doc->value(), make_int(interp, position)};
    Value error = ops::call(interp, error_class, args, 3);
    if (error.is_error()) return error;
    return interp.raise_value(error);
}

// Reads 4 hex digits at p; -1 when one is not a hex digit.
int32_t read_hex4(const char* p) {
    int32_t value = 0;
    for (int i = 0; i < 4; ++i) {
        int digit = hex_value(p[i]);
        if (digit < 0) return -1;
        value = value * 16 + digit;
    }
    return value;
}

// The body of a JSON string starting after its opening quote at byte `pos` of `doc`; on
// success *pos is past the closing quote. Messages and positions as CPython's scanstring
// (an unterminated string is reported at the character before `pos`, its quote).
Value scan_string(Interpreter& interp, Str* doc, size_t* pos, bool strict) {
    const char* s = doc->data();
    const size_t len = doc->byte_length();
    const int64_t quote = position(doc, *pos) - 1;
    size_t at = *pos;
    std::string out;
    bool escaped = false;
    for (;;) {
        size_t chunk = at;
        while (at < len) {
            const unsigned char c = static_cast<unsigned char>(s[at]);
            if (c == '"' || c == '\\') break;
            if (c < 0x20 && strict) {
                return raise_decode_error(interp, "Invalid control character at", doc,
                                          position(doc, at));
            }
            ++at;
        }
        if (at >= len) {
            return raise_decode_error(interp, "Unterminated string starting at", doc, quote);
        }
        if (s[at] == '"') {
            *pos = at + 1;
            if (!escaped)
                return Str::make(interp, std::string_view(s + chunk, at - chunk))->value();
            out.append(s + chunk, at - chunk);
            return Str::make(interp, out)->value();
        }
        // A backslash.
        out.append(s + chunk, at - chunk);
        escaped = true;
        const size_t backslash = at++;
        if (at >= len) {
            return raise_decode_error(interp, "Unterminated string starting at", doc, quote);
        }
        const char e = s[at];
        if (e != 'u') {
            char decoded;
            switch (e) {
            case '"':
            case '\\':
            case '/':
                decoded = e;
                break;
            case 'b':
                decoded = '\b';
                break;
            case 'f':
                decoded = '\f';
                break;
            case 'n':
                decoded = '\n';
                break;
            case 'r':
                decoded = '\r';
                break;
            case 't':
                decoded = '\t';
                break;
            default:
                return raise_decode_error(interp, "Invalid \\escape", doc,
                                          position(doc, backslash));
            }
            out += decoded;
            ++at;
            continue;
        }
        // \uXXXX: CPython wants a character after the four digits (the closing quote at least).
        const size_t u = at;
        if (u + 5 >= len) {
            return raise_decode_error(interp, "Invalid \\uXXXX escape", doc, position(doc, u));
        }
        int32_t cp = read_hex4(s + u + 1);
        if (cp < 0) {
            return raise_decode_error(interp, "Invalid \\uXXXX escape", doc, position(doc, u));
        }
        at = u + 5;
        if (cp >= 0xD800 && cp <= 0xDBFF && at + 6 < len && s[at] == '\\' && s[at + 1] == 'u') {
            const int32_t low = read_hex4(s + at + 2);
            if (low < 0) {
                return raise_decode_error(interp, "Invalid \\uXXXX escape", doc,
                                          position(doc, at + 1));
            }
            if (low >= 0xDC00 && low <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                at += 6;
            }
        }
        append_utf8(out, static_cast<uint32_t>(cp));
    }
}

// The scanner's context, read from the decoder when make_scanner() is called.
enum ContextField : size_t {
    StrictField,
    ObjectHookField,
    PairsHookField,
    ParseFloatField,
    ParseIntField,
    ParseConstantField,
    ContextFields
};

class Scanner {
public:
    Scanner(Interpreter& interp, Tuple* context, Str* doc)
        : interp_(interp), doc_(doc), s_(doc->data()), len_(doc->byte_length()),
          strict_((*context)[StrictField] == Value::true_()),
          object_hook_((*context)[ObjectHookField]), pairs_hook_((*context)[PairsHookField]),
          parse_float_((*context)[ParseFloatField]), parse_int_((*context)[ParseIntField]),
          parse_constant_((*context)[ParseConstantField]) {}

    // The value at byte *pos; *pos is left after it. StopIteration(position) when no value
    // starts there, as CPython's scanner raises.
    Value scan(size_t* pos) {
        const size_t at = *pos;
        if (at >= len_) return no_value(at);
        switch (s_[at]) {
        case '"':
            *pos = at + 1;
            return scan_string(interp_, doc_, pos, strict_);
        case '{':
            return nested(pos, "object");
        case '[':
            return nested(pos, "array");
        case 'n':
            if (matches(at, "null")) {
                *pos = at + 4;
                return Value::none();
            }
            break;
        case 't':
            if (matches(at, "true")) {
                *pos = at + 4;
                return Value::true_();
            }
            break;
        case 'f':
            if (matches(at, "false")) {
                *pos = at + 5;
                return Value::false_();
            }
            break;
        case 'N':
            if (matches(at, "NaN")) return constant(pos, "NaN");
            break;
        case 'I':
            if (matches(at, "Infinity")) return constant(pos, "Infinity");
            break;
        case '-':
            if (matches(at, "-Infinity")) return constant(pos, "-Infinity");
            break;
        default:
            break;
        }
        return scan_number(pos);
    }

    size_t length() const { return len_; }

private:
    bool matches(size_t at, std::string_view word) const {
        return len_ - at >= word.size() && std::string_view(s_ + at, word.size()) == word;
    }

    Value no_value(size_t at) {
        return raise_stop_iteration(interp_, make_int(interp_, position(doc_, at)));
    }

    Value fail(const char* message, size_t at) {
        return raise_decode_error(interp_, message, doc_, position(doc_, at));
    }

    void skip_whitespace(size_t* pos) const {
        while (*pos < len_ && is_json_whitespace(s_[*pos])) ++*pos;
    }

    Value constant(size_t* pos, std::string_view word) {
        *pos += word.size();
        return ops::call1(interp_, parse_constant_, Str::make_ascii(interp_, word)->value());
    }

    // An object or array, counted against the recursion limit as CPython's scanner does.
    Value nested(size_t* pos, const char* what) {
        ExecutionState& exec = interp_.exec;
        if (exec.depth + 1 > exec.recursion_limit || ++nesting_ > max_nesting) {
            return interp_.raise_format(
                interp_.exceptions.recursion_error,
                "maximum recursion depth exceeded while decoding a JSON %s from a unicode string",
                what);
        }
        ++exec.depth;
        Value result = what[0] == 'o' ? scan_object(pos) : scan_array(pos);
        --exec.depth;
        --nesting_;
        return result;
    }

    Value scan_array(size_t* pos) {
        size_t at = *pos + 1;
        List* list = List::make(interp_);
        Rooted keep(interp_.shadow_roots(), list->value());
        skip_whitespace(&at);
        if (at >= len_ || s_[at] != ']') {
            for (;;) {
                Value item = scan(&at);
                if (item.is_error()) return item;
                list->append(interp_, item);
                skip_whitespace(&at);
                if (at < len_ && s_[at] == ']') break;
                if (at >= len_ || s_[at] != ',') return fail("Expecting ',' delimiter", at);
                ++at;
                skip_whitespace(&at);
            }
        }
        *pos = at + 1;
        return list->value();
    }

    Value object_key(size_t* at) {
        if (*at >= len_ || s_[*at] != '"') {
            return fail("Expecting property name enclosed in double quotes", *at);
        }
        ++*at;
        const size_t start = *at;
        Value key = scan_string(interp_, doc_, at, strict_);
        if (key.is_error()) return key;
        // Keys repeat across the objects of a document: interning shares one string per key.
        if (*at - start - 1 <= interned_key_limit) return interp_.intern(as_str(key))->value();
        return key;
    }

    Value scan_object(size_t* pos) {
        size_t at = *pos + 1;
        const bool pairs = !pairs_hook_.is_none();
        Object* container = pairs ? static_cast<Object*>(List::make(interp_))
                                  : static_cast<Object*>(Dict::make(interp_));
        Rooted keep(interp_.shadow_roots(), container->value());
        skip_whitespace(&at);
        if (at >= len_ || s_[at] != '}') {
            for (;;) {
                Value key = object_key(&at);
                if (key.is_error()) return key;
                Rooted keep_key(interp_.shadow_roots(), key);
                skip_whitespace(&at);
                if (at >= len_ || s_[at] != ':') return fail("Expecting ':' delimiter", at);
                ++at;
                skip_whitespace(&at);
                Value value = scan(&at);
                if (value.is_error()) return value;
                if (pairs) {
                    static_cast<List*>(container)->append(
                        interp_, Tuple::make(interp_, {key, value})->value());
                } else {
                    static_cast<Dict*>(container)->set(interp_, as_str(key), value);
                }
                skip_whitespace(&at);
                if (at < len_ && s_[at] == '}') break;
                if (at >= len_ || s_[at] != ',') return fail("Expecting ',' delimiter", at);
                ++at;
                skip_whitespace(&at);
            }
        }
        *pos = at + 1;
        if (pairs) return ops::call1(interp_, pairs_hook_, container->value());
        if (!object_hook_.is_none()) return ops::call1(interp_, object_hook_, container->value());
        return container->value();
    }

    static bool is_digit(char c) { return c >= '0' && c <= '9'; }

    // CPython's _match_number: -?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?
    Value scan_number(size_t* pos) {
        const size_t start = *pos;
        size_t at = start;
        if (at < len_ && s_[at] == '-') ++at;
        if (at < len_ && s_[at] >= '1' && s_[at] <= '9') {
            while (at < len_ && is_digit(s_[at])) ++at;
        } else if (at < len_ && s_[at] == '0') {
            ++at;
        } else {
            return no_value(start);
        }
        bool is_float = false;
        if (at + 1 < len_ && s_[at] == '.' && is_digit(s_[at + 1])) {
            is_float = true;
            at += 2;
            while (at < len_ && is_digit(s_[at])) ++at;
        }
        if (at < len_ && (s_[at] == 'e' || s_[at] == 'E')) {
            size_t exponent = at + 1;
            if (exponent < len_ && (s_[exponent] == '-' || s_[exponent] == '+')) ++exponent;
            if (exponent < len_ && is_digit(s_[exponent])) {
                while (exponent < len_ && is_digit(s_[exponent])) ++exponent;
                is_float = true;
                at = exponent;
            }
        }
        *pos = at;
        const std::string_view text(s_ + start, at - start);
        if (is_float) {
            if (parse_float_ != interp_.types.float_->value()) {
                return ops::call1(interp_, parse_float_, Str::make_ascii(interp_, text)->value());
            }
            return Value::from_double(parse_double(text));
        }
        if (parse_int_ != interp_.types.int_->value()) {
            return ops::call1(interp_, parse_int_, Str::make_ascii(interp_, text)->value());
        }
        if (text.size() <= 18) {
            int64_t n = 0;
            std::from_chars(text.data(), text.data() + text.size(), n);
            return make_int(interp_, n);
        }
        return int_from_string(interp_, text, 10);
    }

    static double parse_double(std::string_view text) {
        double d = 0;
        auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), d);
        if (ec == std::errc::result_out_of_range) {
            // Overflow to ±inf or underflow to ±0: strtod says which.
            return std::strtod(std::string(text).c_str(), nullptr);
        }
        return d;
    }

    Interpreter& interp_;
    Str* doc_;
    const char* s_;
    size_t len_;
    bool strict_;
    Value object_hook_;
    Value pairs_hook_;
    Value parse_float_;
    Value parse_int_;
    Value parse_constant_;
    uint32_t nesting_ = 0;
};

bool string_argument(Interpreter& interp, Value v, const char* what) {
    if (is_str(v)) return true;
    interp.raise_format(interp.exceptions.type_error, "%s must be str, not %s", what,
                        type_name_of(interp, v).c_str());
    return false;
}

// A code-point index argument as a byte offset into s; ValueError `message` when out of range.
bool index_argument(Interpreter& interp, Str* s, Value v, size_t* byte, const char* message) {
    int64_t index;
    if (!is_int(v)) {
        interp.raise_format(interp.exceptions.type_error,
                            "'%s' object cannot be interpreted as an integer",
                            type_name_of(interp, v).c_str());
        return false;
    }
    if (!int_to_ssize(interp, v, &index)) return false;
    if (index < 0 || static_cast<size_t>(index) > s->length()) {
        interp.raise(interp.exceptions.value_error, message);
        return false;
    }
    *byte = s->byte_offset(static_cast<size_t>(index));
    return true;
}

// scan_once(string, idx) -> (value, end); args[0] is the context tuple the scanner is bound to.
Value scanner_call(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "scan_once", kwnames) ||
        !check_arity(interp, "scan_once", nargs - 1, 2, 2) ||
        !string_argument(interp, args[1], "first argument")) {
        return Value::error();
    }
    Str* doc = as_str(args[1]);
    if (!is_int(args[2])) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "'%s' object cannot be interpreted as an integer",
                                   type_name_of(interp, args[2]).c_str());
    }
    int64_t index;
    if (!int_to_ssize(interp, args[2], &index)) return Value::error();
    if (index < 0) return interp.raise(interp.exceptions.value_error, "idx cannot be negative");
    if (static_cast<size_t>(index) >= doc->length()) return raise_stop_iteration(interp, args[2]);
    size_t pos = doc->byte_offset(static_cast<size_t>(index));
    Scanner scanner(interp, as_tuple(args[0]), doc);
    Value value = scanner.scan(&pos);
    if (value.is_error()) return value;
    Rooted keep(interp.shadow_roots(), value);
    return Tuple::make(interp, {value, make_int(interp, position(doc, pos))})->value();
}

// make_scanner(context): the decoder's scan_once, reading context.strict, .object_hook,
// .object_pairs_hook, .parse_float, .parse_int and .parse_constant once.
Value json_make_scanner(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "make_scanner", kwnames) ||
        !check_one_arg(interp, "make_scanner", nargs)) {
        return Value::error();
    }
    static constexpr const char* names[ContextFields] = {
        "strict", "object_hook", "object_pairs_hook", "parse_float", "parse_int", "parse_constant"};
    Tuple* context = Tuple::make(interp, ContextFields);
    Rooted keep(interp.shadow_roots(), context->value());
    for (size_t i = 0; i < ContextFields; ++i) {
        Value v = ops::get_attr(interp, args[0], interp.intern(names[i]));
        if (v.is_error()) return v;
        (*context)[i] = v;
    }
    const int strict = ops::truthy(interp, (*context)[StrictField]);
    if (strict < 0) return Value::error();
    (*context)[StrictField] = Value::from_bool(strict);
    return make_bound_native(interp, "scan_once", scanner_call, nullptr, context->value())->value();
}

// scanstring(string, end, strict=True) -> (str, end): the string whose opening quote is
// just before `end`.
Value json_scanstring(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[3];
    if (!bind_native_args(interp, "scanstring", args, nargs, kwnames, {"s", "end", "strict"}, 2, 0,
                          bound) ||
        !string_argument(interp, bound[0], "first argument")) {
        return Value::error();
    }
    bool strict = true;
    if (!bound[2].is_absent()) {
        const int truth = ops::truthy(interp, bound[2]);
        if (truth < 0) return Value::error();
        strict = truth;
    }
    Str* doc = as_str(bound[0]);
    size_t pos;
    if (!index_argument(interp, doc, bound[1], &pos, "end is out of bounds")) return Value::error();
    Value text = scan_string(interp, doc, &pos, strict);
    if (text.is_error()) return text;
    Rooted keep(interp.shadow_roots(), text);
    return Tuple::make(interp, {text, make_int(interp, position(doc, pos))})->value();
}

// skip_whitespace(string, idx): the index of the first non-whitespace character at or after idx.
Value json_skip_whitespace(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "skip_whitespace", kwnames) ||
        !check_arity(interp, "skip_whitespace", nargs, 2, 2) ||
        !string_argument(interp, args[0], "first argument")) {
        return Value::error();
    }
    Str* s = as_str(args[0]);
    size_t pos;
    if (!index_argument(interp, s, args[1], &pos, "idx is out of bounds")) return Value::error();
    while (pos < s->byte_length() && is_json_whitespace(s->data()[pos])) ++pos;
    return make_int(interp, position(s, pos));
}

constexpr char hex_digits[] = "0123456789abcdef";

void append_u_escape(std::string& out, uint32_t unit) {
    out += "\\u";
    out += hex_digits[(unit >> 12) & 0xF];
    out += hex_digits[(unit >> 8) & 0xF];
    out += hex_digits[(unit >> 4) & 0xF];
    out += hex_digits[unit & 0xF];
}

// Appends "text" JSON-quoted: ", \ and control characters escaped, and with `ascii_only`
// DEL and every non-ASCII code point as \uXXXX (a surrogate pair above the BMP).
void append_quoted(std::string& out, const Str* text, bool ascii_only) {
    out += '"';
    const char* p = text->data();
    const char* end = p + text->byte_length();
    while (p < end) {
        const unsigned char c = static_cast<unsigned char>(*p);
        if (c >= 0x80) {
            if (!ascii_only) {
                out += static_cast<char>(c);
                ++p;
                continue;
            }
            uint32_t cp = decode_utf8(p);
            if (cp >= 0x10000) {
                cp -= 0x10000;
                append_u_escape(out, 0xD800 | (cp >> 10));
                append_u_escape(out, 0xDC00 | (cp & 0x3FF));
            } else {
                append_u_escape(out, cp);
            }
            continue;
        }
        ++p;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (c < 0x20 || (c == 0x7F && ascii_only)) {
                append_u_escape(out, c);
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    out += '"';
}

template <bool AsciiOnly>
Value json_encode_basestring(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    const char* name = AsciiOnly ? "encode_basestring_ascii" : "encode_basestring";
    if (!reject_keywords(interp, name, kwnames) || !check_one_arg(interp, name, nargs)) {
        return Value::error();
    }
    if (!is_str(args[0])) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "first argument must be a string, not %s",
                                   type_name_of(interp, args[0]).c_str());
    }
    std::string out;
    append_quoted(out, as_str(args[0]), AsciiOnly);
    return Str::make(interp, out)->value();
}

// 1 when `quote` is _json's own encode_basestring_ascii, 0 for encode_basestring (both run
// inline), -1 for anything else.
int native_quote_kind(Interpreter& interp, Value quote) {
    if (!quote.is_object() || quote.as_object()->type != interp.types.builtin_function) return -1;
    const NativeFn fn = static_cast<NativeFunction*>(quote.as_object())->fn;
    if (fn == json_encode_basestring<true>) return 1;
    if (fn == json_encode_basestring<false>) return 0;
    return -1;
}

// make_encoder's settings, in its argument order (CPython's c_make_encoder).
enum EncoderField : size_t {
    MarkersField,
    DefaultField,
    QuoteField,
    IndentField,
    KeySeparatorField,
    ItemSeparatorField,
    SortKeysField,
    SkipKeysField,
    AllowNanField,
    EncoderFields
};

// One encoding run of the one-shot, unindented encoder: appends JSON text to a buffer.
class Encoder {
public:
    Encoder(Interpreter& interp, Tuple* settings)
        : interp_(interp), default_((*settings)[DefaultField]), quote_((*settings)[QuoteField]),
          key_separator_(as_str((*settings)[KeySeparatorField])->view()),
          item_separator_(as_str((*settings)[ItemSeparatorField])->view()),
          check_circular_(!(*settings)[MarkersField].is_none()),
          sort_keys_((*settings)[SortKeysField] == Value::true_()),
          skip_keys_((*settings)[SkipKeysField] == Value::true_()),
          allow_nan_((*settings)[AllowNanField] == Value::true_()) {
        const int kind = native_quote_kind(interp, quote_);
        native_quote_ = kind >= 0;
        ascii_quote_ = kind == 1;
    }

    bool encode(Value o) {
        if (is_str(o)) return quote(o);
        if (o.is_none()) {
            out_ += "null";
        } else if (o == Value::true_()) {
            out_ += "true";
        } else if (o == Value::false_()) {
            out_ += "false";
        } else if (is_int(o)) {
            out_ += int_to_string(o);
        } else if (is_float_instance(o)) {
            return append_float(float_value(o));
        } else if (is_list(o) || is_tuple(o)) {
            return nested(o, &Encoder::encode_array);
        } else if (is_dict(o)) {
            return nested(o, &Encoder::encode_object);
        } else {
            return nested(o, &Encoder::encode_other);
        }
        return true;
    }

    std::string& text() { return out_; }

private:
    bool quote(Value s) {
        if (native_quote_) {
            append_quoted(out_, as_str(s), ascii_quote_);
            return true;
        }
        Value quoted = ops::call1(interp_, quote_, s);
        if (quoted.is_error()) return false;
        if (!is_str(quoted)) {
            interp_.raise_format(interp_.exceptions.type_error,
                                 "encoder() must return a string, not %s",
                                 type_name_of(interp_, quoted).c_str());
            return false;
        }
        out_ += as_str(quoted)->view();
        return true;
    }

    bool append_float(double d) {
        if (std::isfinite(d)) {
            out_ += float_repr(d);
            return true;
        }
        if (!allow_nan_) {
            interp_.raise(interp_.exceptions.value_error,
                          "Out of range float values are not JSON compliant");
            return false;
        }
        out_ += std::isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
        return true;
    }

    // Containers and default() results count against the recursion limit (CPython's
    // " while encoding a JSON object"), and a container met again inside itself is a cycle.
    bool nested(Value o, bool (Encoder::*encode_body)(Value)) {
        ExecutionState& exec = interp_.exec;
        if (exec.depth + 1 > exec.recursion_limit || nesting_ + 1 > max_nesting) {
            interp_.raise(interp_.exceptions.recursion_error,
                          "maximum recursion depth exceeded while encoding a JSON object");
            return false;
        }
        Object* marker = o.as_object();
        if (check_circular_ && !active_.insert(marker).second) {
            interp_.raise(interp_.exceptions.value_error, "Circular reference detected");
            return false;
        }
        ++exec.depth;
        ++nesting_;
        Rooted keep(interp_.shadow_roots(), o);
        const bool ok = (this->*encode_body)(o);
        --nesting_;
        --exec.depth;
        if (check_circular_) active_.erase(marker);
        return ok;
    }

    bool encode_other(Value o) {
        Value replacement = ops::call1(interp_, default_, o);
        if (replacement.is_error()) return false;
        Rooted keep(interp_.shadow_roots(), replacement);
        return encode(replacement);
    }

    bool encode_array(Value o) {
        // Read the items afresh each time: default() may change the sequence.
        auto size = [&] { return is_list(o) ? as_list(o)->size() : as_tuple(o)->size(); };
        auto item = [&](size_t i) { return is_list(o) ? (*as_list(o))[i] : (*as_tuple(o))[i]; };
        if (size() == 0) {
            out_ += "[]";
            return true;
        }
        out_ += '[';
        for (size_t i = 0; i < size(); ++i) {
            if (i) out_ += item_separator_;
            if (!encode(item(i))) return false;
        }
        out_ += ']';
        return true;
    }

    // The (key, value) pairs to write: a flat snapshot [k0, v0, k1, v1, ...], sorted by key
    // with sort_keys (as sorted(d.items()) would order them).
    Value object_items(Value o) {
        if (as_dict(o)->type == interp_.types.dict) {
            Dict* d = as_dict(o);
            std::vector<std::pair<Value, Value>> entries;
            entries.reserve(d->size());
            size_t pos = 0;
            Value key, value;
            bool all_str = true;
            while (d->next(pos, &key, &value)) {
                entries.emplace_back(key, value);
                all_str = all_str && is_str(key) && as_str(key)->type == interp_.types.str;
            }
            // str keys sort by code point, which is the order of their UTF-8 bytes; other
            // keys go through Python comparisons below (and their TypeErrors).
            if (!sort_keys_ || all_str) {
                if (sort_keys_) {
                    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
                        return as_str(a.first)->view() < as_str(b.first)->view();
                    });
                }
                List* flat = List::make(interp_, entries.size() * 2);
                for (const auto& [k, v] : entries) {
                    flat->append(interp_, k);
                    flat->append(interp_, v);
                }
                return flat->value();
            }
        }
        Value items = ops::call_method(interp_, o, interp_.intern("items"), nullptr, 0);
        if (items.is_error()) return items;
        Rooted keep_items(interp_.shadow_roots(), items);
        Value iterator = ops::get_iter(interp_, items);
        if (iterator.is_error()) return iterator;
        Rooted keep_iterator(interp_.shadow_roots(), iterator);
        List* pairs = List::make(interp_);
        Rooted keep_pairs(interp_.shadow_roots(), pairs->value());
        for (;;) {
            Value pair = ops::iter_next(interp_, iterator);
            if (pair.is_error()) return pair;
            if (pair.is_absent()) break;
            pairs->append(interp_, pair);
        }
        if (sort_keys_ && list_sort(interp_, pairs, Value::absent(), false) < 0) {
            return Value::error();
        }
        List* flat = List::make(interp_, pairs->size() * 2);
        for (Value pair : *pairs) {
            if (!is_tuple(pair) || as_tuple(pair)->size() != 2) {
                return interp_.raise(interp_.exceptions.value_error,
                                     "items must return tuples of 2 items");
            }
            flat->append(interp_, (*as_tuple(pair))[0]);
            flat->append(interp_, (*as_tuple(pair))[1]);
        }
        return flat->value();
    }

    // Appends a key as a JSON string; sets *skip instead when skipkeys drops it.
    bool object_key(Value key, bool* skip) {
        *skip = false;
        if (is_str(key)) return quote(key);
        std::string text;
        if (is_float_instance(key)) {
            const double d = float_value(key);
            if (std::isfinite(d)) {
                text = float_repr(d);
            } else if (!allow_nan_) {
                interp_.raise(interp_.exceptions.value_error,
                              "Out of range float values are not JSON compliant");
                return false;
            } else {
                text = std::isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
            }
        } else if (key == Value::true_()) {
            text = "true";
        } else if (key == Value::false_()) {
            text = "false";
        } else if (key.is_none()) {
            text = "null";
        } else if (is_int(key)) {
            text = int_to_string(key);
        } else if (skip_keys_) {
            *skip = true;
            return true;
        } else {
            interp_.raise_format(interp_.exceptions.type_error,
                                 "keys must be str, int, float, bool or None, not %s",
                                 type_name_of(interp_, key).c_str());
            return false;
        }
        out_ += '"';
        out_ += text;
        out_ += '"';
        return true;
    }

    bool encode_object(Value o) {
        if (as_dict(o)->size() == 0) {
            out_ += "{}";
            return true;
        }
        Value items = object_items(o);
        if (items.is_error()) return false;
        Rooted keep(interp_.shadow_roots(), items);
        List* flat = as_list(items);
        out_ += '{';
        bool first = true;
        for (size_t i = 0; i + 1 < flat->size(); i += 2) {
            const size_t mark = out_.size();
            if (!first) out_ += item_separator_;
            bool skip;
            if (!object_key((*flat)[i], &skip)) return false;
            if (skip) {
                out_.resize(mark);
                continue;
            }
            first = false;
            out_ += key_separator_;
            if (!encode((*flat)[i + 1])) return false;
        }
        out_ += '}';
        return true;
    }

    Interpreter& interp_;
    Value default_;
    Value quote_;
    std::string key_separator_;
    std::string item_separator_;
    bool check_circular_;
    bool sort_keys_;
    bool skip_keys_;
    bool allow_nan_;
    bool native_quote_ = false;
    bool ascii_quote_ = false;
    uint32_t nesting_ = 0;
    std::unordered_set<Object*> active_;
    std::string out_;
};

// encoder(o, _current_indent_level) -> (text,): args[0] is the settings tuple it is bound to.
Value encoder_call(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "_iterencode", kwnames) ||
        !check_arity(interp, "_iterencode", nargs - 1, 2, 2)) {
        return Value::error();
    }
    Encoder encoder(interp, as_tuple(args[0]));
    if (!encoder.encode(args[1])) return Value::error();
    Str* text = Str::make(interp, encoder.text());
    return Tuple::make(interp, {text->value()})->value();
}

// make_encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys,
// skipkeys, allow_nan): the one-shot encoder for indent=None, as CPython's c_make_encoder.
Value json_make_encoder(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "make_encoder", kwnames) ||
        !check_arity(interp, "make_encoder", nargs, EncoderFields, EncoderFields)) {
        return Value::error();
    }
    if (!args[IndentField].is_none()) {
        return interp.raise(interp.exceptions.type_error,
                            "make_encoder() supports indent=None only");
    }
    for (size_t field : {KeySeparatorField, ItemSeparatorField}) {
        if (!is_str(args[field])) {
            return interp.raise_format(interp.exceptions.type_error,
                                       "make_encoder() argument %zu must be str, not %s", field + 1,
                                       type_name_of(interp, args[field]).c_str());
        }
    }
    Tuple* settings = Tuple::make(interp, args, EncoderFields);
    Rooted keep(interp.shadow_roots(), settings->value());
    for (size_t field : {SortKeysField, SkipKeysField, AllowNanField}) {
        const int truth = ops::truthy(interp, args[field]);
        if (truth < 0) return Value::error();
        (*settings)[field] = Value::from_bool(truth);
    }
    return make_bound_native(interp, "_iterencode", encoder_call, nullptr, settings->value())
        ->value();
}

} // namespace

Module* make_json_speedups_module(Interpreter& interp) {
    Module* m = make_module(interp, "_json");
    module_def(interp, m, "make_scanner", json_make_scanner);
    module_def(interp, m, "scanstring", json_scanstring);
    module_def(interp, m, "skip_whitespace", json_skip_whitespace);
    module_def(interp, m, "encode_basestring", json_encode_basestring<false>);
    module_def(interp, m, "encode_basestring_ascii", json_encode_basestring<true>);
    module_def(interp, m, "make_encoder", json_make_encoder);
    return m;
}

} // namespace coil::modules
