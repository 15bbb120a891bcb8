// Tracebacks: entries, and printing after CPython 3.11's Python/traceback.c and
// pythonrun.c (print_exception_recursive, tb_displayline, print_error_location_carets).
#include "vm/traceback.hpp"

#include "common/diagnostic.hpp"

#include "vm/code.hpp"
#include "vm/dict.hpp"
#include "vm/exception.hpp"
#include "vm/exception_group.hpp"
#include "vm/frame.hpp"
#include "vm/heap.hpp"
#include "vm/list.hpp"
#include "vm/ops.hpp"
#include "vm/str.hpp"
#include "vm/text_stream.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <sys/stat.h>
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
    // Like linecache, only files on disk have source lines: not "<string>", "<stdin>", nor the
    // made-up file name of code given to compile().
    if (!code->source || code->filename->view().starts_with('<')) return;
    struct stat on_disk;
    if (::stat(std::string(code->filename->view()).c_str(), &on_disk) != 0) return;
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
// A SyntaxError's attribute, None when unset.
Value syntax_field(Interpreter& interp, Value exc, const char* name) {
    const Value v = ops::get_attr_optional(interp, exc, interp.intern(name));
    if (v.is_error()) interp.clear_pending();
    return v.is_error() || v.is_absent() ? Value::none() : v;
}

// pythonrun.c's print_exception_file_and_line: where a SyntaxError raised at run time (by an
// import, exec or compile) points, from its attributes. Returns its msg for the last line, or
// nullptr when it has no line number and prints like any other exception.
Str* format_syntax_error_location(Interpreter& interp, std::string& out, Value exc) {
    const Value lineno = syntax_field(interp, exc, "lineno");
    if (!lineno.is_small_int()) return nullptr;
    const Value filename = syntax_field(interp, exc, "filename");
    out += "  File \"";
    out += is_str(filename) ? as_str(filename)->view() : std::string_view("<string>");
    out += "\", line " + std::to_string(lineno.as_small_int()) + "\n";
    const Value text = syntax_field(interp, exc, "text");
    if (is_str(text)) {
        const Value offset_value = syntax_field(interp, exc, "offset");
        const Value end_lineno = syntax_field(interp, exc, "end_lineno");
        const Value end_offset_value = syntax_field(interp, exc, "end_offset");
        const int64_t offset = offset_value.is_small_int() ? offset_value.as_small_int() : -1;
        int64_t end_offset = end_offset_value.is_small_int() ? end_offset_value.as_small_int() : -1;
        const int64_t line_size = static_cast<int64_t>(as_str(text)->byte_length());
        if (end_lineno.is_small_int() && end_lineno.as_small_int() > lineno.as_small_int()) {
            end_offset = line_size;
        }
        if (end_offset > line_size + 1) end_offset = line_size + 1;
        auto found = interp.exceptions.by_name.find("IndentationError");
        if (found != interp.exceptions.by_name.end() && is_instance(interp, exc, found->second)) {
            end_offset = -1;
        }
        out += render_error_text(offset, end_offset, as_str(text)->view());
    }
    const Value msg = syntax_field(interp, exc, "msg");
    Str* shown = ops::str(interp, msg);
    if (!shown) interp.clear_pending();
    return shown;
}

