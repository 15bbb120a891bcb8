// The interpreter loop: one function, computed-goto dispatch, stackless Python-to-Python calls.
//
// Rules for correctness (read before editing):
//  1. `frame`, `code_base`, `pc`, `inst`, `sp`, `stack_base`, `fast` and `consts` cache the
//     running frame in C++ locals. Whatever switches frames (a call of a Python function,
//     RETURN_VALUE, unwinding out of a frame) first saves the running frame's `pc`, `lasti`
//     and `stack_depth` (SAVE_FRAME), then reloads every cached local (LOAD_FRAME).
//  2. `inst` points at the instruction being executed; an instruction that fails jumps to
//     `error` with the exception pending on the interpreter, and `error` turns `inst` into
//     the frame's lasti, the traceback's position. Never advance `inst` before a failure.
//  3. The GC runs only at SAFEPOINT: calls, returns and JUMP_BACKWARD. At a safepoint every
//     live value is in a frame slot (locals, cells and the whole value-stack area are traced,
//     so `sp` need not be published), in exec.handled or in a heap object. A value taken off
//     the stack must be pushed back (or stored) before the next safepoint.
//  4. Operands stay on the stack while an operation that can run Python code uses them (pop
//     after the call, not before): a nested loop may collect garbage, and only the stack
//     keeps them alive.
//  5. Natives that call Python re-enter through run_frame, which counts towards both the
//     recursion limit and the C-stack budget; a Python call from Python never recurses in C++.
//  6. kwnames (from KW_NAMES) is consumed by the CALL right after it and cleared there.
//  7. Exceptions raised by this loop never use C++ `throw`: the per-code exception table
//     decides where a frame resumes, with the stack cut to the handler's depth.
//  8. A generator's frame runs either as the entry of a nested loop (resume_generator: next()
//     from C++, send/throw/close) or linked under the SEND or FOR_ITER that resumed it
//     (is_entry false). YIELD_VALUE, RETURN_VALUE and unwinding tell the two apart by
//     is_entry, and a linked frame's generator bookkeeping (generator_resumed/suspended/
//     finished) is done here, exactly as resume_generator does it.
#include "common/opcodes.hpp"
#include "vm/async_generator.hpp"
#include "vm/async_iteration.hpp"
#include "vm/call.hpp"
#include "vm/code.hpp"
#include "vm/context_manager.hpp"
#include "vm/coroutine_never_awaited.hpp"
#include "vm/dict.hpp"
#include "vm/exception.hpp"
#include "vm/exception_group.hpp"
#include "vm/fast_arith.hpp"
#include "vm/format.hpp"
#include "vm/frame.hpp"
#include "vm/function.hpp"
#include "vm/generator.hpp"
#include "vm/global_cache.hpp"
#include "vm/import.hpp"
#include "vm/list.hpp"
#include "vm/pattern_matching.hpp"
#include "vm/ops.hpp"
#include "vm/range.hpp"
#include "vm/set.hpp"
#include "vm/signals.hpp"
#include "vm/str.hpp"
#include "vm/traceback.hpp"
#include "vm/tuple.hpp"
#include "vm/attribute_cache.hpp"
#include "vm/slot_dispatch.hpp"
#include "vm/type.hpp"

#include <cstring>
#include <sys/resource.h>

#include <string>

