// The never-awaited-coroutine RuntimeWarning, printed as CPython 3.11's warnings module does,
// and the collector's part in finding the coroutines it is for.
#include "vm/coroutine_never_awaited.hpp"

#include "vm/code.hpp"
#include "vm/dict.hpp"
#include "vm/frame.hpp"
#include "vm/generator.hpp"
#include "vm/heap.hpp"
#include "vm/str.hpp"
#include "vm/text_stream.hpp"
#include "vm/tuple.hpp"

#include <algorithm>
#include <set>
#include <string>

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
bool first_time_here(Interpreter& interp, Dict* globals, const std::string& text, Type* category,
                     uint32_t line) {
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

Type* runtime_warning(Interpreter& interp) {
    const auto found = interp.exceptions.by_name.find("RuntimeWarning");
    return found == interp.exceptions.by_name.end() ? nullptr : found->second;
}

std::string never_awaited_text(const Coroutine* coro) {
    return "coroutine '" + std::string(generator_qualname(coro)->view()) + "' was never awaited";
}

// Never started, not running, and not reported yet: what CPython's finalizer warns about.
bool never_started(const Coroutine* coro) {
    return coro->frame && coro->frame->pc == 0 && !coro->running && !coro->reported;
}

// The warning as the warnings module shows it for line `line` of `code`, whose module
// namespace `globals` keeps the once-per-line registry.
void warn_at(Interpreter& interp, Coroutine* coro, CodeObject* code, uint32_t line, Dict* globals) {
    coro->reported = true;
    Type* category = runtime_warning(interp);
    if (!category) return;
    Rooted keep(interp.shadow_roots(), coro->value());
    const std::string category_name(category->name->view());
    const std::string text = never_awaited_text(coro);
    if (!first_time_here(interp, globals, text, category, line)) return;
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

} // namespace

void warn_if_coroutine_never_awaited(Interpreter& interp, Frame* frame, Value discarded) {
    if (!is_coroutine(interp, discarded)) return;
    Coroutine* coro = as_coroutine(discarded);
    if (!never_started(coro)) return;
    if (interp.unstarted_coroutines.size() > 1) {
        // Coroutines that died before this one are reported first, as CPython would. Only
        // when there are others: `f()` forgotten in a loop must not collect every time.
        Rooted keep(interp.shadow_roots(), discarded);
        interp.heap().collect();
    }
    warn_at(interp, coro, frame->code, frame->line(), frame->globals);
    if (coro->unstarted_index != Coroutine::not_unstarted) forget_unstarted_coroutine(interp, coro);
}

void note_unstarted_coroutine(Interpreter& interp, Coroutine* coro, const Frame* site) {
    auto& unstarted = interp.unstarted_coroutines;
    coro->unstarted_index = static_cast<uint32_t>(unstarted.size());
    unstarted.push_back(UnstartedCoroutine{coro, site ? site->code : nullptr,
                                           site ? site->globals : nullptr, site ? site->lasti : 0,
                                           ++interp.coroutines_made});
}

void forget_unstarted_coroutine(Interpreter& interp, Coroutine* coro) {
    auto& unstarted = interp.unstarted_coroutines;
    const uint32_t index = coro->unstarted_index;
    coro->unstarted_index = Coroutine::not_unstarted;
    if (index + 1 != unstarted.size()) {
        unstarted[index] = unstarted.back();
        static_cast<Coroutine*>(unstarted[index].coroutine)->unstarted_index = index;
    }
    unstarted.pop_back();
    // 100k tasks made at once leave a big buffer behind once they all start.
    if (unstarted.capacity() >= 4096 && unstarted.size() < unstarted.capacity() / 4) {
        unstarted.shrink_to_fit();
    }
}

namespace {

void sort_by_creation(std::vector<UnstartedCoroutine>& records) {
    std::sort(records.begin(), records.end(),
              [](const UnstartedCoroutine& a, const UnstartedCoroutine& b) {
                  return a.serial < b.serial;
              });
}

} // namespace

std::vector<UnstartedCoroutine> keep_coroutines_never_awaited(Interpreter& interp,
                                                              Tracer& tracer) {
    std::vector<UnstartedCoroutine> dead;
    auto& unstarted = interp.unstarted_coroutines;
    size_t kept = 0;
    for (const UnstartedCoroutine& record : unstarted) {
        auto* coro = static_cast<Coroutine*>(record.coroutine);
        coro->unstarted_index = Coroutine::not_unstarted;
        if (!never_started(coro)) continue;
        tracer.mark(record.origin_code);
        tracer.mark(record.origin_globals);
        if (coro->gc_link & Tracer::mark_bit) {
            coro->unstarted_index = static_cast<uint32_t>(kept);
            unstarted[kept++] = record;
        } else {
            tracer.mark(coro);
            dead.push_back(record);
        }
    }
    unstarted.resize(kept);
    sort_by_creation(dead);
    return dead;
}

void report_coroutines_never_awaited(Interpreter& interp,
                                     const std::vector<UnstartedCoroutine>& dead) {
    for (const UnstartedCoroutine& record : dead) {
        auto* coro = static_cast<Coroutine*>(record.coroutine);
        if (!never_started(coro)) continue;
        if (record.origin_code) {
            warn_at(interp, coro, record.origin_code,
                    record.origin_code->line_of(record.origin_lasti), record.origin_globals);
        } else {
            coro->reported = true;
        }
    }
}

void report_coroutines_never_awaited_at_exit(Interpreter& interp) {
    interp.heap().collect();
    Type* category = runtime_warning(interp);
    if (!category) return;
    auto& unstarted = interp.unstarted_coroutines;
    sort_by_creation(unstarted);
    std::set<std::string> shown;
    std::string out;
    for (const UnstartedCoroutine& record : unstarted) {
        auto* coro = static_cast<Coroutine*>(record.coroutine);
        coro->unstarted_index = Coroutine::not_unstarted;
        if (!never_started(coro)) continue;
        coro->reported = true;
        const std::string text = never_awaited_text(coro);
        if (!shown.insert(text).second) continue;
        out += "sys:1: " + std::string(category->name->view()) + ": " + text + "\n";
    }
    unstarted.clear();
    if (out.empty()) return;
    interp.stderr_stream->write(interp, out);
    interp.flush_output();
}

} // namespace coil::vm
