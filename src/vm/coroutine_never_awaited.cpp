// The never-awaited-coroutine RuntimeWarning, printed as CPython 3.11's warnings module does.
#include "vm/coroutine_never_awaited.hpp"

#include "vm/code.hpp"
#include "vm/dict.hpp"
#include "vm/frame.hpp"
#include "vm/generator.hpp"
#include "vm/heap.hpp"
#include "vm/str.hpp"
#include "vm/text_stream.hpp"
#include "vm/tuple.hpp"

namespace coil::vm {

namespace {

std::string_view strip(std::string_view s) {
    const auto blank = [](char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
    };
    while (!s.empty() && blank(s.front())) s.remove_prefix(1);
    while (!s.empty() && blank(s.back())) s.remove_suffix(1);
    return s;
}

// The default filter shows a warning once per (text, category, line) of a module; false when
// this one was already shown.
bool first_time_here(Interpreter& interp, Frame* frame, const std::string& text, Type* category,
                     uint32_t line) {
    Dict* globals = frame->globals;
    if (!globals) return true;
    Str* registry_name = interp.intern("__warningregistry__");
    Value registry = globals->get(registry_name);
    if (registry.is_absent() || !is_dict(registry)) {
        registry = Value::from_object(Dict::make(interp));
        Rooted keep_registry(interp.shadow_roots(), registry);
        globals->set(interp, registry_name, registry);
    }
    Rooted keep_registry(interp.shadow_roots(), registry);
    Value message = Value::from_object(Str::make(interp, text));
    Rooted keep_message(interp.shadow_roots(), message);
    Value key = Value::from_object(
        Tuple::make(interp, {message, Value::from_object(category),
                             Value::from_small_int(static_cast<int64_t>(line))}));
    Rooted keep_key(interp.shadow_roots(), key);
    Value seen = as_dict(registry)->get(interp, key);
    if (seen.is_error()) {
        interp.clear_pending();
        return true;
    }
    if (!seen.is_absent()) return false;
    if (as_dict(registry)->set(interp, key, Value::true_()) < 0) interp.clear_pending();
    return true;
}

} // namespace

void warn_if_coroutine_never_awaited(Interpreter& interp, Frame* frame, Value discarded) {
    if (!is_coroutine(interp, discarded)) return;
    Generator* coro = as_generator(discarded);
    if (!coro->frame || coro->frame->pc != 0 || coro->running) return;
    Rooted keep(interp.shadow_roots(), discarded);
    const auto found = interp.exceptions.by_name.find("RuntimeWarning");
    if (found == interp.exceptions.by_name.end()) return;
    Type* category = found->second;
    const std::string category_name(category->name->view());
    const std::string text =
        "coroutine '" + std::string(coro->qualname->view()) + "' was never awaited";
    const uint32_t line = frame->line();
    if (!first_time_here(interp, frame, text, category, line)) return;
    CodeObject* code = frame->code;
    std::string out = std::string(code->filename->view()) + ":" + std::to_string(line) + ": " +
                      category_name + ": " + text + "\n";
    if (code->source && line > 0 && line <= code->source->line_count()) {
        const std::string_view source_line = strip(code->source->line_text(line));
        if (!source_line.empty()) out += "  " + std::string(source_line) + "\n";
    }
    out += category_name + ": Enable tracemalloc to get the object allocation traceback\n";
    interp.stderr_stream->write(interp, out);
    interp.flush_output();
}

} // namespace coil::vm
