// Formatting: the format-spec mini-language for str/int/float, str.format and str % args.
#include "vm/format.hpp"

#include "vm/bytearray.hpp"
#include "vm/bytes.hpp"
#include "vm/bytes_methods.hpp"
#include "vm/complex.hpp"
#include "vm/dict.hpp"
#include "vm/exception.hpp"
#include "vm/float.hpp"
#include "vm/int.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace coil::vm {

namespace {

std::string tname(Interpreter& interp, Value v) {
    return std::string(type_name(interp, v));
}

struct Spec {
    std::string fill = " ";
    char align = 0; // '<', '>', '^', '=' or 0 for the type's default
    char sign = 0;  // '+', '-', ' ' or 0
    bool no_neg_zero = false;
    bool alternate = false;
    int64_t width = -1;
    char grouping = 0; // ',' '_' or 0
    int64_t precision = -1;
    char type = 0;
};

bool parse_spec(Interpreter& interp, std::string_view s, Value value, Spec* spec) {
    size_t i = 0;
    bool fill_given = false;
    auto is_align = [](char c) { return c == '<' || c == '>' || c == '^' || c == '='; };
    // The fill may be any code point, so look one code point ahead.
    if (!s.empty()) {
        const char* p = s.data();
        decode_utf8(p);
        size_t first = static_cast<size_t>(p - s.data());
        if (first < s.size() && is_align(s[first])) {
            spec->fill = std::string(s.substr(0, first));
            spec->align = s[first];
            fill_given = true;
            i = first + 1;
        } else if (is_align(s[0])) {
            spec->align = s[0];
            i = 1;
        }
    }
    if (i < s.size() && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) spec->sign = s[i++];
    if (i < s.size() && s[i] == 'z') {
        spec->no_neg_zero = true;
        ++i;
    }
    if (i < s.size() && s[i] == '#') {
        spec->alternate = true;
        ++i;
    }
    // A leading '0' pads with zeros, after the sign for numbers (whose default alignment is
    // right) and on the right of strings.
    if (i < s.size() && s[i] == '0') {
        if (!fill_given) {
            spec->fill = "0";
            if (!spec->align && !is_str(value)) spec->align = '=';
        }
        ++i;
    }
    bool too_many_digits = false;
    auto digits = [&](int64_t* out) {
        size_t start = i;
        int64_t v = 0;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
            if (v > (INT64_MAX - 9) / 10) too_many_digits = true;
            if (!too_many_digits) v = v * 10 + (s[i] - '0'); // the rest only gets consumed
            ++i;
        }
        if (i > start) *out = v;
        return i > start;
    };
    digits(&spec->width);
    if (i < s.size() && (s[i] == ',' || s[i] == '_')) {
        spec->grouping = s[i++];
        if (i < s.size() && (s[i] == ',' || s[i] == '_')) {
            if (s[i] == spec->grouping) {
                interp.raise_format(interp.exceptions.value_error, "Cannot specify '%c' with '%c'.",
                                    s[i], s[i]);
            } else {
                interp.raise(interp.exceptions.value_error, "Cannot specify both ',' and '_'.");
            }
            return false;
        }
    }
    if (i < s.size() && s[i] == '.') {
        ++i;
        if (!digits(&spec->precision)) {
            interp.raise(interp.exceptions.value_error, "Format specifier missing precision");
            return false;
        }
    }
    if (too_many_digits) {
        interp.raise(interp.exceptions.value_error, "Too many decimal digits in format string");
        return false;
    }
    if (i < s.size()) spec->type = s[i++];
    if (i < s.size()) {
        interp.raise_format(interp.exceptions.value_error,
                            "Invalid format specifier '%s' for object of type '%s'",
                            std::string(s).c_str(), tname(interp, value).c_str());
        return false;
    }
    // ',' suits decimal and float types; '_' also binary, octal and hex (every four digits).
    const bool grouping_fits =
        !spec->type || std::string_view("deEfFgG%").find(spec->type) != std::string_view::npos ||
        (spec->grouping == '_' &&
         std::string_view("boxX").find(spec->type) != std::string_view::npos);
    if (spec->grouping && !grouping_fits) {
        const auto code = static_cast<unsigned char>(spec->type);
        if (code > 32 && code < 128) {
            interp.raise_format(interp.exceptions.value_error, "Cannot specify '%c' with '%c'.",
                                spec->grouping, spec->type);
        } else {
            interp.raise_format(interp.exceptions.value_error, "Cannot specify '%c' with '\\x%x'.",
                                spec->grouping, code);
        }
        return false;
    }
    return true;
}

// "Unknown format code 'q' for object of type 'int'" (a control character as '\x20').
void unknown_format_code(Interpreter& interp, char type, Value value) {
    const auto code = static_cast<unsigned char>(type);
    char shown[8];
    if (code > 32 && code < 128) {
        std::snprintf(shown, sizeof shown, "%c", type);
    } else {
        std::snprintf(shown, sizeof shown, "\\x%x", code);
    }
    interp.raise_format(interp.exceptions.value_error,
                        "Unknown format code '%s' for object of type '%s'", shown,
                        tname(interp, value).c_str());
}