void format_exception_only(Interpreter& interp, std::string& out, Value exc) {
    Type* type = type_of(interp, exc);
    Str* syntax_message = nullptr;
    if (is_instance(interp, exc, interp.exceptions.syntax_error)) {
        syntax_message = format_syntax_error_location(interp, out, exc);
    }
    Value module = type_lookup(type, interp.names.dunder_module);
    if (is_str(module) && !as_str(module)->equals("builtins") &&
        !as_str(module)->equals("__main__")) {
        out += as_str(module)->view();
        out += '.';
    }
    out += type->qualname ? type->qualname->view() : type->name->view();
    Str* message = syntax_message ? syntax_message : exception_str(interp, exc);
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

// CPython's limits on how much of an exception group is shown.
constexpr int max_group_width = 15;
constexpr int max_group_depth = 10;

// What printing one exception (with its chain and, for groups, its sub-exceptions) shares:
// the exceptions already shown, and the box drawing of nested groups (pythonrun.c's
// exception_print_context).
struct PrintContext {
    Interpreter& interp;
    std::string& out;
    std::unordered_set<Object*> seen;
    int group_depth = 0;
    bool need_close = false;

    std::string indent() const { return std::string(2 * static_cast<size_t>(group_depth), ' '); }
    const char* margin() const { return group_depth ? "| " : ""; }
    void indented_margin() {
        out += indent();
        out += margin();
    }
    // Appends `text`, each of its lines after `prefix`.
    void append_lines(std::string_view text, const std::string& prefix) {
        size_t at = 0;
        while (at < text.size()) {
            size_t nl = text.find('\n', at);
            size_t stop = nl == std::string_view::npos ? text.size() : nl + 1;
            out += prefix;
            out += text.substr(at, stop - at);
            at = stop;
        }
    }
};

// __notes__, one line of a note after another, as print_exception_notes does.
void format_notes(PrintContext& ctx, Value exc) {
    Interpreter& interp = ctx.interp;
    const Value notes = ops::get_attr_optional(interp, exc, interp.names.dunder_notes);
    if (notes.is_error()) {
        interp.clear_pending();
        return;
    }
    if (notes.is_absent()) return;
    Type* t = type_of(interp, notes);
    if (!t->slots.getitem || is_dict(notes)) {
        ctx.indented_margin();
        Str* r = ops::repr(interp, notes);
        if (r) {
            ctx.out += r->view();
        } else {
            interp.clear_pending();
            ctx.out += "<__notes__ repr() failed>";
        }
        return;
    }
    const Value items = ops::call(interp, interp.types.list->value(), &notes, 1);
    if (items.is_error()) {
        interp.clear_pending();
        return;
    }
    Rooted keep(interp.shadow_roots(), items);
    for (size_t i = 0; i < as_list(items)->size(); ++i) {
        const Value note = (*as_list(items))[i];
        Str* text = is_str(note) ? as_str(note) : ops::str(interp, note);
        std::string_view view;
        if (text) {
            view = text->view();
        } else {
            interp.clear_pending();
            view = "<note str() failed>";
        }
        std::string prefix = ctx.indent() + ctx.margin();
        ctx.append_lines(view, prefix);
        ctx.out += '\n';
    }
}

// One exception without its chain: traceback, "Type: message" and notes.
void format_single(PrintContext& ctx, Value exc, bool group) {
    Interpreter& interp = ctx.interp;
    if (is_exception_instance(exc) && as_exception(exc)->traceback.is_object()) {
        std::string header_margin = ctx.margin();
        const char* header = "Traceback (most recent call last):\n";
        if (group) {
            header = "Exception Group Traceback (most recent call last):\n";
            if (ctx.group_depth == 1) header_margin = "+ ";
        }
        ctx.out += ctx.indent();
        ctx.out += header_margin;
        ctx.out += header;
        std::string entries;
        format_traceback(entries, as_exception(exc)->traceback);
        ctx.append_lines(entries, ctx.indent() + ctx.margin());
    }
    ctx.indented_margin();
    format_exception_only(interp, ctx.out, exc);
    if (is_exception_instance(exc)) format_notes(ctx, exc);
}

void format_recursive(PrintContext& ctx, Value exc);

// pythonrun.c's print_exception_group: the group, then each sub-exception in its box.
void format_group(PrintContext& ctx, Value exc) {
    if (ctx.group_depth > max_group_depth) {
        ctx.indented_margin();
        ctx.out += "... (max_group_depth is " + std::to_string(max_group_depth) + ")\n";
        return;
    }
    const bool outermost = ctx.group_depth == 0;
    if (outermost) ctx.group_depth = 1;
    format_single(ctx, exc, true);
    Tuple* excs = as_exception_group(exc)->exceptions;
    const size_t count = excs->size();
    const size_t shown = count <= max_group_width ? count : max_group_width + 1;
    ctx.need_close = false;
    for (size_t i = 0; i < shown; ++i) {
        const bool last = i == shown - 1;
        if (last) ctx.need_close = true; // a nested group's last box may close this one
        const bool truncated = i >= static_cast<size_t>(max_group_width);
        ctx.out += ctx.indent();
        ctx.out += i == 0 ? "+-" : "  ";
        ctx.out += truncated ? "+---------------- ... ----------------\n"
                             : "+---------------- " + std::to_string(i + 1) + " ----------------\n";
        ++ctx.group_depth;
        if (!truncated) {
            format_recursive(ctx, (*excs)[i]);
        } else {
            const size_t remaining = count - max_group_width;
            ctx.indented_margin();
            ctx.out += "and " + std::to_string(remaining) + " more exception" +
                       (remaining > 1 ? "s" : "") + "\n";
        }
        if (last && ctx.need_close) {
            ctx.out += ctx.indent();
            ctx.out += "+------------------------------------\n";
            ctx.need_close = false;
        }
        --ctx.group_depth;
    }
    if (outermost) ctx.group_depth = 0;
}

bool is_printable_group(Interpreter& interp, Value exc) {
    return is_exception_group(interp, exc) && as_exception_group(exc)->exceptions;
}

// CPython's print_exception_recursive, with the chain walked as a loop: it is collected
// first (a cause, else an unsuppressed context, never one already seen), then printed oldest
// first, each followed by the line saying how it led to the next.
void format_recursive(PrintContext& ctx, Value exc) {
    struct Link {
        Value exc;
        const char* message; // how it led to the newer exception printed after it
    };
    std::vector<Link> chain;
    for (Value e = exc;;) {
        if (e.is_object()) ctx.seen.insert(e.as_object());
        if (!is_exception_instance(e)) break;
        BaseException* b = as_exception(e);
        Value next;
        const char* message;
        if (!b->cause.is_none()) {
            next = b->cause;
            message = "The above exception was the direct cause of the following exception:\n";
        } else if (!b->context.is_none() && !b->suppress_context) {
            next = b->context;
            message = "During handling of the above exception, another exception occurred:\n";
        } else {
            break;
        }
        if (next.is_object() && ctx.seen.count(next.as_object())) break;
        chain.push_back(Link{next, message});
        e = next;
    }
    for (size_t i = chain.size(); i-- > 0;) {
        const bool need_close = ctx.need_close;
        const Value e = chain[i].exc;
        if (is_printable_group(ctx.interp, e)) {
            format_group(ctx, e);
        } else {
            format_single(ctx, e, false);
        }
        ctx.need_close = need_close;
        ctx.indented_margin();
        ctx.out += '\n';
        ctx.indented_margin();
        ctx.out += chain[i].message;
        ctx.indented_margin();
        ctx.out += '\n';
    }
    if (is_printable_group(ctx.interp, exc)) {
        format_group(ctx, exc);
    } else {
        format_single(ctx, exc, false);
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
    Rooted keep(interp.shadow_roots(), exc);
    PrintContext ctx{interp, out, {}, 0, false};
    format_recursive(ctx, exc);
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