namespace coil::vm {

namespace {

// CPython's _PyErr_SetObject: a new exception raised while another is handled gets it as
// __context__, cutting any cycle that would create.
void set_context(Interpreter& interp, Value exc) {
    Value handled = interp.exec.handled;
    if (handled.is_none() || handled == exc || !is_exception_instance(exc)) return;
    Value o = handled;
    while (is_exception_instance(o)) {
        Value context = as_exception(o)->context;
        if (context == exc) {
            as_exception(o)->context = Value::none();
            break;
        }
        o = context;
    }
    as_exception(exc)->context = handled;
}

Value unbound_local(Interpreter& interp, Str* name) {
    return interp.raise_format(interp.exceptions.unbound_local_error,
                               "cannot access local variable '%s' where it is not associated "
                               "with a value",
                               std::string(name->view()).c_str());
}

Value unbound_deref(Interpreter& interp, CodeObject* code, uint32_t index) {
    if (index < code->cellvars.size()) return unbound_local(interp, code->cellvars[index]);
    Str* name = code->freevars[index - code->cellvars.size()];
    return interp.raise_format(interp.exceptions.name_error,
                               "cannot access free variable '%s' where it is not associated with "
                               "a value in enclosing scope",
                               std::string(name->view()).c_str());
}

// A name in a class namespace that is not an exact dict (__prepare__ returned a subclass):
// absent when it is not there, as for a dict.
Value namespace_get(Interpreter& interp, Dict* ns, Str* name) {
    if (ns->type == interp.types.dict) return ns->get(name);
    const Value v = ops::get_item(interp, ns->value(), name->value());
    if (v.is_error() && interp.pending_matches(interp.exceptions.key_error)) {
        interp.clear_pending();
        return Value::absent();
    }
    return v;
}

Value name_not_defined(Interpreter& interp, Str* name) {
    return raise_name_not_defined(interp, name);
}

// The items of an iterable as a tuple or list (the iterable itself when it is one), built
// in a rooted list because each step of a Python iterator may collect garbage.
Value materialize(Interpreter& interp, Value iterable) {
    if (is_tuple(iterable) || is_list(iterable)) return iterable;
    const Value it = ops::get_iter(interp, iterable);
    if (it.is_error()) return it;
    Rooted it_root(interp.shadow_roots(), it);
    List* list = List::make(interp);
    Rooted list_root(interp.shadow_roots(), list->value());
    for (;;) {
        const Value v = ops::iter_next(interp, it);
        if (v.is_error()) return v;
        if (v.is_absent()) return list->value();
        list->append(interp, v);
    }
}

const Value* items_of(Value seq, size_t* n) {
    if (is_tuple(seq)) {
        *n = as_tuple(seq)->size();
        return as_tuple(seq)->items();
    }
    *n = as_list(seq)->size();
    return as_list(seq)->items();
}

bool list_extend(Interpreter& interp, List* list, Value iterable) {
    const Value items = materialize(interp, iterable);
    if (items.is_error()) {
        if (interp.pending_matches(interp.exceptions.type_error) && !is_tuple(iterable) &&
            !is_list(iterable) && !type_of(interp, iterable)->slots.iter) {
            interp.clear_pending();
            interp.raise_format(interp.exceptions.type_error,
                                "Value after * must be an iterable, not %s",
                                std::string(type_name(interp, iterable)).c_str());
        }
        return false;
    }
    size_t n;
    const Value* p = items_of(items, &n);
    for (size_t i = 0; i < n; ++i) list->append(interp, p[i]);
    return true;
}

// UNPACK_SEQUENCE (star false) and UNPACK_EX: pushes `before` items, then (star) a list of
// the middle, then `after` items, the first item ending on top. Iterators are read only as
// far as needed to report "too many values", so an endless one cannot hang.
bool unpack(Interpreter& interp, Value seq, uint32_t before, uint32_t after, bool star,
            Value*& sp) {
    Value items;
    if (is_tuple(seq) || is_list(seq)) {
        items = seq;
    } else {
        const Value it = ops::get_iter(interp, seq);
        if (it.is_error()) {
            if (interp.pending_matches(interp.exceptions.type_error)) {
                interp.clear_pending();
                interp.raise_format(interp.exceptions.type_error,
                                    "cannot unpack non-iterable %s object",
                                    std::string(type_name(interp, seq)).c_str());
            }
            return false;
        }
        Rooted it_root(interp.shadow_roots(), it);
        List* list = List::make(interp);
        Rooted list_root(interp.shadow_roots(), list->value());
        for (;;) {
            if (!star && list->size() > before) break;
            const Value v = ops::iter_next(interp, it);
            if (v.is_error()) return false;
            if (v.is_absent()) break;
            list->append(interp, v);
        }
        items = list->value();
    }
    size_t n;
    const Value* p = items_of(items, &n);
    if (!star) {
        if (n < before) {
            interp.raise_format(interp.exceptions.value_error,
                                "not enough values to unpack (expected %u, got %zu)", before, n);
            return false;
        }
        if (n > before) {
            interp.raise_format(interp.exceptions.value_error,
                                "too many values to unpack (expected %u)", before);
            return false;
        }
        for (size_t i = n; i-- > 0;) *sp++ = p[i];
        return true;
    }
    if (n < before + after) {
        interp.raise_format(interp.exceptions.value_error,
                            "not enough values to unpack (expected at least %u, got %zu)",
                            before + after, n);
        return false;
    }
    // The middle list is made before anything is pushed: `p` may point into `seq`.
    const Value middle = List::make(interp, p + before, n - before - after)->value();
    for (size_t i = n; i-- > n - after;) *sp++ = p[i];
    *sp++ = middle;
    for (size_t i = before; i-- > 0;) *sp++ = p[i];
    return true;
}

// CPython's _PyObject_FunctionStr: "module.qualname()" for functions.
std::string callable_name(Interpreter& interp, Value f) {
    if (is_function(interp, f)) {
        Function* fn = as_function(f);
        std::string name = std::string(fn->qualname->view()) + "()";
        if (is_str(fn->module) && !as_str(fn->module)->equals("builtins")) {
            name = std::string(as_str(fn->module)->view()) + "." + name;
        }
        return name;
    }
    return std::string(type_name(interp, f)) + " object";
}

// DICT_MERGE: `**mapping` into a call's keyword dict; duplicates are errors.
bool dict_merge(Interpreter& interp, Dict* target, Value source, Value callee) {
    if (!is_dict(source)) {
        // Any mapping with keys() will do: dict(mapping) reads it the same way.
        const Value keys = ops::get_attr_optional(interp, source, interp.intern("keys"));
        if (keys.is_error()) return false;
        if (keys.is_absent()) {
            interp.raise_format(interp.exceptions.type_error,
                                "%s argument after ** must be a mapping, not %s",
                                callable_name(interp, callee).c_str(),
                                std::string(type_name(interp, source)).c_str());
            return false;
        }
        source = ops::call(interp, interp.types.dict->value(), &source, 1);
        if (source.is_error()) return false;
    }
    Rooted keep_source(interp.shadow_roots(), source);
    Dict* d = as_dict(source);
    size_t pos = 0;
    Value k, v;
    while (d->next(pos, &k, &v)) {
        Value existing = target->get(interp, k);
        if (existing.is_error()) return false;
        if (!existing.is_absent()) {
            if (is_str(k)) {
                interp.raise_format(interp.exceptions.type_error,
                                    "%s got multiple values for keyword argument '%s'",
                                    callable_name(interp, callee).c_str(),
                                    std::string(as_str(k)->view()).c_str());
            } else {
                interp.raise_type_error("keywords must be strings");
            }
            return false;
        }
        if (target->set(interp, k, v) < 0) return false;
    }
    return true;
}

// CALL_FUNCTION_EX: replaces [args, kwargs?] with the flat argument list and (when there
// are keywords) the tuple of their names, in the same stack slots so both stay rooted.
bool flatten_call_ex(Interpreter& interp, Value callee, Value* slots, bool has_kwargs) {
    const Value args = slots[0];
    const Value items = materialize(interp, args);
    if (items.is_error()) {
        if (interp.pending_matches(interp.exceptions.type_error) && !is_tuple(args) &&
            !is_list(args) && !type_of(interp, args)->slots.iter) {
            interp.clear_pending();
            interp.raise_format(interp.exceptions.type_error,
                                "%s argument after * must be an iterable, not %s",
                                callable_name(interp, callee).c_str(),
                                std::string(type_name(interp, args)).c_str());
        }
        return false;
    }
    size_t n;
    const Value* p = items_of(items, &n);
    List* flat = List::make(interp, p, n);
    slots[0] = flat->value();
    if (!has_kwargs) return true;
    Dict* d = as_dict(slots[1]);
    Tuple* names = Tuple::make(interp, d->size());
    size_t pos = 0, i = 0;
    Value k, v;
    while (d->next(pos, &k, &v)) {
        if (!is_str(k)) {
            interp.raise_type_error("keywords must be strings");
            return false;
        }
        (*names)[i++] = k;
        flat->append(interp, v);
    }
    slots[1] = names->value();
    return true;
}

Value format_value(Interpreter& interp, Value v, uint32_t conversion, Value spec) {
    Str* s = nullptr;
    switch (conversion) {
    case 1:
        s = ops::str(interp, v);
        break;
    case 2:
        s = ops::repr(interp, v);
        break;
    case 3:
        s = ascii_repr(interp, v);
        break;
    default:
        break;
    }
    if (conversion) {
        if (!s) return Value::error();
        v = s->value();
    }
    if (spec.is_absent() && is_str(v)) return v;
    // Builtin values format with an empty spec as str() does; a class may define __format__.
    if ((spec.is_absent() || (is_str(spec) && as_str(spec)->byte_length() == 0)) &&
        !type_of(interp, v)->has_flag(TypeHeap)) {
        Str* r = ops::str(interp, v);
        return r ? r->value() : Value::error();
    }
    Value arg = spec.is_absent() ? interp.empty_str : spec;
    return ops::call_method(interp, v, interp.names.dunder_format, &arg, 1);
}

// An f-string's pieces joined: one allocation, and no scan of the result for its length.
Value build_string(Interpreter& interp, const Value* parts, size_t n) {
    size_t bytes = 0;
    size_t length = 0;
    bool ascii = true;
    for (size_t i = 0; i < n; ++i) {
        const Str* part = as_str(parts[i]);
        bytes += part->byte_length();
        length += part->length();
        ascii = ascii && part->is_ascii();
    }
    Str* s = Str::make_uninitialized(interp, bytes); // bad_alloc (MemoryError) when too big
    char* p = s->mutable_data();
    for (size_t i = 0; i < n; ++i) {
        const Str* part = as_str(parts[i]);
        std::memcpy(p, part->data(), part->byte_length());
        p += part->byte_length();
    }
    if (bytes <= 1) return Str::make(interp, s->view())->value(); // the shared singletons
    s->finish(length, ascii);
    return s->value();
}

// The C-stack budget for nested loops: 3/4 of the stack limit, at most 64 MiB.
size_t c_stack_budget() {
    rlimit rl{};
    size_t limit = 8u << 20;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) limit = rl.rlim_cur;
    if (limit > (64u << 20)) limit = 64u << 20;
    return limit / 4 * 3;
}

Value recursion_error(Interpreter& interp) {
    return interp.raise(interp.exceptions.recursion_error, "maximum recursion depth exceeded");
}

} // namespace