size_t code_point_count(std::string_view s) {
    size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

// Pads `body` (whose sign/prefix part is the first `prefix_len` bytes) to the width.
std::string pad(const Spec& spec, const std::string& body, size_t prefix_len, char default_align) {
    char align = spec.align ? spec.align : default_align;
    size_t len = code_point_count(body);
    if (spec.width < 0 || static_cast<size_t>(spec.width) <= len) return body;
    size_t total = static_cast<size_t>(spec.width) - len;
    std::string out;
    auto fill = [&](size_t n) {
        for (size_t k = 0; k < n; ++k) out += spec.fill;
    };
    switch (align) {
    case '<':
        out = body;
        fill(total);
        break;
    case '^':
        fill(total / 2);
        out += body;
        fill(total - total / 2);
        break;
    case '=':
        out = body.substr(0, prefix_len);
        fill(total);
        out += body.substr(prefix_len);
        break;
    default:
        fill(total);
        out += body;
        break;
    }
    return out;
}

std::string group_digits(const std::string& digits, char sep, size_t every) {
    std::string out;
    size_t n = digits.size();
    for (size_t k = 0; k < n; ++k) {
        if (k > 0 && (n - k) % every == 0) out += sep;
        out += digits[k];
    }
    return out;
}

// Zero padding with grouping pads the digits themselves ("00,001,234").
std::string grouped_with_zero_fill(const Spec& spec, std::string digits, size_t prefix_len,
                                   size_t every, size_t suffix_len) {
    std::string grouped = group_digits(digits, spec.grouping, every);
    if (spec.fill == "0" && spec.align == '=' && spec.width > 0) {
        while (static_cast<int64_t>(grouped.size() + prefix_len + suffix_len) < spec.width) {
            digits.insert(digits.begin(), '0');
            grouped = group_digits(digits, spec.grouping, every);
        }
    }
    return grouped;
}

Str* format_str(Interpreter& interp, Str* s, const Spec& spec, Value value) {
    if (spec.type && spec.type != 's') {
        unknown_format_code(interp, spec.type, value);
        return nullptr;
    }
    if (spec.sign) {
        interp.raise(interp.exceptions.value_error,
                     spec.sign == ' ' ? "Space not allowed in string format specifier"
                                      : "Sign not allowed in string format specifier");
        return nullptr;
    }
    if (spec.no_neg_zero) {
        interp.raise(interp.exceptions.value_error,
                     "Negative zero coercion (z) not allowed in string format specifier");
        return nullptr;
    }
    if (spec.alternate) {
        interp.raise(interp.exceptions.value_error,
                     "Alternate form (#) not allowed in string format specifier");
        return nullptr;
    }
    if (spec.align == '=') {
        interp.raise(interp.exceptions.value_error,
                     "'=' alignment not allowed in string format specifier");
        return nullptr;
    }
    if (spec.grouping) {
        interp.raise_format(interp.exceptions.value_error, "Cannot specify '%c' with 's'.",
                            spec.grouping);
        return nullptr;
    }
    std::string body(s->view());
    if (spec.precision >= 0 && static_cast<size_t>(spec.precision) < s->length()) {
        body = body.substr(0, s->byte_offset(static_cast<size_t>(spec.precision)));
    }
    return Str::make(interp, pad(spec, body, 0, '<'));
}

Str* format_float(Interpreter& interp, double d, Spec spec, Value value);

Str* format_int(Interpreter& interp, Value v, const Spec& spec, Value value) {
    char type = spec.type ? spec.type : 'd';
    if (std::string_view("eEfFgG%").find(type) != std::string_view::npos) {
        double d;
        if (!int_to_double(interp, v, &d)) return nullptr;
        return format_float(interp, d, spec, value);
    }
    if (std::string_view("bcdoxXn").find(type) == std::string_view::npos) {
        unknown_format_code(interp, type, value);
        return nullptr;
    }
    if (spec.precision >= 0) {
        interp.raise(interp.exceptions.value_error,
                     "Precision not allowed in integer format specifier");
        return nullptr;
    }
    if (spec.no_neg_zero) {
        interp.raise(interp.exceptions.value_error,
                     "Negative zero coercion (z) not allowed in integer format specifier");
        return nullptr;
    }
    if (type == 'c') {
        if (spec.sign) {
            interp.raise(interp.exceptions.value_error,
                         "Sign not allowed with integer format specifier 'c'");
            return nullptr;
        }
        if (spec.alternate) {
            interp.raise(interp.exceptions.value_error,
                         "Alternate form (#) not allowed with integer format specifier 'c'");
            return nullptr;
        }
        int64_t cp;
        if (!int_to_int64(v, &cp)) {
            interp.raise(interp.exceptions.overflow_error,
                         "Python int too large to convert to C long");
            return nullptr;
        }
        if (cp < 0 || cp > 0x10FFFF) {
            interp.raise(interp.exceptions.overflow_error, "%c arg not in range(0x110000)");
            return nullptr;
        }
        std::string body;
        append_utf8(body, static_cast<uint32_t>(cp));
        return Str::make(interp, pad(spec, body, 0, '>'));
    }
    int base = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    std::string digits = int_to_string(v, base);
    bool negative = digits[0] == '-';
    if (negative) digits.erase(0, 1);
    if (type == 'X') {
        for (char& c : digits) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    std::string prefix = negative ? "-" : spec.sign == '+' ? "+" : spec.sign == ' ' ? " " : "";
    if (spec.alternate && base != 10) {
        prefix += type == 'b' ? "0b" : type == 'o' ? "0o" : type == 'x' ? "0x" : "0X";
    }
    if (spec.grouping) {
        digits = grouped_with_zero_fill(spec, digits, prefix.size(), base == 10 ? 3 : 4, 0);
    }
    return Str::make(interp, pad(spec, prefix + digits, prefix.size(), '>'));
}

Str* format_float(Interpreter& interp, double d, Spec spec, Value value) {
    char type = spec.type;
    if (type && std::string_view("eEfFgGn%").find(type) == std::string_view::npos) {
        unknown_format_code(interp, type, value);
        return nullptr;
    }
    if (type == 'n') type = 'g';
    if (spec.precision > INT32_MAX) {
        interp.raise(interp.exceptions.value_error, "precision too big");
        return nullptr;
    }
    bool negative = std::signbit(d);
    double magnitude = std::fabs(d);
    std::string body;
    if (std::isnan(d) || std::isinf(d)) {
        body = std::isnan(d) ? "nan" : "inf";
        if (type == 'E' || type == 'F' || type == 'G') body = std::isnan(d) ? "NAN" : "INF";
        if (type == '%') body += "%";
        negative = std::isinf(d) && d < 0;
    } else if (!type && spec.precision < 0) {
        body = float_repr(magnitude);
        // The alternate form always shows a decimal point: 1e+16 becomes '1.e+16'.
        if (spec.alternate && body.find('.') == std::string::npos) {
            body.insert(std::min(body.find('e'), body.size()), ".");
        }
    } else if (!type) {
        // Like 'g', but scientific from exponent p - 1 on, and ".0" kept in fixed notation.
        int64_t p = spec.precision == 0 ? 1 : spec.precision;
        char buffer[512];
        std::snprintf(buffer, sizeof buffer, "%.*e", static_cast<int>(p - 1), magnitude);
        int exponent = std::atoi(std::strchr(buffer, 'e') + 1);
        if (exponent < -4 || exponent >= p - 1) {
            std::string text(buffer);
            size_t e_at = text.find('e');
            std::string mantissa = text.substr(0, e_at);
            if (mantissa.find('.') != std::string::npos && !spec.alternate) {
                while (mantissa.back() == '0') mantissa.pop_back();
                if (mantissa.back() == '.') mantissa.pop_back();
            }
            body = mantissa + text.substr(e_at);
        } else {
            std::snprintf(buffer, sizeof buffer, "%.*f", static_cast<int>(p - 1 - exponent),
                          magnitude);
            body = buffer;
            if (body.find('.') != std::string::npos && !spec.alternate) {
                while (body.back() == '0') body.pop_back();
            }
            if (body.back() == '.') body += '0';
            if (body.find('.') == std::string::npos) body += ".0";
        }
    } else {
        int64_t precision = spec.precision < 0 ? 6 : spec.precision;
        char c_type = type ? type : 'g';
        double x = magnitude;
        if (c_type == '%') {
            x *= 100;
            c_type = 'f';
        }
        if (c_type == 'g' || c_type == 'G') {
            if (precision == 0) precision = 1;
        }
        char format[16];
        std::snprintf(format, sizeof format, "%%%s.*%c", spec.alternate ? "#" : "",
                      c_type == 'F' ? 'f' : c_type);
        int n = std::snprintf(nullptr, 0, format, static_cast<int>(precision), x);
        body.resize(static_cast<size_t>(n) + 1);
        std::snprintf(body.data(), body.size(), format, static_cast<int>(precision), x);
        body.resize(static_cast<size_t>(n));
        if (type == '%') body += "%";
    }
    // 'z' drops the sign of a value that rounded to zero.
    if (spec.no_neg_zero && negative && !std::isnan(d) && !std::isinf(d) &&
        body.substr(0, body.find_first_of("eE")).find_first_not_of("0.%") == std::string::npos) {
        negative = false;
    }
    std::string prefix = negative ? "-" : spec.sign == '+' ? "+" : spec.sign == ' ' ? " " : "";
    if (spec.grouping) {
        size_t end = body.find_first_not_of("0123456789");
        if (end == std::string::npos) end = body.size();
        std::string digits = body.substr(0, end);
        std::string rest = body.substr(end);
        body = grouped_with_zero_fill(spec, digits, prefix.size(), 3, rest.size()) + rest;
    }
    return Str::make(interp, pad(spec, prefix + body, prefix.size(), '>'));
}

// The digits of one part of a complex number (its magnitude); 'r' is the repr style.
std::string complex_part_body(double magnitude, char type, int64_t precision, bool alternate) {
    bool upper = type == 'E' || type == 'F' || type == 'G';
    if (std::isnan(magnitude)) return upper ? "NAN" : "nan";
    if (std::isinf(magnitude)) return upper ? "INF" : "inf";
    if (type == 'r') return complex_part_repr(magnitude);
    if ((type == 'g' || type == 'G') && precision == 0) precision = 1;
    char format[16];
    std::snprintf(format, sizeof format, "%%%s.*%c", alternate ? "#" : "", type);
    int n = std::snprintf(nullptr, 0, format, static_cast<int>(precision), magnitude);
    std::string body(static_cast<size_t>(n) + 1, '\0');
    std::snprintf(body.data(), body.size(), format, static_cast<int>(precision), magnitude);
    body.resize(static_cast<size_t>(n));
    return body;
}

Str* format_complex(Interpreter& interp, double re, double im, const Spec& spec, Value value) {
    if (spec.fill == "0" && spec.align == '=') {
        interp.raise(interp.exceptions.value_error,
                     "Zero padding is not allowed in complex format specifier");
        return nullptr;
    }
    if (spec.align == '=') {
        interp.raise(interp.exceptions.value_error,
                     "'=' alignment flag is not allowed in complex format specifier");
        return nullptr;
    }
    char type = spec.type;
    if (type && std::string_view("eEfFgGn").find(type) == std::string_view::npos) {
        unknown_format_code(interp, type, value);
        return nullptr;
    }
    // Without a type the result looks like str(): parentheses unless the real part is +0.
    bool skip_real = false, parens = false;
    if (!type) {
        type = 'r';
        skip_real = re == 0.0 && !std::signbit(re);
        parens = !skip_real;
    }
    if (type == 'n') type = 'g';
    int64_t precision = spec.precision;
    if (precision < 0) {
        precision = type == 'r' ? 0 : 6;
    } else if (type == 'r') {
        type = 'g';
    }
    auto part = [&](double d, bool always_sign, std::string* out) {
        std::string body = complex_part_body(std::fabs(d), type, precision, spec.alternate);
        bool negative = std::signbit(d) && !std::isnan(d);
        if (negative && spec.no_neg_zero &&
            body.substr(0, body.find_first_of("eE")).find_first_not_of("0.") == std::string::npos) {
            negative = false;
        }
        if (spec.grouping) {
            size_t end = body.find_first_not_of("0123456789");
            if (end == std::string::npos) end = body.size();
            body = group_digits(body.substr(0, end), spec.grouping, 3) + body.substr(end);
        }
        *out += negative           ? "-"
                : always_sign      ? "+"
                : spec.sign == '+' ? "+"
                : spec.sign == ' ' ? " "
                                   : "";
        *out += body;
    };
    std::string text = parens ? "(" : "";
    if (!skip_real) part(re, false, &text);
    part(im, !skip_real, &text);
    text += parens ? "j)" : "j";
    return Str::make(interp, pad(spec, text, 0, '>'));
}

} // namespace

Str* ascii_repr(Interpreter& interp, Value value) {
    Str* s = ops::repr(interp, value);
    if (!s || s->is_ascii()) return s;
    std::string out;
    const char* p = s->data();
    const char* end = p + s->byte_length();
    while (p < end) {
        const uint32_t cp = decode_utf8(p);
        if (cp < 128) {
            out += static_cast<char>(cp);
            continue;
        }
        char escaped[16];
        std::snprintf(escaped, sizeof escaped,
                      cp < 0x100     ? "\\x%02x"
                      : cp < 0x10000 ? "\\u%04x"
                                     : "\\U%08x",
                      cp);
        out += escaped;
    }
    return Str::make_ascii(interp, out);
}

Str* format_value(Interpreter& interp, Value value, Str* spec_text) {
    Type* t = type_of(interp, value);
    bool builtin = !t->has_flag(TypeHeap);
    if (spec_text->byte_length() == 0 && builtin) return ops::str(interp, value);
    if (!builtin) {
        Value method = type_lookup(t, interp.intern("__format__"));
        if (!method.is_absent()) {
            Value args[2] = {value, spec_text->value()};
            Value r = ops::call(interp, method, args, 2);
            if (r.is_error()) return nullptr;
            if (!is_str(r)) {
                interp.raise_format(interp.exceptions.type_error,
                                    "__format__ must return a str, not %s",
                                    tname(interp, r).c_str());
                return nullptr;
            }
            return as_str(r);
        }
    }
    Spec spec;
    if (is_str(value) || is_int(value) || value.is_float()) {
        if (!parse_spec(interp, spec_text->view(), value, &spec)) return nullptr;
        if (is_str(value)) return format_str(interp, as_str(value), spec, value);
        if (is_int(value)) return format_int(interp, value, spec, value);
        return format_float(interp, value.as_float(), spec, value);
    }
    if (is_complex(interp, value)) {
        if (!parse_spec(interp, spec_text->view(), value, &spec)) return nullptr;
        return format_complex(interp, as_complex(value)->real, as_complex(value)->imag, spec,
                              value);
    }
    if (spec_text->byte_length() == 0) return ops::str(interp, value);
    interp.raise_format(interp.exceptions.type_error,
                        "unsupported format string passed to %s.__format__",
                        tname(interp, value).c_str());
    return nullptr;
}

namespace {

// --- str.format

// `mapping` (format_map's argument) replaces the keyword arguments when it is not absent.
Value format_field_value(Interpreter& interp, std::string_view name, const Value* args,
                         size_t nargs, Tuple* kwnames, int* auto_index, bool* manual,
                         Value mapping) {
    size_t end = name.find_first_of(".[");
    std::string_view first = name.substr(0, end);
    Value v;
    bool numeric =
        !first.empty() && first.find_first_not_of("0123456789") == std::string_view::npos;
    if (!mapping.is_absent() && (first.empty() || numeric)) {
        return interp.raise(interp.exceptions.value_error,
                            "Format string contains positional fields");
    }
    if (!mapping.is_absent()) {
        Value key = Str::make(interp, first)->value();
        v = ops::get_item(interp, mapping, key);
        if (v.is_error()) return v;
    } else if (first.empty() || numeric) {
        size_t index;
        if (first.empty()) {
            if (*manual) {
                return interp.raise(interp.exceptions.value_error,
                                    "cannot switch from manual field specification to automatic "
                                    "field numbering");
            }
            index = static_cast<size_t>((*auto_index)++);
        } else {
            if (*auto_index > 0) {
                return interp.raise(interp.exceptions.value_error,
                                    "cannot switch from automatic field numbering to manual "
                                    "field specification");
            }
            *manual = true;
            index = std::stoul(std::string(first));
        }
        if (index >= nargs) {
            return interp.raise_format(interp.exceptions.index_error,
                                       "Replacement index %zu out of range for positional args "
                                       "tuple",
                                       index);
        }
        v = args[index];
    } else {
        v = Value::absent();
        for (size_t k = 0; kwnames && k < kwnames->size(); ++k) {
            if (as_str((*kwnames)[k])->equals(first)) v = args[nargs + k];
        }
        if (v.is_absent()) {
            Tuple* key = Tuple::make(interp, {Str::make(interp, first)->value()});
            interp.set_pending(make_exception(interp, interp.exceptions.key_error, key)->value());
            return Value::error();
        }
    }
    while (end != std::string_view::npos && end < name.size()) {
        if (name[end] == '.') {
            size_t next = name.find_first_of(".[", end + 1);
            std::string_view attr = name.substr(
                end + 1, next == std::string_view::npos ? std::string_view::npos : next - end - 1);
            if (attr.empty()) {
                return interp.raise(interp.exceptions.value_error,
                                    "Empty attribute in format string");
            }
            v = ops::get_attr(interp, v, interp.intern(attr));
            end = next;
        } else {
            size_t close = name.find(']', end);
            if (close == std::string_view::npos) {
                return interp.raise(interp.exceptions.value_error, "Missing ']' in format string");
            }
            std::string_view key = name.substr(end + 1, close - end - 1);
            if (key.empty()) {
                return interp.raise(interp.exceptions.value_error,
                                    "Empty attribute in format string");
            }
            bool key_numeric =
                !key.empty() && key.find_first_not_of("0123456789") == std::string_view::npos;
            Value k = key_numeric ? make_int(interp, std::stoll(std::string(key)))
                                  : Str::make(interp, key)->value();
            v = ops::get_item(interp, v, k);
            end = close + 1;
        }
        if (v.is_error()) return v;
    }
    return v;
}

bool format_into(Interpreter& interp, std::string_view text, const Value* args, size_t nargs,
                 Tuple* kwnames, int* auto_index, bool* manual, std::string& out, int depth,
                 Value mapping = Value::absent()) {
    if (depth > 2) {
        interp.raise(interp.exceptions.value_error, "Max string recursion exceeded");
        return false;
    }
    size_t i = 0;
    while (i < text.size()) {
        char c = text[i];
        if (c == '}') {
            if (i + 1 < text.size() && text[i + 1] == '}') {
                out += '}';
                i += 2;
                continue;
            }
            interp.raise(interp.exceptions.value_error, "Single '}' encountered in format string");
            return false;
        }
        if (c != '{') {
            out += c;
            ++i;
            continue;
        }
        if (i + 1 < text.size() && text[i + 1] == '{') {
            out += '{';
            i += 2;
            continue;
        }
        // Find the matching '}', allowing nested {} in the spec.
        size_t j = i + 1;
        int nesting = 1;
        while (j < text.size() && nesting > 0) {
            if (text[j] == '{') ++nesting;
            if (text[j] == '}') --nesting;
            if (nesting > 0) ++j;
        }
        if (j >= text.size()) {
            // Running out of text inside a conversion or format spec is reported differently
            // from running out inside the field name.
            size_t open_brackets = 0;
            bool in_spec = false;
            for (size_t k = i + 1; k < text.size() && !in_spec; ++k) {
                if (text[k] == '[') ++open_brackets;
                if (text[k] == ']' && open_brackets) --open_brackets;
                in_spec = !open_brackets && (text[k] == '!' || text[k] == ':');
            }
            interp.raise(interp.exceptions.value_error,
                         i + 1 >= text.size() ? "Single '{' encountered in format string"
                         : in_spec            ? "unmatched '{' in format spec"
                                              : "expected '}' before end of string");
            return false;
        }
        std::string_view field = text.substr(i + 1, j - i - 1);
        i = j + 1;
        size_t bracket = 0;
        size_t split = std::string_view::npos;
        for (size_t k = 0; k < field.size(); ++k) {
            if (field[k] == '[') ++bracket;
            if (field[k] == ']' && bracket) --bracket;
            if (!bracket && (field[k] == '!' || field[k] == ':')) {
                split = k;
                break;
            }
        }
        std::string_view name = field.substr(0, split);
        char conversion = 0;
        std::string_view spec;
        if (split != std::string_view::npos) {
            std::string_view rest = field.substr(split);
            if (rest[0] == '!') {
                if (rest.size() < 2 || (rest.size() > 2 && rest[2] != ':')) {
                    // In '{!}' the '}' is taken as the conversion, leaving the field open.
                    interp.raise(interp.exceptions.value_error,
                                 rest.size() < 2 && i >= text.size()
                                     ? "unmatched '{' in format spec"
                                     : "expected ':' after conversion specifier");
                    return false;
                }
                conversion = rest[1];
                rest.remove_prefix(2);
            }
            if (!rest.empty()) spec = rest.substr(1);
        }
        Value v =
            format_field_value(interp, name, args, nargs, kwnames, auto_index, manual, mapping);
        if (v.is_error()) return false;
        Rooted keep(interp.shadow_roots(), v);
        if (conversion) {
            Str* converted;
            if (conversion == 'r') {
                converted = ops::repr(interp, v);
            } else if (conversion == 'a') {
                converted = ascii_repr(interp, v);
            } else if (conversion == 's') {
                converted = ops::str(interp, v);
            } else {
                interp.raise_format(interp.exceptions.value_error,
                                    "Unknown conversion specifier %c", conversion);
                return false;
            }
            if (!converted) return false;
            v = converted->value();
            keep.set(v);
        }
        std::string spec_text;
        if (!format_into(interp, spec, args, nargs, kwnames, auto_index, manual, spec_text,
                         depth + 1, mapping)) {
            return false;
        }
        Str* formatted = format_value(interp, v, Str::make(interp, spec_text));
        if (!formatted) return false;
        out += formatted->view();
    }
    return true;
}

Value str_format(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    int auto_index = 0;
    bool manual = false;
    std::string out;
    if (!format_into(interp, as_str(args[0])->view(), args + 1, nargs - 1, kwnames, &auto_index,
                     &manual, out, 0)) {
        return Value::error();
    }
    return Str::make(interp, out)->value();
}

Value str_format_map(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "str.format_map", nargs - 1)) return Value::error();
    int auto_index = 0;
    bool manual = false;
    std::string out;
    if (!format_into(interp, as_str(args[0])->view(), nullptr, 0, nullptr, &auto_index, &manual,
                     out, 0, args[1])) {
        return Value::error();
    }
    return Str::make(interp, out)->value();
}

