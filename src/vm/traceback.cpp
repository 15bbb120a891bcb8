// Tracebacks: entries, and printing after CPython 3.11's Python/traceback.c and
// pythonrun.c (print_exception_recursive, tb_displayline, print_error_location_carets).
#include "vm/traceback.hpp"

#include "vm/code.hpp"
#include "vm/dict.hpp"
#include "vm/exception.hpp"
#include "vm/frame.hpp"
#include "vm/heap.hpp"
#include "vm/str.hpp"
#include "vm/text_stream.hpp"
#include "vm/type.hpp"

#include <unordered_set>
#include <vector>

namespace coil::vm {

void add_traceback(Interpreter& interp, Value exc, Frame* frame) {
    if (!is_exception_instance(exc)) return;
    BaseException* e = as_exception(exc);
    Traceback* tb = interp.heap().make<Traceback>(interp.types.traceback);
    tb->next = e->traceback;
    tb->frame = frame;
    tb->lasti = frame->lasti;
    frame->escaped = true;
    e->traceback = tb->value();
}

namespace {

// CPython stops printing identical consecutive entries after this many.
constexpr int recursive_cutoff = 3;
// sys.tracebacklimit's default.
constexpr size_t traceback_limit = 1000;

bool is_indent(char c) {
    return c == ' ' || c == '\t' || c == '\014';
}
bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\014' || c == '\n' || c == '\r';
}

// Code points in the first `bytes` bytes of `text`.
size_t chars_in(std::string_view text, size_t bytes) {
    size_t n = 0;
    for (size_t i = 0; i < bytes && i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
    }
    return n;
}

// The marker line under a source line, or "" when CPython shows none.
std::string caret_line(const CodeObject* code, uint32_t lasti, std::string_view line,
                       uint32_t line_start, size_t indent) {
    if (lasti >= code->positions.size()) return {};
    const Span span = code->positions[lasti];
    if (span.end <= span.begin) return {};
    const SourceFile& src = *code->source;
    const LineColumn begin = src.locate(span.begin);
    const LineColumn end = src.locate(span.end);
    size_t start_offset = chars_in(line, begin.column);
    size_t end_offset;
    long left_end = -1;
    long right_start = -1;
    const char* primary = "^";
    const char* secondary = "^";
    if (begin.line == end.line) {
        end_offset = chars_in(line, end.column);
        if (const CaretAnchor* a = code->anchor_for(lasti)) {
            left_end = static_cast<long>(chars_in(line, a->left_end - line_start));
            right_start = static_cast<long>(chars_in(line, a->right_start - line_start));
            primary = "~";
        }
    } else {
        size_t i = line.size();
        while (i > 0 && is_space(line[i - 1])) --i;
        end_offset = chars_in(line, i);
    }
    const size_t stripped_len = chars_in(line, line.size()) - chars_in(line, indent);
    const bool secondary_ranges = left_end != -1 || right_start != -1;
    if (end_offset - start_offset == stripped_len && !secondary_ranges) return {};
    std::string out = "    ";
    for (size_t offset = chars_in(line, indent) + 1; offset <= end_offset; ++offset) {
        if (offset <= start_offset) {
            out += ' ';
        } else if (secondary_ranges && left_end < static_cast<long>(offset) &&
                   static_cast<long>(offset) <= right_start) {
            out += secondary;
        } else {
            out += primary;
        }
    }
    return out + "\n";
}

void format_entry(std::string& out, const Traceback* tb) {
    const CodeObject* code = tb->frame->code;
    const uint32_t lineno = code->line_of(tb->lasti);
    out += "  File \"";
    out += code->filename->view();
    out += "\", line " + std::to_string(lineno) + ", in ";
    out += code->name->view();
    out += '\n';
    // Like linecache, only real files have source lines ("<string>", "<stdin>" do not).
    if (!code->source || code->filename->view().starts_with('<')) return;
    if (lineno == 0 || lineno > code->source->line_count()) return;
    std::string_view line = code->source->line_text(lineno);
    size_t indent = 0;
    while (indent < line.size() && is_indent(line[indent])) ++indent;
    if (indent == line.size()) return;
    out += "    ";
    out += line.substr(indent);
    out += '\n';
    out += caret_line(code, tb->lasti, line, code->source->line_start(lineno), indent);
}

void format_traceback(std::string& out, Value tb_value) {
    size_t depth = 0;
    for (Value t = tb_value; t.is_object(); t = static_cast<Traceback*>(t.as_object())->next) {
        ++depth;
    }
    Value t = tb_value;
    while (depth > traceback_limit) {
        t = static_cast<Traceback*>(t.as_object())->next;
        --depth;
    }
    const Str* last_file = nullptr;
    const Str* last_name = nullptr;
    uint32_t last_line = 0;
    long count = 0;
    auto repeated = [&]() {
        if (count > recursive_cutoff) {
            const long more = count - recursive_cutoff;
            out += "  [Previous line repeated " + std::to_string(more) + " more time" +
                   (more > 1 ? "s" : "") + "]\n";
        }
    };
    for (; t.is_object(); t = static_cast<Traceback*>(t.as_object())->next) {
        const Traceback* tb = static_cast<Traceback*>(t.as_object());
        const CodeObject* code = tb->frame->code;
        const uint32_t line = code->line_of(tb->lasti);
        if (code->filename != last_file || line != last_line || code->name != last_name) {
            repeated();
            last_file = code->filename;
            last_line = line;
            last_name = code->name;
            count = 0;
        }
        if (++count <= recursive_cutoff) format_entry(out, tb);
    }
    repeated();
}

// "TypeError: message", or "module.Name: message" for classes outside builtins and __main__.
void format_exception_only(Interpreter& interp, std::string& out, Value exc) {
    Type* type = type_of(interp, exc);
    Value module = type_lookup(type, interp.names.dunder_module);
    if (is_str(module) && !as_str(module)->equals("builtins") &&
        !as_str(module)->equals("__main__")) {
        out += as_str(module)->view();
        out += '.';
    }
    out += type->qualname ? type->qualname->view() : type->name->view();
    Str* message = exception_str(interp, exc);
    if (!message) {
        interp.clear_pending();
        out += ": <exception str() failed>\n";
        return;
    }
    if (message->byte_length()) {
        out += ": ";
        out += message->view();
    }
    out += '\n';
}

// CPython's print_exception_recursive, as a loop: the chain is collected first (a cause,
// else an unsuppressed context, never one already seen), then printed oldest first.
void format_chain(Interpreter& interp, std::string& out, Value exc) {
    struct Link {
        Value exc;
        const char* separator; // how the newer exception before it in `chain` relates to it
    };
    std::vector<Link> chain;
    std::unordered_set<Object*> seen;
    const char* separator = nullptr;
    for (Value e = exc;;) {
        chain.push_back(Link{e, separator});
        if (e.is_object()) seen.insert(e.as_object());
        if (!is_exception_instance(e)) break;
        BaseException* b = as_exception(e);
        Value next;
        if (!b->cause.is_none()) {
            next = b->cause;
            separator = "\nThe above exception was the direct cause of the following "
                        "exception:\n\n";
        } else if (!b->context.is_none() && !b->suppress_context) {
            next = b->context;
            separator = "\nDuring handling of the above exception, another exception "
                        "occurred:\n\n";
        } else {
            break;
        }
        if (next.is_object() && seen.count(next.as_object())) break;
        e = next;
    }
    for (size_t i = chain.size(); i-- > 0;) {
        const Value e = chain[i].exc;
        if (is_exception_instance(e) && as_exception(e)->traceback.is_object()) {
            out += "Traceback (most recent call last):\n";
            format_traceback(out, as_exception(e)->traceback);
        }
        format_exception_only(interp, out, e);
        if (i > 0) out += chain[i].separator;
    }
}

Value traceback_getattr(Interpreter& interp, Value self, Str* name, bool suppress_missing) {
    auto* tb = static_cast<Traceback*>(self.as_object());
    if (name->equals("tb_next")) return tb->next;
    if (name->equals("tb_frame")) return tb->frame->value();
    if (name->equals("tb_lasti")) return Value::from_small_int(int64_t{tb->lasti} * 2);
    if (name->equals("tb_lineno")) {
        return Value::from_small_int(tb->frame->code->line_of(tb->lasti));
    }
    return generic_getattr(interp, self, name, suppress_missing);
}

void traceback_trace(Object* self, Tracer& tracer) {
    auto* tb = static_cast<Traceback*>(self);
    tracer.mark(tb->next);
    tracer.mark(tb->frame);
}

} // namespace

std::string format_exception(Interpreter& interp, Value exc) {
    std::string out;
    format_chain(interp, out, exc);
    return out;
}

void print_exception(Interpreter& interp, Value exc) {
    std::string text = format_exception(interp, exc);
    interp.stderr_stream->write(interp, text);
    interp.flush_output();
}

void init_traceback_type(Interpreter& interp) {
    Type* t = make_builtin_type(interp, "traceback", interp.types.object, sizeof(Traceback), 0);
    t->slots.getattr = traceback_getattr;
    t->slots.trace = traceback_trace;
    interp.types.traceback = t;
}

} // namespace coil::vm
