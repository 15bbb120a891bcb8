// Argument binding after CPython 3.11's initialize_locals, and the C++ entry points.
#include "vm/call.hpp"

#include "vm/code.hpp"
#include "vm/dict.hpp"
#include "vm/frame.hpp"
#include "vm/function.hpp"
#include "vm/generator.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"

#include <string>

namespace coil::vm {

namespace {

std::string qualname_of(Function* func) {
    return std::string(func->qualname->view());
}

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'"
std::string join_names(const std::vector<Str*>& names) {
    auto q = [](Str* s) {
        std::string quoted(1, '\'');
        quoted.append(s->view()).push_back('\'');
        return quoted;
    };
    if (names.size() == 1) return q(names[0]);
    if (names.size() == 2) return q(names[0]) + " and " + q(names[1]);
    std::string out;
    for (size_t i = 0; i + 2 < names.size(); ++i) out += q(names[i]) + ", ";
    return out + q(names[names.size() - 2]) + ", and " + q(names.back());
}

void missing_arguments(Interpreter& interp, Function* func, Value* locals, uint32_t start,
                       uint32_t end, const char* kind) {
    std::vector<Str*> missing;
    for (uint32_t i = start; i < end; ++i) {
        if (locals[i].is_absent()) missing.push_back(func->code->varnames[i]);
    }
    interp.raise_format(interp.exceptions.type_error, "%s() missing %zu required %s argument%s: %s",
                        qualname_of(func).c_str(), missing.size(), kind,
                        missing.size() == 1 ? "" : "s", join_names(missing).c_str());
}

void too_many_positional(Interpreter& interp, Function* func, Value* locals, size_t given) {
    const CodeObject* co = func->code;
    size_t kwonly_given = 0;
    for (uint32_t i = co->argcount; i < co->argcount + co->kwonlyargcount; ++i) {
        if (!locals[i].is_absent()) ++kwonly_given;
    }
    const size_t defcount = func->defaults ? func->defaults->size() : 0;
    std::string sig;
    bool plural;
    if (defcount) {
        plural = true;
        sig = "from " + std::to_string(co->argcount - defcount) + " to " +
              std::to_string(co->argcount);
    } else {
        plural = co->argcount != 1;
        sig = std::to_string(co->argcount);
    }
    std::string kwonly_sig;
    if (kwonly_given) {
        kwonly_sig = std::string(" positional argument") + (given != 1 ? "s" : "") + " (and " +
                     std::to_string(kwonly_given) + " keyword-only argument" +
                     (kwonly_given != 1 ? "s" : "") + ")";
    }
    interp.raise_format(interp.exceptions.type_error,
                        "%s() takes %s positional argument%s but %zu%s %s given",
                        qualname_of(func).c_str(), sig.c_str(), plural ? "s" : "", given,
                        kwonly_sig.c_str(), given == 1 && !kwonly_given ? "was" : "were");
}

// Index of parameter `name` that may be passed by keyword, or -1.
int64_t keyword_slot(const CodeObject* co, Str* name) {
    const uint32_t total = co->argcount + co->kwonlyargcount;
    for (uint32_t j = co->posonlyargcount; j < total; ++j) {
        if (co->varnames[j] == name) return j;
    }
    for (uint32_t j = co->posonlyargcount; j < total; ++j) {
        if (co->varnames[j]->equals(name)) return j;
    }
    return -1;
}

bool positional_only_passed_as_keyword(Interpreter& interp, Function* func, Tuple* kwnames) {
    const CodeObject* co = func->code;
    std::string names;
    for (Value k : *kwnames) {
        for (uint32_t j = 0; j < co->posonlyargcount; ++j) {
            if (co->varnames[j]->equals(as_str(k))) {
                if (!names.empty()) names += ", ";
                names += as_str(k)->view();
            }
        }
    }
    if (names.empty()) return false;
    interp.raise_format(interp.exceptions.type_error,
                        "%s() got some positional-only arguments passed as keyword arguments: "
                        "'%s'",
                        qualname_of(func).c_str(), names.c_str());
    return true;
}

bool bind_arguments(Interpreter& interp, Function* func, Value* locals, const Value* args,
                    size_t nargs, Tuple* kwnames) {
    const CodeObject* co = func->code;
    const size_t nkw = kwnames ? kwnames->size() : 0;
    const size_t npos = nargs - nkw;
    const uint32_t total = co->argcount + co->kwonlyargcount;
    const bool varargs = co->flags & CodeVarargs;
    Dict* kwdict = nullptr;
    if (co->flags & CodeVarkeywords) {
        kwdict = Dict::make(interp);
        locals[total + (varargs ? 1 : 0)] = kwdict->value();
    }
    const size_t n = npos < co->argcount ? npos : co->argcount;
    for (size_t i = 0; i < n; ++i) locals[i] = args[i];
    if (varargs) {
        locals[total] =
            npos > n ? Tuple::make(interp, args + n, npos - n)->value() : interp.empty_tuple;
    }
    for (size_t k = 0; k < nkw; ++k) {
        Str* name = as_str((*kwnames)[k]);
        const Value value = args[npos + k];
        const int64_t j = keyword_slot(co, name);
        if (j < 0) {
            if (!kwdict) {
                if (co->posonlyargcount &&
                    positional_only_passed_as_keyword(interp, func, kwnames)) {
                    return false;
                }
                interp.raise_format(interp.exceptions.type_error,
                                    "%s() got an unexpected keyword argument '%s'",
                                    qualname_of(func).c_str(), std::string(name->view()).c_str());
                return false;
            }
            kwdict->set(interp, name, value);
            continue;
        }
        if (!locals[j].is_absent()) {
            interp.raise_format(interp.exceptions.type_error,
                                "%s() got multiple values for argument '%s'",
                                qualname_of(func).c_str(), std::string(name->view()).c_str());
            return false;
        }
        locals[j] = value;
    }
    if (npos > co->argcount && !varargs) {
        too_many_positional(interp, func, locals, npos);
        return false;
    }
    if (npos < co->argcount) {
        const uint32_t defcount =
            func->defaults ? static_cast<uint32_t>(func->defaults->size()) : 0;
        const uint32_t m = co->argcount - defcount;
        for (uint32_t i = static_cast<uint32_t>(npos); i < m; ++i) {
            if (locals[i].is_absent()) {
                missing_arguments(interp, func, locals, 0, m, "positional");
                return false;
            }
        }
        for (uint32_t i = n > m ? static_cast<uint32_t>(n) - m : 0; i < defcount; ++i) {
            if (locals[m + i].is_absent()) locals[m + i] = (*func->defaults)[i];
        }
    }
    if (co->kwonlyargcount) {
        bool missing = false;
        for (uint32_t i = co->argcount; i < total; ++i) {
            if (!locals[i].is_absent()) continue;
            if (func->kwdefaults) {
                Value d = func->kwdefaults->get(co->varnames[i]);
                if (!d.is_absent()) {
                    locals[i] = d;
                    continue;
                }
            }
            missing = true;
        }
        if (missing) {
            missing_arguments(interp, func, locals, co->argcount, total, "keyword-only");
            return false;
        }
    }
    return true;
}

} // namespace

Frame* prepare_call_binding(Interpreter& interp, Function* func, const Value* args, size_t nargs,
                            Tuple* kwnames) {
    CodeObject* co = func->code;
    Frame* frame = make_frame(interp, co, func->globals, func->builtins);
    Value* locals = frame->locals_plus();
    const bool simple = !kwnames && nargs == co->argcount && co->total_args == co->argcount;
    if (simple) {
        for (size_t i = 0; i < nargs; ++i) locals[i] = args[i];
    } else if (!bind_arguments(interp, func, locals, args, nargs, kwnames)) {
        return nullptr;
    }
    if (co->ncells) {
        Value* cells = frame->cells();
        const size_t ncellvars = co->cellvars.size();
        for (size_t i = 0; i < ncellvars; ++i) {
            const int32_t param = co->cell_params[i];
            cells[i] = make_cell(interp, param >= 0 ? locals[param] : Value::absent())->value();
        }
        for (size_t i = 0; i < co->freevars.size(); ++i) cells[ncellvars + i] = (*func->closure)[i];
    }
    return frame;
}

Value call_function(Interpreter& interp, Function* func, const Value* args, size_t nargs,
                    Tuple* kwnames) {
    Frame* frame = prepare_call(interp, func, args, nargs, kwnames);
    if (!frame) return Value::error();
    return finish_call(interp, frame);
}

Value finish_call(Interpreter& interp, Frame* frame) {
    if (frame->code->flags & (CodeGenerator | CodeCoroutine | CodeAsyncGenerator)) {
        return make_generator(interp, frame)->value();
    }
    return run_frame(interp, frame);
}

Value run_module_code(Interpreter& interp, CodeObject* code, Dict* globals) {
    Frame* frame = make_frame(interp, code, globals, interp.builtins);
    frame->locals = globals;
    return run_frame(interp, frame);
}

} // namespace coil::vm