// --- printf-style: str % args

// The piece of a %s (or %b) conversion in bytes formatting: bytes-like objects as they are,
// others through __bytes__.
bool bytes_piece(Interpreter& interp, Value v, std::string* out) {
    std::string_view view;
    if (bytes_like_view(interp, v, &view)) {
        *out = view;
        return true;
    }
    Value method = type_lookup(type_of(interp, v), interp.intern("__bytes__"));
    if (!method.is_absent()) {
        Value r = ops::call1(interp, method, v);
        if (r.is_error()) return false;
        if (bytes_like_view(interp, r, &view)) {
            *out = view;
            return true;
        }
    }
    interp.raise_format(interp.exceptions.type_error,
                        "%%b requires a bytes-like object, or an object that implements "
                        "__bytes__, not '%s'",
                        tname(interp, v).c_str());
    return false;
}

// Pads raw bytes (bytes formatting counts bytes, not code points).
std::string pad_bytes(const Spec& spec, const std::string& body) {
    if (spec.width < 0 || static_cast<size_t>(spec.width) <= body.size()) return body;
    std::string fill(static_cast<size_t>(spec.width) - body.size(), ' ');
    return spec.align == '<' ? body + fill : fill + body;
}

// printf-style formatting of str % args, or of bytes % args when `bytes_mode` is set (the
// result is then a bytes object).
Value percent_format(Interpreter& interp, std::string_view text, Value args_value,
                     bool bytes_mode) {
    const Value* args = &args_value;
    size_t nargs = 1;
    if (is_tuple(args_value)) {
        args = as_tuple(args_value)->items();
        nargs = as_tuple(args_value)->size();
    }
    Value mapping = Value::absent();
    std::string_view ignored;
    if (!is_tuple(args_value) && !is_str(args_value) &&
        !(bytes_mode && bytes_like_view(interp, args_value, &ignored)) &&
        type_of(interp, args_value)->slots.getitem) {
        mapping = args_value;
    }
    size_t next_arg = 0;
    bool used_mapping = false;
    auto take = [&]() -> Value {
        if (next_arg >= nargs) {
            return interp.raise_type_error("not enough arguments for format string");
        }
        return args[next_arg++];
    };
    std::string out;
    size_t i = 0;
    while (i < text.size()) {
        char c = text[i];
        if (c != '%') {
            out += c;
            ++i;
            continue;
        }
        ++i;
        const size_t directive_start = i;
        Value key_value = Value::absent();
        if (i < text.size() && text[i] == '(') {
            if (mapping.is_absent()) return interp.raise_type_error("format requires a mapping");
            int depth = 1;
            size_t k = ++i;
            while (i < text.size() && depth > 0) {
                if (text[i] == '(') ++depth;
                if (text[i] == ')') --depth;
                ++i;
            }
            if (depth > 0) {
                return interp.raise(interp.exceptions.value_error, "incomplete format key");
            }
            std::string_view key = text.substr(k, i - k - 1);
            key_value = ops::get_item(interp, mapping,
                                      bytes_mode ? Bytes::make(interp, key)->value()
                                                 : Str::make(interp, key)->value());
            if (key_value.is_error()) return key_value;
            used_mapping = true;
        }
        Spec spec;
        spec.fill = " ";
        bool left = false, zero = false;
        for (; i < text.size(); ++i) {
            char f = text[i];
            if (f == '-')
                left = true;
            else if (f == '+')
                spec.sign = '+';
            else if (f == ' ') {
                if (spec.sign != '+') spec.sign = ' ';
            } else if (f == '#')
                spec.alternate = true;
            else if (f == '0')
                zero = true;
            else
                break;
        }
        auto number = [&](int64_t* out_value, const char* too_big) -> bool {
            if (i < text.size() && text[i] == '*') {
                ++i;
                if (!key_value.is_absent()) {
                    interp.raise_type_error("not enough arguments for format string");
                    return false;
                }
                Value w = take();
                if (w.is_error()) return false;
                if (!is_int(w)) {
                    interp.raise_type_error("* wants int");
                    return false;
                }
                return int_to_ssize(interp, w, out_value);
            }
            int64_t v = -1;
            while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
                v = (v < 0 ? 0 : v) * 10 + (text[i++] - '0');
                if (v > INT32_MAX) {
                    interp.raise(interp.exceptions.value_error, too_big);
                    return false;
                }
            }
            *out_value = v;
            return true;
        };
        if (!number(&spec.width, "width too big")) return Value::error();
        if (spec.width < -1) {
            left = true;
            spec.width = -spec.width;
        }
        if (i < text.size() && text[i] == '.') {
            ++i;
            if (!number(&spec.precision, "precision too big")) return Value::error();
            if (spec.precision < 0) spec.precision = 0;
        }
        while (i < text.size() && (text[i] == 'h' || text[i] == 'l' || text[i] == 'L')) ++i;
        if (i >= text.size()) {
            return interp.raise(interp.exceptions.value_error, "incomplete format");
        }
        char conv = text[i++];
        // Only a bare "%%" is a literal percent sign; "%5%" wants an argument and then fails
        // as an unsupported conversion.
        if (conv == '%' && i == directive_start + 1) {
            out += '%';
            continue;
        }
        Value v = key_value.is_absent() ? take() : key_value;
        if (v.is_error()) return v;
        Rooted keep_v(interp.shadow_roots(), v);
        const auto has_special = [&](const char* name) {
            return !type_lookup(type_of(interp, v), interp.intern(name)).is_absent();
        };
        spec.align = left ? '<' : '>';
        if (zero && !left &&
            std::string_view("diuxXofFeEgG").find(conv) != std::string_view::npos) {
            spec.fill = "0";
            spec.align = '=';
        }
        Str* piece = nullptr;
        if (bytes_mode &&
            (conv == 's' || conv == 'b' || conv == 'r' || conv == 'a' || conv == 'c')) {
            std::string body;
            if (conv == 'r' || conv == 'a') {
                Str* s = ops::repr(interp, v);
                if (!s) return Value::error();
                const char* p = s->data();
                const char* end = p + s->byte_length();
                while (p < end) {
                    uint32_t cp = decode_utf8(p);
                    char escaped[16];
                    if (cp < 128) {
                        body += static_cast<char>(cp);
                        continue;
                    }
                    std::snprintf(escaped, sizeof escaped,
                                  cp < 0x100     ? "\\x%02x"
                                  : cp < 0x10000 ? "\\u%04x"
                                                 : "\\U%08x",
                                  cp);
                    body += escaped;
                }
            } else if (conv == 'c') {
                std::string_view one;
                int64_t byte;
                if (bytes_like_view(interp, v, &one) && one.size() == 1) {
                    body = one;
                } else if (is_int(v) && int_to_int64(v, &byte) && byte >= 0 && byte < 256) {
                    body = std::string(1, static_cast<char>(byte));
                } else if (is_int(v)) {
                    return interp.raise(interp.exceptions.overflow_error,
                                        "%c arg not in range(256)");
                } else {
                    return interp.raise_type_error(
                        "%c requires an integer in range(256) or a single byte");
                }
            } else if (!bytes_piece(interp, v, &body)) {
                return Value::error();
            }
            if (conv != 'c' && spec.precision >= 0 &&
                static_cast<size_t>(spec.precision) < body.size()) {
                body.resize(static_cast<size_t>(spec.precision));
            }
            out += pad_bytes(spec, body);
            continue;
        }
        switch (conv) {
        case 's':
        case 'r':
        case 'a': {
            Str* s = conv == 's'   ? ops::str(interp, v)
                     : conv == 'r' ? ops::repr(interp, v)
                                   : ascii_repr(interp, v);
            if (!s) return Value::error();
            std::string body(s->view());
            if (spec.precision >= 0 && static_cast<size_t>(spec.precision) < s->length()) {
                body = body.substr(0, s->byte_offset(static_cast<size_t>(spec.precision)));
            }
            Spec str_spec = spec;
            str_spec.sign = 0;
            piece = Str::make(interp, pad(str_spec, body, 0, '>'));
            break;
        }
        case 'd':
        case 'i':
        case 'u':
        case 'x':
        case 'X':
        case 'o': {
            Value n = v;
            const bool decimal = conv == 'd' || conv == 'i' || conv == 'u';
            if (!is_int(v)) {
                // A number-like object converts as int() (decimal) or __index__ (the others).
                const bool number_like = v.is_float() || has_special("__index__") ||
                                         has_special("__int__") || has_special("__float__");
                if (number_like) {
                    n = decimal ? ops::call(interp, interp.types.int_->value(), &v, 1)
                                : ops::index(interp, v);
                    if (n.is_error()) {
                        if (!interp.pending_matches(interp.exceptions.type_error)) return n;
                        interp.clear_pending();
                    }
                }
                if (!number_like || n.is_error()) {
                    return interp.raise_format(
                        interp.exceptions.type_error,
                        decimal ? "%%%c format: a real number is required, not %s"
                                : "%%%c format: an integer is required, not %s",
                        conv, tname(interp, v).c_str());
                }
            }
            Rooted keep_n(interp.shadow_roots(), n);
            Spec int_spec = spec;
            int_spec.type = conv == 'i' || conv == 'u' ? 'd' : conv;
            int_spec.precision = -1;
            if (spec.precision > 0) {
                // The precision is a minimum number of digits, zero-padded after the sign and
                // the 0x/0o prefix; the width then pads the whole.
                Spec bare = int_spec;
                bare.width = -1;
                bare.fill = " ";
                Str* digits = format_int(interp, n, bare, n);
                if (!digits) return Value::error();
                std::string text_digits(digits->view());
                size_t prefix = 0;
                while (prefix < text_digits.size() &&
                       !std::isxdigit(static_cast<unsigned char>(text_digits[prefix]))) {
                    ++prefix;
                }
                if (spec.alternate && conv != 'd' && conv != 'i' && conv != 'u') prefix += 2;
                const size_t count = text_digits.size() - prefix;
                if (count < static_cast<size_t>(spec.precision)) {
                    text_digits.insert(prefix, static_cast<size_t>(spec.precision) - count, '0');
                }
                piece = Str::make(interp, pad(spec, text_digits, prefix, '>'));
                break;
            }
            piece = format_int(interp, n, int_spec, n);
            break;
        }
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G': {
            double d;
            bool is_number;
            if (!number_to_double(interp, v, &d, &is_number) && !is_number &&
                has_special("__float__")) {
                const Value f = ops::call(interp, interp.types.float_->value(), &v, 1);
                if (f.is_error()) return f;
                d = float_value(f);
                is_number = true;
            } else if (!is_number || interp.has_pending()) {
                if (!is_number) {
                    return interp.raise_format(interp.exceptions.type_error,
                                               "must be real number, not %s",
                                               tname(interp, v).c_str());
                }
                return Value::error();
            }
            Spec float_spec = spec;
            float_spec.type = conv;
            if (float_spec.precision < 0) float_spec.precision = 6;
            piece = format_float(interp, d, float_spec, v);
            break;
        }
        case 'c': {
            std::string body;
            if (!is_str(v) && !is_int(v) && has_special("__index__")) {
                v = ops::index(interp, v);
                if (v.is_error()) return v;
            }
            if (is_str(v) && as_str(v)->length() == 1) {
                body = std::string(as_str(v)->view());
            } else if (is_int(v)) {
                int64_t cp;
                if (!int_to_int64(v, &cp) || cp < 0 || cp > 0x10FFFF) {
                    return interp.raise(interp.exceptions.overflow_error,
                                        "%c arg not in range(0x110000)");
                }
                append_utf8(body, static_cast<uint32_t>(cp));
            } else {
                return interp.raise_type_error("%c requires int or char");
            }
            piece = Str::make(interp, pad(spec, body, 0, '>'));
            break;
        }
        default: {
            auto code = static_cast<unsigned char>(conv);
            return interp.raise_format(interp.exceptions.value_error,
                                       "unsupported format character '%c' (0x%x) at index %zu",
                                       conv, code, i - 1);
        }
        }
        if (!piece) return Value::error();
        out += piece->view();
    }
    if (next_arg < nargs && mapping.is_absent() && !used_mapping) {
        return interp.raise_type_error(
            bytes_mode ? "not all arguments converted during bytes formatting"
                       : "not all arguments converted during string formatting");
    }
    if (bytes_mode) return Bytes::make(interp, out)->value();
    return Str::make(interp, out)->value();
}