Value run_frame(Interpreter& interp, Frame* entry, bool throwing) {
    ExecutionState& exec = interp.exec;
    const char stack_marker = 0;
    if (exec.reentries == 0) {
        // The outermost loop: the C stack budget is measured from here.
        exec.c_stack_top = &stack_marker;
        if (!exec.c_stack_budget) exec.c_stack_budget = c_stack_budget();
    }
    if (exec.depth >= exec.recursion_limit ||
        static_cast<size_t>(exec.c_stack_top - &stack_marker) > exec.c_stack_budget) {
        return recursion_error(interp);
    }
    entry->is_entry = true;
    entry->suspended = false;
    entry->previous = exec.current_frame;
    exec.current_frame = entry;
    ++exec.depth;
    ++exec.reentries;

    Frame* frame = entry;
    CodeObject* code;
    const uint32_t* code_base;
    const uint32_t* pc;
    const uint32_t* inst;
    uint32_t word;
    Value* sp;
    Value* stack_base;
    Value* fast;
    const Value* consts;
    Tuple* kwnames = nullptr;

#define LOAD_FRAME()                                                                               \
    do {                                                                                           \
        code = frame->code;                                                                        \
        code_base = code->code.data();                                                             \
        pc = code_base + frame->pc;                                                                \
        inst = pc;                                                                                 \
        fast = frame->slots;                                                                       \
        stack_base = frame->stack_base();                                                          \
        sp = stack_base + frame->stack_depth;                                                      \
        consts = code->constants.data();                                                           \
    } while (0)
#define SAVE_FRAME(depth_sp)                                                                       \
    do {                                                                                           \
        frame->pc = static_cast<uint32_t>(pc - code_base);                                         \
        frame->lasti = static_cast<uint32_t>(inst - code_base);                                    \
        frame->stack_depth = static_cast<uint32_t>((depth_sp)-stack_base);                         \
    } while (0)
#define SAFEPOINT()                                                                                \
    do {                                                                                           \
        if (interp.heap().wants_collection()) interp.heap().collect();                             \
    } while (0)
// Runs `callee` in this loop: the caller keeps the stack below `depth_sp` and waits.
#define ENTER_FRAME(callee, depth_sp)                                                              \
    do {                                                                                           \
        SAVE_FRAME(depth_sp);                                                                      \
        (callee)->previous = frame;                                                                \
        exec.current_frame = (callee);                                                             \
        ++exec.depth;                                                                              \
        frame = (callee);                                                                          \
        LOAD_FRAME();                                                                              \
        SAFEPOINT();                                                                               \
        DISPATCH();                                                                                \
    } while (0)
#define ARG() (word >> 8)
#define SKIP_CACHE() (++pc)
#define TARGET(op) L_##op:
#define DISPATCH()                                                                                 \
    do {                                                                                           \
        inst = pc;                                                                                 \
        word = *pc++;                                                                              \
        goto* dispatch_table[word & 0xFF];                                                         \
    } while (0)

    static void* const dispatch_table[256] = {
#define OPCODE(name, effect, cache, flags) &&L_##name,
#include "common/opcodes.def"
#undef OPCODE
    };

    LOAD_FRAME();
    if (throwing) {
        // generator.throw(): the exception appears at the yield the frame is suspended at.
        inst = code_base + frame->lasti;
        goto traceback_here;
    }
    DISPATCH();

    TARGET(NOP) {
        DISPATCH();
    }
    TARGET(POP_TOP) {
        --sp;
        if (ARG() != 0 && is_coroutine(interp, *sp)) {
            SAVE_FRAME(sp);
            warn_if_coroutine_never_awaited(interp, frame, *sp);
        }
        DISPATCH();
    }
    TARGET(PUSH_NULL) {
        *sp++ = Value::absent();
        DISPATCH();
    }
    TARGET(COPY) {
        const Value v = sp[-static_cast<int32_t>(ARG())];
        *sp++ = v;
        DISPATCH();
    }
    TARGET(SWAP) {
        std::swap(sp[-1], sp[-static_cast<int32_t>(ARG())]);
        DISPATCH();
    }
    TARGET(LOAD_CONST) {
        *sp++ = consts[ARG()];
        DISPATCH();
    }
    TARGET(LOAD_FAST) {
        const Value v = fast[ARG()];
        if (v.is_absent()) {
            unbound_local(interp, code->varnames[ARG()]);
            goto error;
        }
        *sp++ = v;
        DISPATCH();
    }
    TARGET(STORE_FAST) {
        fast[ARG()] = *--sp;
        DISPATCH();
    }
    TARGET(DELETE_FAST) {
        if (fast[ARG()].is_absent()) {
            unbound_local(interp, code->varnames[ARG()]);
            goto error;
        }
        fast[ARG()] = Value::absent();
        DISPATCH();
    }
    TARGET(LOAD_DEREF) {
        Cell* cell = static_cast<Cell*>(fast[code->nlocals + ARG()].as_object());
        if (cell->contents.is_absent()) {
            unbound_deref(interp, code, ARG());
            goto error;
        }
        *sp++ = cell->contents;
        DISPATCH();
    }
    TARGET(STORE_DEREF) {
        static_cast<Cell*>(fast[code->nlocals + ARG()].as_object())->contents = *--sp;
        DISPATCH();
    }
    TARGET(DELETE_DEREF) {
        Cell* cell = static_cast<Cell*>(fast[code->nlocals + ARG()].as_object());
        if (cell->contents.is_absent()) {
            unbound_deref(interp, code, ARG());
            goto error;
        }
        cell->contents = Value::absent();
        DISPATCH();
    }
    TARGET(LOAD_CLOSURE) {
        *sp++ = fast[code->nlocals + ARG()];
        DISPATCH();
    }
    TARGET(LOAD_CLASSDEREF) {
        const uint32_t index = ARG();
        Str* name = index < code->cellvars.size() ? code->cellvars[index]
                                                  : code->freevars[index - code->cellvars.size()];
        SAVE_FRAME(sp);
        const Value v = namespace_get(interp, frame->locals, name);
        if (v.is_error()) goto error;
        if (!v.is_absent()) {
            *sp++ = v;
            DISPATCH();
        }
        Cell* cell = static_cast<Cell*>(fast[code->nlocals + index].as_object());
        if (cell->contents.is_absent()) {
            unbound_deref(interp, code, index);
            goto error;
        }
        *sp++ = cell->contents;
        DISPATCH();
    }
    TARGET(LOAD_GLOBAL) {
        AttrCache& cache = code->caches[*pc];
        SKIP_CACHE();
        Str* name = code->names[ARG()];
        Value v = cached_load_global(cache, frame->globals, frame->builtins, name);
        if (v.is_absent()) {
            v = load_global_filling_cache(cache, frame->globals, frame->builtins, name);
            if (v.is_absent()) {
                name_not_defined(interp, name);
                goto error;
            }
        }
        *sp++ = v;
        DISPATCH();
    }
    TARGET(STORE_GLOBAL) {
        frame->globals->set(interp, code->names[ARG()], *--sp);
        DISPATCH();
    }
    TARGET(DELETE_GLOBAL) {
        if (!frame->globals->remove(code->names[ARG()])) {
            name_not_defined(interp, code->names[ARG()]);
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_NAME) {
        Str* name = code->names[ARG()];
        Value v;
        if (frame->locals->type == interp.types.dict) {
            v = frame->locals->get(name);
        } else {
            SAVE_FRAME(sp);
            v = namespace_get(interp, frame->locals, name);
            if (v.is_error()) goto error;
        }
        if (v.is_absent()) v = frame->globals->get(name);
        if (v.is_absent()) v = frame->builtins->get(name);
        if (v.is_absent()) {
            name_not_defined(interp, name);
            goto error;
        }
        *sp++ = v;
        DISPATCH();
    }
    TARGET(STORE_NAME) {
        if (frame->locals->type == interp.types.dict) {
            frame->locals->set(interp, code->names[ARG()], sp[-1]);
        } else {
            SAVE_FRAME(sp);
            if (ops::set_item(interp, frame->locals->value(), code->names[ARG()]->value(),
                              sp[-1]) < 0) {
                goto error;
            }
        }
        --sp;
        DISPATCH();
    }
    TARGET(DELETE_NAME) {
        bool removed;
        if (frame->locals->type == interp.types.dict) {
            removed = frame->locals->remove(code->names[ARG()]);
        } else {
            SAVE_FRAME(sp);
            removed =
                ops::del_item(interp, frame->locals->value(), code->names[ARG()]->value()) == 0;
            if (!removed) {
                if (!interp.pending_matches(interp.exceptions.key_error)) goto error;
                interp.clear_pending();
            }
        }
        if (!removed) {
            name_not_defined(interp, code->names[ARG()]);
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_ATTR) {
        AttrCache& cache = code->caches[*pc];
        SKIP_CACHE();
        Str* name = code->names[ARG()];
        Value v = cached_load_attr(cache, sp[-1], name);
        if (v.is_absent()) {
            frame->lasti = static_cast<uint32_t>(inst - code_base); // for frame.f_lineno
            v = ops::get_attr(interp, sp[-1], name);
            if (v.is_error()) goto error;
            fill_load_cache(interp, cache, sp[-1], name, false);
        }
        sp[-1] = v;
        DISPATCH();
    }
    TARGET(STORE_ATTR) {
        AttrCache& cache = code->caches[*pc];
        SKIP_CACHE();
        Str* name = code->names[ARG()];
        if (!cached_store_attr(interp, cache, sp[-1], name, sp[-2])) {
            if (ops::set_attr(interp, sp[-1], name, sp[-2]) < 0) goto error;
            fill_store_cache(interp, cache, sp[-1], name);
        }
        sp -= 2;
        DISPATCH();
    }
    TARGET(DELETE_ATTR) {
        if (ops::del_attr(interp, sp[-1], code->names[ARG()]) < 0) goto error;
        --sp;
        DISPATCH();
    }
    TARGET(LOAD_METHOD) {
        AttrCache& cache = code->caches[*pc];
        SKIP_CACHE();
        Str* name = code->names[ARG()];
        Value method = cached_load_method(cache, sp[-1], name);
        if (!method.is_absent()) {
            const Value self = sp[-1];
            sp[-1] = method;
            *sp++ = self;
            DISPATCH();
        }
        const bool unbound = ops::get_method(interp, sp[-1], name, &method);
        if (method.is_error()) goto error;
        if (unbound) fill_load_cache(interp, cache, sp[-1], name, true);
        if (unbound) {
            const Value self = sp[-1];
            sp[-1] = method;
            *sp++ = self;
        } else {
            sp[-1] = Value::absent();
            *sp++ = method;
        }
        DISPATCH();
    }
    TARGET(BINARY_OP) {
        SKIP_CACHE();
        const Value a = sp[-2];
        const Value b = sp[-1];
        const uint32_t op = ARG();
        // ints and floats are immutable: `+=` is `+`.
        const uint32_t base_op = op >= binary_operator_count ? op - binary_operator_count : op;
        Value r = fast_arith(BinaryOp(base_op), a, b);
        if (!r.is_absent()) {
            sp[-2] = r;
            --sp;
            DISPATCH();
        }
        if (op < binary_operator_count) {
            r = ops::binary_op(interp, static_cast<BinaryOp>(op), a, b);
        } else {
            r = ops::inplace_op(interp, static_cast<BinaryOp>(op - binary_operator_count), a, b);
        }
        if (r.is_error()) goto error;
        sp[-2] = r;
        --sp;
        DISPATCH();
    }
    TARGET(UNARY_POSITIVE) {
        const Value r = ops::positive(interp, sp[-1]);
        if (r.is_error()) goto error;
        sp[-1] = r;
        DISPATCH();
    }
    TARGET(UNARY_NEGATIVE) {
        const Value r = ops::negative(interp, sp[-1]);
        if (r.is_error()) goto error;
        sp[-1] = r;
        DISPATCH();
    }
    TARGET(UNARY_INVERT) {
        const Value r = ops::invert(interp, sp[-1]);
        if (r.is_error()) goto error;
        sp[-1] = r;
        DISPATCH();
    }
    TARGET(UNARY_NOT) {
        const int t = ops::truthy(interp, sp[-1]);
        if (t < 0) goto error;
        sp[-1] = Value::from_bool(!t);
        DISPATCH();
    }
    TARGET(COMPARE_OP) {
        SKIP_CACHE();
        const Value a = sp[-2];
        const Value b = sp[-1];
        Value r;
        if (a.is_small_int() && b.is_small_int()) {
            const int64_t x = a.as_small_int();
            const int64_t y = b.as_small_int();
            bool result = false;
            switch (static_cast<CompareOp>(ARG())) {
            case CompareOp::Lt:
                result = x < y;
                break;
            case CompareOp::Le:
                result = x <= y;
                break;
            case CompareOp::Eq:
                result = x == y;
                break;
            case CompareOp::Ne:
                result = x != y;
                break;
            case CompareOp::Gt:
                result = x > y;
                break;
            case CompareOp::Ge:
                result = x >= y;
                break;
            }
            r = Value::from_bool(result);
        } else {
            r = ops::compare(interp, static_cast<CompareOp>(ARG()), a, b);
            if (r.is_error()) goto error;
        }
        sp[-2] = r;
        --sp;
        DISPATCH();
    }
    TARGET(IS_OP) {
        const bool same = sp[-2] == sp[-1];
        sp[-2] = Value::from_bool(same != (ARG() == 1));
        --sp;
        DISPATCH();
    }
    TARGET(CONTAINS_OP) {
        const int r = ops::contains(interp, sp[-1], sp[-2]);
        if (r < 0) goto error;
        sp[-2] = Value::from_bool((r == 1) != (ARG() == 1));
        --sp;
        DISPATCH();
    }
    TARGET(BINARY_SUBSCR) {
        SKIP_CACHE();
        const Value r = ops::get_item(interp, sp[-2], sp[-1]);
        if (r.is_error()) goto error;
        sp[-2] = r;
        --sp;
        DISPATCH();
    }
    TARGET(STORE_SUBSCR) {
        if (ops::set_item(interp, sp[-2], sp[-1], sp[-3]) < 0) goto error;
        sp -= 3;
        DISPATCH();
    }
    TARGET(DELETE_SUBSCR) {
        if (ops::del_item(interp, sp[-2], sp[-1]) < 0) goto error;
        sp -= 2;
        DISPATCH();
    }
    TARGET(BUILD_SLICE) {
        const uint32_t n = ARG();
        const Value step = n == 3 ? sp[-1] : Value::none();
        Slice* s =
            make_slice(interp, sp[-static_cast<int32_t>(n)], sp[1 - static_cast<int32_t>(n)], step);
        sp -= n;
        *sp++ = s->value();
        DISPATCH();
    }
    TARGET(BUILD_TUPLE) {
        const uint32_t n = ARG();
        Tuple* t = Tuple::make(interp, sp - n, n);
        sp -= n;
        *sp++ = t->value();
        DISPATCH();
    }
    TARGET(BUILD_LIST) {
        const uint32_t n = ARG();
        List* l = List::make(interp, sp - n, n);
        sp -= n;
        *sp++ = l->value();
        DISPATCH();
    }
    TARGET(BUILD_SET) {
        const uint32_t n = ARG();
        Set* set = Set::make(interp);
        {
            Rooted root(interp.shadow_roots(), set->value());
            for (uint32_t i = 0; i < n; ++i) {
                if (set->add(interp, sp[static_cast<int32_t>(i) - static_cast<int32_t>(n)]) < 0) {
                    goto error;
                }
            }
        }
        sp -= n;
        *sp++ = set->value();
        DISPATCH();
    }
    TARGET(BUILD_MAP) {
        const uint32_t n = ARG();
        Dict* d = Dict::make(interp, n);
        {
            Rooted root(interp.shadow_roots(), d->value());
            for (uint32_t i = 0; i < n; ++i) {
                Value* pair = sp - 2 * (n - i);
                if (d->set(interp, pair[0], pair[1]) < 0) goto error;
            }
        }
        sp -= 2 * n;
        *sp++ = d->value();
        DISPATCH();
    }
    TARGET(BUILD_CONST_KEY_MAP) {
        const uint32_t n = ARG();
        Tuple* keys = as_tuple(sp[-1]);
        Dict* d = Dict::make(interp, n);
        {
            Rooted root(interp.shadow_roots(), d->value());
            for (uint32_t i = 0; i < n; ++i) {
                const Value value = sp[static_cast<int32_t>(i) - 1 - static_cast<int32_t>(n)];
                if (d->set(interp, (*keys)[i], value) < 0) goto error;
            }
        }
        sp -= n + 1;
        *sp++ = d->value();
        DISPATCH();
    }
    TARGET(BUILD_STRING) {
        const uint32_t n = ARG();
        const Value s = build_string(interp, sp - n, n);
        sp -= n;
        *sp++ = s;
        DISPATCH();
    }
    TARGET(FORMAT_VALUE) {
        const bool has_spec = ARG() & 4;
        const Value spec = has_spec ? sp[-1] : Value::absent();
        const Value value = sp[has_spec ? -2 : -1];
        const Value r = format_value(interp, value, ARG() & 3, spec);
        if (r.is_error()) goto error;
        if (has_spec) --sp;
        sp[-1] = r;
        DISPATCH();
    }
    TARGET(LIST_APPEND) {
        as_list(sp[-1 - static_cast<int32_t>(ARG())])->append(interp, sp[-1]);
        --sp;
        DISPATCH();
    }
    TARGET(SET_ADD) {
        Set* set = static_cast<Set*>(sp[-1 - static_cast<int32_t>(ARG())].as_object());
        if (set->add(interp, sp[-1]) < 0) goto error;
        --sp;
        DISPATCH();
    }
    TARGET(MAP_ADD) {
        Dict* d = as_dict(sp[-2 - static_cast<int32_t>(ARG())]);
        if (d->set(interp, sp[-2], sp[-1]) < 0) goto error;
        sp -= 2;
        DISPATCH();
    }
    TARGET(LIST_EXTEND) {
        if (!list_extend(interp, as_list(sp[-1 - static_cast<int32_t>(ARG())]), sp[-1])) {
            goto error;
        }
        --sp;
        DISPATCH();
    }
    TARGET(SET_UPDATE) {
        Set* set = static_cast<Set*>(sp[-1 - static_cast<int32_t>(ARG())].as_object());
        if (set->update(interp, sp[-1]) < 0) goto error;
        --sp;
        DISPATCH();
    }
    TARGET(DICT_UPDATE) {
        Value source = sp[-1];
        if (!is_dict(source)) {
            // Any mapping with keys() will do ({**mapping}, a mapping pattern's **rest).
            SAVE_FRAME(sp);
            const Value keys = ops::get_attr_optional(interp, source, interp.intern("keys"));
            if (keys.is_error()) goto error;
            if (keys.is_absent()) {
                interp.raise_format(interp.exceptions.type_error, "'%s' object is not a mapping",
                                    std::string(type_name(interp, source)).c_str());
                goto error;
            }
            source = ops::call(interp, interp.types.dict->value(), &source, 1);
            if (source.is_error()) goto error;
            sp[-1] = source;
        }
        if (as_dict(sp[-1 - static_cast<int32_t>(ARG())])->update(interp, as_dict(source)) < 0) {
            goto error;
        }
        --sp;
        DISPATCH();
    }
    TARGET(DICT_MERGE) {
        const int32_t at = static_cast<int32_t>(ARG());
        if (!dict_merge(interp, as_dict(sp[-1 - at]), sp[-1], sp[-at - 3])) goto error;
        --sp;
        DISPATCH();
    }
    TARGET(LIST_TO_TUPLE) {
        List* l = as_list(sp[-1]);
        sp[-1] = Tuple::make(interp, l->items(), l->size())->value();
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE) {
        const uint32_t n = ARG();
        const Value seq = sp[-1];
        if (is_tuple(seq) && as_tuple(seq)->size() == n) {
            Tuple* t = as_tuple(seq);
            --sp;
            for (uint32_t i = n; i-- > 0;) *sp++ = (*t)[i];
            DISPATCH();
        }
        --sp;
        if (!unpack(interp, seq, n, 0, false, sp)) {
            ++sp;
            goto error;
        }
        DISPATCH();
    }
    TARGET(UNPACK_EX) {
        const Value seq = sp[-1];
        --sp;
        if (!unpack(interp, seq, ARG() & 0xFF, ARG() >> 8, true, sp)) {
            ++sp;
            goto error;
        }
        DISPATCH();
    }
    TARGET(GET_ITER) {
        const Value it = ops::get_iter(interp, sp[-1]);
        if (it.is_error()) goto error;
        sp[-1] = it;
        DISPATCH();
    }
    TARGET(FOR_ITER) {
        if (is_generator(interp, sp[-1])) {
            Generator* gen = as_generator(sp[-1]);
            Frame* inner = gen->frame;
            if (!inner) {
                --sp;
                pc = code_base + ARG();
                DISPATCH();
            }
            if (!gen->running && exec.depth < exec.recursion_limit) {
                // Like SEND's fast path: the generator runs linked to this frame and comes
                // back through YIELD_VALUE (the next item) or RETURN_VALUE (exhausted).
                if (inner->pc != 0) inner->stack_base()[inner->stack_depth++] = Value::none();
                SAVE_FRAME(sp);
                generator_resumed(interp, gen);
                inner->previous = frame;
                inner->is_entry = false;
                inner->suspended = false;
                exec.current_frame = inner;
                ++exec.depth;
                frame = inner;
                LOAD_FRAME();
                SAFEPOINT();
                DISPATCH();
            }
        }
        const Value next = ops::iter_next(interp, sp[-1]);
        if (next.is_error()) goto error;
        if (next.is_absent()) {
            --sp;
            pc = code_base + ARG();
            DISPATCH();
        }
        *sp++ = next;
        DISPATCH();
    }
    TARGET(POP_ITER) {
        if (is_loop_owned(interp, sp[-1])) {
            SAVE_FRAME(sp);
            finalize_abandoned(interp, as_generator(sp[-1]));
        }
        --sp;
        DISPATCH();
    }
    TARGET(JUMP_FORWARD) {
        pc = code_base + ARG();
        DISPATCH();
    }
    TARGET(JUMP_BACKWARD) {
        pc = code_base + ARG();
        SAFEPOINT();
        if (sigint_pending) [[unlikely]] {
            if (!handle_sigint(interp)) goto error;
        }
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_FALSE) {
        const Value v = sp[-1];
        int t;
        if (v.is_bool()) {
            t = v.is_true();
        } else {
            t = ops::truthy(interp, v);
            if (t < 0) goto error;
        }
        --sp;
        if (!t) pc = code_base + ARG();
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_TRUE) {
        const Value v = sp[-1];
        int t;
        if (v.is_bool()) {
            t = v.is_true();
        } else {
            t = ops::truthy(interp, v);
            if (t < 0) goto error;
        }
        --sp;
        if (t) pc = code_base + ARG();
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NONE) {
        if ((*--sp).is_none()) pc = code_base + ARG();
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NOT_NONE) {
        if (!(*--sp).is_none()) pc = code_base + ARG();
        DISPATCH();
    }
    TARGET(JUMP_IF_FALSE_OR_POP) {
        const int t = ops::truthy(interp, sp[-1]);
        if (t < 0) goto error;
        if (!t) {
            pc = code_base + ARG();
        } else {
            --sp;
        }
        DISPATCH();
    }
    TARGET(JUMP_IF_TRUE_OR_POP) {
        const int t = ops::truthy(interp, sp[-1]);
        if (t < 0) goto error;
        if (t) {
            pc = code_base + ARG();
        } else {
            --sp;
        }
        DISPATCH();
    }
    TARGET(KW_NAMES) {
        kwnames = as_tuple(consts[ARG()]);
        DISPATCH();
    }
    TARGET(CALL) {
        SKIP_CACHE();
        const uint32_t argc = ARG();
        Tuple* kw = kwnames;
        kwnames = nullptr;
        Value* base = sp - argc - 2; // [A, B, args...]
        Value callable;
        Value* args;
        size_t nargs;
        if (base[0].is_absent()) {
            callable = base[1];
            if (is_method(interp, callable)) {
                // Unpack a bound method in place: [function, self, args...].
                base[0] = as_method(callable)->function;
                base[1] = as_method(callable)->self;
                callable = base[0];
                args = base + 1;
                nargs = argc + 1;
            } else {
                args = base + 2;
                nargs = argc;
            }
        } else {
            callable = base[0];
            args = base + 1;
            nargs = argc + 1;
        }
        if (is_function(interp, callable)) {
            if (exec.depth >= exec.recursion_limit) {
                recursion_error(interp);
                goto error;
            }
            Frame* callee = prepare_call(interp, as_function(callable), args, nargs, kw);
            if (!callee) goto error;
            if (callee->code->flags & (CodeGenerator | CodeCoroutine | CodeAsyncGenerator)) {
                frame->lasti = static_cast<uint32_t>(inst - code_base);
                Generator* made = make_generator(interp, callee);
                mark_if_loop_owned(made, pc);
                const Value gen = made->value();
                sp = base;
                *sp++ = gen;
                DISPATCH();
            }
            ENTER_FRAME(callee, base);
        }
        if (is_type(callable) && callable.as_object()->type == interp.types.type &&
            base[0].is_absent() && has_python_init(as_type(callable)) &&
            makes_plain_objects(as_type(callable))) {
            // Instantiating a Python class (whose metaclass is type, so type.__call__ applies):
            // make the instance, then run its __init__ in this
            // loop rather than a nested one. [NULL, cls, args...] becomes [obj, obj, args...]:
            // the first stays for RETURN_VALUE to leave, the second is __init__'s self.
            const Value init = type_lookup(as_type(callable), interp.names.dunder_init);
            if (is_function(interp, init) &&
                !(as_function(init)->code->flags & (CodeGenerator | CodeCoroutine))) {
                if (exec.depth >= exec.recursion_limit) {
                    recursion_error(interp);
                    goto error;
                }
                const size_t npos = nargs - (kw ? kw->size() : 0);
                const Value obj = new_object(interp, as_type(callable), npos, kw);
                if (obj.is_error()) goto error;
                base[0] = obj;
                base[1] = obj;
                Frame* callee = prepare_call(interp, as_function(init), base + 1, nargs + 1, kw);
                if (!callee) goto error;
                callee->returns_self = true;
                ENTER_FRAME(callee, base + 1);
            }
        }
        SAVE_FRAME(sp);
        const Value r = ops::call(interp, callable, args, nargs, kw);
        if (r.is_error()) goto error;
        sp = base;
        *sp++ = r;
        SAFEPOINT();
        DISPATCH();
    }
    TARGET(CALL_FUNCTION_EX) {
        const bool has_kwargs = ARG() & 1;
        Value* base = sp - 3 - (has_kwargs ? 1 : 0); // [NULL, callable, args, kwargs?]
        const Value callable = base[1];
        if (!flatten_call_ex(interp, callable, base + 2, has_kwargs)) goto error;
        List* flat = as_list(base[2]);
        Tuple* kw = has_kwargs && as_tuple(base[3])->size() ? as_tuple(base[3]) : nullptr;
        if (is_function(interp, callable)) {
            if (exec.depth >= exec.recursion_limit) {
                recursion_error(interp);
                goto error;
            }
            Frame* callee =
                prepare_call(interp, as_function(callable), flat->items(), flat->size(), kw);
            if (!callee) goto error;
            if (callee->code->flags & (CodeGenerator | CodeCoroutine | CodeAsyncGenerator)) {
                frame->lasti = static_cast<uint32_t>(inst - code_base);
                Generator* made = make_generator(interp, callee);
                mark_if_loop_owned(made, pc);
                const Value gen = made->value();
                sp = base;
                *sp++ = gen;
                DISPATCH();
            }
            ENTER_FRAME(callee, base);
        }
        SAVE_FRAME(sp);
        const Value r = ops::call(interp, callable, flat->items(), flat->size(), kw);
        if (r.is_error()) goto error;
        sp = base;
        *sp++ = r;
        SAFEPOINT();
        DISPATCH();
    }
    TARGET(LOAD_BUILD_CLASS) {
        const Value build = frame->builtins->get(interp.names.dunder_build_class);
        if (build.is_absent()) {
            interp.raise(interp.exceptions.name_error, "__build_class__ not found");
            goto error;
        }
        *sp++ = build;
        DISPATCH();
    }
    TARGET(MAKE_FUNCTION) {
        const uint32_t flags = ARG();
        Function* f =
            make_function(interp, static_cast<CodeObject*>((*--sp).as_object()), frame->globals);
        f->builtins = frame->builtins;
        if (flags & 8) f->closure = as_tuple(*--sp);
        if (flags & 4) {
            // (name, value, name, value, ...) from compile.c's compiler_visit_annotations.
            Tuple* pairs = as_tuple(*--sp);
            Dict* annotations = Dict::make(interp, pairs->size() / 2);
            for (size_t i = 0; i + 1 < pairs->size(); i += 2) {
                if (annotations->set(interp, (*pairs)[i], (*pairs)[i + 1]) < 0) goto error;
            }
            f->annotations = annotations;
        }
        if (flags & 2) f->kwdefaults = as_dict(*--sp);
        if (flags & 1) f->defaults = as_tuple(*--sp);
        *sp++ = f->value();
        DISPATCH();
    }
    TARGET(RETURN_VALUE) {
        const Value result = *--sp;
        --exec.depth;
        exec.current_frame = frame->previous;
        Frame* done = frame;
        if (frame->is_entry) {
            --exec.reentries;
            release_frame(done);
            return result;
        }
        frame = frame->previous;
        if (done->generator) {
            // Linked by SEND or FOR_ITER, which continue as when their receiver is exhausted:
            // SEND leaves its loop with the result, FOR_ITER drops the iterator.
            generator_finished(interp, done->generator, false);
            LOAD_FRAME();
            const uint32_t linker = code_base[frame->lasti];
            if (opcode_of(linker) == Op::SEND) {
                sp[-1] = result;
            } else {
                --sp;
            }
            pc = code_base + arg_of(linker);
            DISPATCH();
        }
        const bool returns_self = done->returns_self;
        release_frame(done);
        LOAD_FRAME();
        if (returns_self) {
            if (!result.is_none()) {
                interp.raise_format(interp.exceptions.type_error,
                                    "__init__() should return None, not '%s'",
                                    std::string(type_name(interp, result)).c_str());
                goto error;
            }
        } else {
            *sp++ = result;
        }
        SAFEPOINT();
        DISPATCH();
    }
    TARGET(RAISE_VARARGS) {
        const uint32_t n = ARG();
        if (n == 0) {
            if (exec.handled.is_none()) {
                interp.raise(interp.exceptions.runtime_error, "No active exception to reraise");
                goto error;
            }
            interp.set_pending(exec.handled);
            goto exception_unwind;
        }
        Value cause = Value::absent();
        if (n == 2) {
            cause = sp[-1];
            if (is_exception_class(cause)) {
                cause = ops::call0(interp, cause);
                if (cause.is_error()) goto error;
                if (!is_exception_instance(cause)) {
                    interp.raise_format(interp.exceptions.type_error,
                                        "calling %s should have returned an instance of "
                                        "BaseException, not %s",
                                        std::string(type_name(interp, sp[-1])).c_str(),
                                        std::string(type_name(interp, cause)).c_str());
                    goto error;
                }
            } else if (!cause.is_none() && !is_exception_instance(cause)) {
                interp.raise_type_error("exception causes must derive from BaseException");
                goto error;
            }
        }
        const Value raised = sp[-static_cast<int32_t>(n)];
        {
            // Making the exception may run Python code (and collect): keep the cause alive.
            Rooted keep_cause(interp.shadow_roots(), cause);
            interp.raise_value(raised);
        }
        // When making the exception failed, a different one is pending: it gets no cause.
        const Value pending = interp.pending();
        const bool made = pending == raised || (is_exception_class(raised) &&
                                                is_instance(interp, pending, as_type(raised)));
        if (!cause.is_absent() && made) {
            as_exception(pending)->cause = cause;
            as_exception(pending)->suppress_context = true;
        }
        goto error;
    }
    TARGET(RERAISE) {
        interp.set_pending(*--sp);
        goto exception_unwind;
    }
    TARGET(PUSH_EXC_INFO) {
        const Value exc = sp[-1];
        sp[-1] = exec.handled;
        *sp++ = exc;
        exec.handled = exc;
        DISPATCH();
    }
    TARGET(POP_EXCEPT) {
        exec.handled = *--sp;
        DISPATCH();
    }
    TARGET(CHECK_EXC_MATCH) {
        const int r = exception_matches(interp, sp[-2], sp[-1]);
        if (r < 0) goto error;
        sp[-1] = Value::from_bool(r == 1);
        DISPATCH();
    }
    TARGET(CHECK_EG_MATCH) {
        if (!check_except_star_type(interp, sp[-1])) goto error;
        SAVE_FRAME(sp);
        Value match;
        Value rest;
        if (!exception_group_match(interp, sp[-2], sp[-1], &match, &rest)) goto error;
        sp[-1] = match;
        if (!match.is_none()) {
            sp[-2] = rest;
            exec.handled = match;
        }
        DISPATCH();
    }
    TARGET(PREP_RERAISE_STAR) {
        SAVE_FRAME(sp);
        const Value result = prepare_reraise_star(interp, sp[-2], as_list(sp[-1]));
        if (result.is_error()) goto error;
        sp[-2] = result;
        --sp;
        DISPATCH();
    }
    TARGET(ASYNC_GEN_WRAP) {
        sp[-1] = wrap_async_yield(interp, sp[-1]);
        DISPATCH();
    }
    TARGET(GET_YIELD_FROM_ITER) {
        if (!is_generator(interp, sp[-1])) {
            const Value it = ops::get_iter(interp, sp[-1]);
            if (it.is_error()) goto error;
            sp[-1] = it;
        }
        DISPATCH();
    }
    TARGET(GET_AWAITABLE) {
        const Value awaitable = get_awaitable(interp, sp[-1], ARG());
        if (awaitable.is_error()) goto error;
        sp[-1] = awaitable;
        DISPATCH();
    }
    TARGET(SEND) {
        const Value receiver = sp[-2];
        const Value sent = sp[-1];
        Value result;
        bool done;
        frame->lasti = static_cast<uint32_t>(inst - code_base);
        if (is_resumable(interp, receiver)) {
            Generator* gen = as_generator(receiver);
            Frame* inner = gen->frame;
            if (inner && !gen->running && (inner->pc != 0 || sent.is_none()) &&
                exec.depth < exec.recursion_limit) {
                // Fast path: run the generator's frame in this loop, linked to this one, so an
                // await chain needs no C++ recursion. It comes back through YIELD_VALUE or
                // RETURN_VALUE (or an exception) to this SEND.
                if (inner->pc != 0) inner->stack_base()[inner->stack_depth++] = sent;
                --sp;
                SAVE_FRAME(sp);
                generator_resumed(interp, gen);
                inner->previous = frame;
                inner->is_entry = false;
                inner->suspended = false;
                exec.current_frame = inner;
                ++exec.depth;
                frame = inner;
                LOAD_FRAME();
                SAFEPOINT();
                DISPATCH();
            }
            const ResumeResult r =
                resume_generator(interp, as_generator(receiver), sent, false, &result);
            if (r == ResumeResult::Raised) goto error;
            done = r == ResumeResult::Returned;
        } else if (const auto send_native = type_of(interp, receiver)->slots.send) {
            const int r = send_native(interp, receiver, sent, &result);
            if (r < 0) goto error;
            done = r == 1;
        } else if (sent.is_none()) {
            result = next_for_yield_from(interp, receiver, &done);
            if (result.is_error()) goto error;
        } else {
            Value arg = sent;
            result = ops::call_method(interp, receiver, interp.names.send, &arg, 1);
            done = false;
            if (result.is_error()) {
                if (!interp.pending_matches(interp.exceptions.stop_iteration)) goto error;
                result = stop_iteration_value(interp, as_exception(interp.take_pending()));
                done = true;
            }
        }
        if (done) {
            sp -= 2;
            *sp++ = result;
            pc = code_base + ARG();
        } else {
            sp[-1] = result;
        }
        DISPATCH();
    }
    TARGET(YIELD_VALUE) {
        // The value sent in is pushed when the frame is resumed. A frame resumed by
        // resume_generator is its loop's entry: yielding leaves the loop. One linked by SEND
        // or FOR_ITER hands the value to that frame, which continues after the instruction.
        const Value value = *--sp;
        SAVE_FRAME(sp);
        frame->suspended = true;
        --exec.depth;
        exec.current_frame = frame->previous;
        Frame* awaiting = frame->previous;
        frame->previous = nullptr;
        if (frame->is_entry) {
            --exec.reentries;
            return value;
        }
        generator_suspended(interp, frame->generator);
        frame = awaiting;
        LOAD_FRAME();
        *sp++ = value;
        DISPATCH();
    }
    TARGET(IMPORT_NAME) {
        const Value module = import_name(interp, code->names[ARG()], sp[-1], sp[-2]);
        if (module.is_error()) goto error;
        --sp;
        sp[-1] = module;
        DISPATCH();
    }
    TARGET(IMPORT_FROM) {
        const Value v = import_from(interp, sp[-1], code->names[ARG()]);
        if (v.is_error()) goto error;
        *sp++ = v;
        DISPATCH();
    }
    TARGET(IMPORT_STAR) {
        if (!import_star(interp, sp[-1], frame->locals)) goto error;
        --sp;
        DISPATCH();
    }
    TARGET(BEFORE_WITH) {
        Value enter;
        Value exit;
        if (!bind_context_methods(interp, sp[-1], &enter, &exit)) goto error;
        // Both stay on the stack while __enter__ runs.
        sp[-1] = exit;
        *sp++ = enter;
        SAVE_FRAME(sp);
        const Value result = ops::call0(interp, enter);
        if (result.is_error()) goto error;
        sp[-1] = result;
        DISPATCH();
    }
    TARGET(BEFORE_ASYNC_WITH) {
        Value enter;
        Value exit;
        if (!bind_async_context_methods(interp, sp[-1], &enter, &exit)) goto error;
        sp[-1] = exit;
        *sp++ = enter;
        SAVE_FRAME(sp);
        const Value awaitable = ops::call0(interp, enter);
        if (awaitable.is_error()) goto error;
        sp[-1] = awaitable;
        DISPATCH();
    }
    TARGET(GET_AITER) {
        SAVE_FRAME(sp);
        const Value aiter = get_aiter(interp, sp[-1]);
        if (aiter.is_error()) goto error;
        sp[-1] = aiter;
        DISPATCH();
    }
    TARGET(GET_ANEXT) {
        SAVE_FRAME(sp);
        const Value next = get_anext(interp, sp[-1]);
        if (next.is_error()) goto error;
        *sp++ = next; // rooted while __await__ runs
        SAVE_FRAME(sp);
        const Value awaitable = anext_awaitable(interp, next);
        if (awaitable.is_error()) goto error;
        sp[-1] = awaitable;
        DISPATCH();
    }
    TARGET(END_ASYNC_FOR) {
        const Value exc = sp[-1];
        if (!is_instance(interp, exc, interp.exceptions.stop_async_iteration)) {
            interp.set_pending(*--sp);
            goto exception_unwind;
        }
        sp -= 2;
        DISPATCH();
    }
    TARGET(GET_LEN) {
        SAVE_FRAME(sp);
        const int64_t n = ops::len(interp, sp[-1]);
        if (n < 0) goto error;
        *sp++ = Value::from_small_int(n);
        DISPATCH();
    }
    TARGET(MATCH_SEQUENCE) {
        *sp = Value::from_bool(matches_sequence(interp, sp[-1]));
        ++sp;
        DISPATCH();
    }
    TARGET(MATCH_MAPPING) {
        *sp = Value::from_bool(matches_mapping(interp, sp[-1]));
        ++sp;
        DISPATCH();
    }
    TARGET(MATCH_KEYS) {
        SAVE_FRAME(sp);
        const Value values = match_keys(interp, sp[-2], sp[-1]);
        if (values.is_error()) goto error;
        *sp++ = values;
        DISPATCH();
    }
    TARGET(MATCH_CLASS) {
        SAVE_FRAME(sp);
        const Value attrs = match_class(interp, sp[-3], sp[-2], ARG(), sp[-1]);
        if (attrs.is_error()) goto error;
        sp -= 2;
        sp[-1] = attrs;
        DISPATCH();
    }
    TARGET(WITH_EXCEPT_START) {
        SAVE_FRAME(sp);
        const Value result = call_exit_with_exception(interp, sp[-4], sp[-1]);
        if (result.is_error()) goto error;
        *sp++ = result;
        DISPATCH();
    }
    TARGET(SETUP_ANNOTATIONS) {
        Str* name = interp.intern("__annotations__");
        if (frame->locals->get(name).is_absent()) {
            if (frame->locals->set(interp, name, Dict::make(interp)->value()) < 0) goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_ASSERTION_ERROR) {
        *sp++ = interp.exceptions.assertion_error->value();
        DISPATCH();
    }

error:
    // An instruction of this frame failed: the exception is new here (rule 2).
    set_context(interp, interp.pending());
traceback_here:
    frame->lasti = static_cast<uint32_t>(inst - code_base);
    add_traceback(interp, interp.pending(), frame);
exception_unwind:
    kwnames = nullptr;
    {
        const uint32_t at = static_cast<uint32_t>(inst - code_base);
        const ExceptionEntry* h = code->handler_for(at);
        // The slots the unwinding drops: CPython finalizes the generators loops owned there.
        Value* kept = h ? stack_base + h->depth : stack_base;
        if (sp > kept) finalize_abandoned_in(interp, kept, sp);
        if (h) {
            sp = stack_base + h->depth;
            if (h->push_lasti) *sp++ = Value::from_small_int(at);
            *sp++ = interp.take_pending();
            pc = code_base + h->target;
            DISPATCH();
        }
        --exec.depth;
        exec.current_frame = frame->previous;
        if (frame->is_entry) {
            --exec.reentries;
            return Value::error();
        }
        if (frame->generator) generator_finished(interp, frame->generator, true);
        frame = frame->previous;
        LOAD_FRAME();
        inst = code_base + frame->lasti;
        goto traceback_here;
    }

#undef LOAD_FRAME
#undef SAVE_FRAME
#undef SAFEPOINT
#undef ARG
#undef SKIP_CACHE
#undef ENTER_FRAME
#undef TARGET
#undef DISPATCH
}

} // namespace coil::vm