Value str_mod(Interpreter& interp, Value a, Value b) {
    if (!is_str(a)) return interp.not_implemented;
    return percent_format(interp, as_str(a)->view(), b, false);
}

Value bytes_mod(Interpreter& interp, Value a, Value b) {
    std::string_view text;
    if (!bytes_like_view(interp, a, &text)) return interp.not_implemented;
    std::string copy(text);
    Value r = percent_format(interp, copy, b, true);
    if (r.is_error() || !is_bytearray(interp, a)) return r;
    return ByteArray::make(interp, as_bytes(r)->view())->value();
}

Value dunder_format(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "__format__", nargs - 1)) return Value::error();
    if (!is_str(args[1])) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "__format__() argument must be str, not %s",
                                   tname(interp, args[1]).c_str());
    }
    Type* t = type_of(interp, args[0]);
    if (is_complex(interp, args[0])) {
        Str* r = format_value(interp, args[0], as_str(args[1]));
        return r ? r->value() : Value::error();
    }
    // An empty spec means str(self), which a subclass may have overridden.
    if (t == interp.types.object || as_str(args[1])->byte_length() == 0 ||
        !(is_str(args[0]) || is_int(args[0]) || is_float_instance(args[0]))) {
        if (as_str(args[1])->byte_length() != 0) {
            return interp.raise_format(interp.exceptions.type_error,
                                       "unsupported format string passed to %s.__format__",
                                       tname(interp, args[0]).c_str());
        }
        Str* s = ops::str(interp, args[0]);
        return s ? s->value() : Value::error();
    }
    Spec spec;
    if (!parse_spec(interp, as_str(args[1])->view(), args[0], &spec)) return Value::error();
    Str* r = is_str(args[0])   ? format_str(interp, as_str(args[0]), spec, args[0])
             : is_int(args[0]) ? format_int(interp, args[0], spec, args[0])
                               : format_float(interp, float_value(args[0]), spec, args[0]);
    return r ? r->value() : Value::error();
}

// object.__format__: str(self) for an empty spec, an error for any other.
Value object_dunder_format(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "__format__", nargs - 1)) return Value::error();
    if (!is_str(args[1])) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "__format__() argument must be str, not %s",
                                   tname(interp, args[1]).c_str());
    }
    if (as_str(args[1])->byte_length() != 0) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "unsupported format string passed to %s.__format__",
                                   tname(interp, args[0]).c_str());
    }
    Str* s = ops::str(interp, args[0]);
    return s ? s->value() : Value::error();
}

} // namespace

void init_format(Interpreter& interp) {
    interp.types.str->slots.binary[static_cast<int>(BinaryOp::Mod)] = str_mod;
    interp.types.bytes->slots.binary[static_cast<int>(BinaryOp::Mod)] = bytes_mod;
    interp.types.bytearray->slots.binary[static_cast<int>(BinaryOp::Mod)] = bytes_mod;
    add_method(interp, interp.types.str, "format", str_format);
    add_method(interp, interp.types.str, "format_map", str_format_map);
    add_method(interp, interp.types.object, "__format__", object_dunder_format);
    for (Type* t :
         {interp.types.str, interp.types.int_, interp.types.float_, interp.types.complex}) {
        add_method(interp, t, "__format__", dunder_format);
    }
}

} // namespace coil::vm
