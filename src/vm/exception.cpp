// BaseException and the builtin exception hierarchy: construction, the attributes particular
// to some classes, str/repr as CPython prints them, and `except` clause matching.
#include "vm/exception.hpp"

#include "vm/class_creation.hpp"
#include "vm/dict.hpp"
#include "vm/exception_group.hpp"
#include "vm/int.hpp"
#include "vm/list.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <cerrno>
#include <string>

namespace coil::vm {

namespace {

// The hierarchy of CPython 3.11 in definition order (each base before its subclasses), as
// printed by walking builtins with python3.
struct ExceptionSpec {
    const char* name;
    const char* base;
    const char* second_base;
};
constexpr ExceptionSpec hierarchy[] = {
    {"BaseException", nullptr, nullptr},
    {"Exception", "BaseException", nullptr},
    {"ArithmeticError", "Exception", nullptr},
    {"AssertionError", "Exception", nullptr},
    {"AttributeError", "Exception", nullptr},
    {"BaseExceptionGroup", "BaseException", nullptr},
    {"OSError", "Exception", nullptr},
    {"BlockingIOError", "OSError", nullptr},
    {"ConnectionError", "OSError", nullptr},
    {"BrokenPipeError", "ConnectionError", nullptr},
    {"BufferError", "Exception", nullptr},
    {"Warning", "Exception", nullptr},
    {"BytesWarning", "Warning", nullptr},
    {"ChildProcessError", "OSError", nullptr},
    {"ConnectionAbortedError", "ConnectionError", nullptr},
    {"ConnectionRefusedError", "ConnectionError", nullptr},
    {"ConnectionResetError", "ConnectionError", nullptr},
    {"DeprecationWarning", "Warning", nullptr},
    {"EOFError", "Exception", nullptr},
    {"EncodingWarning", "Warning", nullptr},
    {"ExceptionGroup", "BaseExceptionGroup", "Exception"},
    {"FileExistsError", "OSError", nullptr},
    {"FileNotFoundError", "OSError", nullptr},
    {"FloatingPointError", "ArithmeticError", nullptr},
    {"FutureWarning", "Warning", nullptr},
    {"GeneratorExit", "BaseException", nullptr},
    {"ImportError", "Exception", nullptr},
    {"ImportWarning", "Warning", nullptr},
    {"SyntaxError", "Exception", nullptr},
    {"IndentationError", "SyntaxError", nullptr},
    {"LookupError", "Exception", nullptr},
    {"IndexError", "LookupError", nullptr},
    {"InterruptedError", "OSError", nullptr},
    {"IsADirectoryError", "OSError", nullptr},
    {"KeyError", "LookupError", nullptr},
    {"KeyboardInterrupt", "BaseException", nullptr},
    {"MemoryError", "Exception", nullptr},
    {"ModuleNotFoundError", "ImportError", nullptr},
    {"NameError", "Exception", nullptr},
    {"NotADirectoryError", "OSError", nullptr},
    {"RuntimeError", "Exception", nullptr},
    {"NotImplementedError", "RuntimeError", nullptr},
    {"OverflowError", "ArithmeticError", nullptr},
    {"PendingDeprecationWarning", "Warning", nullptr},
    {"PermissionError", "OSError", nullptr},
    {"ProcessLookupError", "OSError", nullptr},
    {"RecursionError", "RuntimeError", nullptr},
    {"ReferenceError", "Exception", nullptr},
    {"ResourceWarning", "Warning", nullptr},
    {"RuntimeWarning", "Warning", nullptr},
    {"StopAsyncIteration", "Exception", nullptr},
    {"StopIteration", "Exception", nullptr},
    {"SyntaxWarning", "Warning", nullptr},
    {"SystemError", "Exception", nullptr},
    {"SystemExit", "BaseException", nullptr},
    {"TabError", "IndentationError", nullptr},
    {"TimeoutError", "OSError", nullptr},
    {"TypeError", "Exception", nullptr},
    {"UnboundLocalError", "NameError", nullptr},
    {"ValueError", "Exception", nullptr},
    {"UnicodeError", "ValueError", nullptr},
    {"UnicodeDecodeError", "UnicodeError", nullptr},
    {"UnicodeEncodeError", "UnicodeError", nullptr},
    {"UnicodeTranslateError", "UnicodeError", nullptr},
    {"UnicodeWarning", "Warning", nullptr},
    {"UserWarning", "Warning", nullptr},
    {"ZeroDivisionError", "ArithmeticError", nullptr},
};

std::string tname(Interpreter& interp, Value v) {
    return std::string(type_name(interp, v));
}

Dict* exception_dict(Interpreter& interp, BaseException* e) {
    if (!e->dict) e->dict = Dict::make(interp);
    return e->dict;
}

void set_field(Interpreter& interp, BaseException* e, const char* name, Value v) {
    exception_dict(interp, e)->set(interp, interp.intern(name), v);
}

Value get_field(Interpreter& interp, BaseException* e, const char* name) {
    if (!e->dict) return Value::none();
    Value v = e->dict->get(interp.intern(name));
    return v.is_absent() ? Value::none() : v;
}

// Keyword arguments some classes accept (NameError(name=...), ImportError(name=, path=)).
// `owner` names the class that takes them in messages, as CPython does for its subclasses too.
bool take_keywords(Interpreter& interp, BaseException* e, const Value* args, size_t nargs,
                   Tuple* kwnames, const char* owner, std::initializer_list<const char*> allowed) {
    if (!kwnames) return true;
    for (size_t i = 0; i < kwnames->size(); ++i) {
        Str* key = as_str((*kwnames)[i]);
        bool ok = false;
        for (const char* a : allowed) ok |= key->equals(a);
        if (!ok) {
            interp.raise_format(interp.exceptions.type_error,
                                "'%s' is an invalid keyword argument for %s()",
                                std::string(key->view()).c_str(), owner);
            return false;
        }
        exception_dict(interp, e)->set(interp, interp.intern(key), args[nargs + i]);
    }
    return true;
}

bool is_subclass_of(Interpreter& interp, BaseException* e, Type* t) {
    return t && is_subtype(e->type, t);
}

// The class-specific part of __init__, shared by construction from Python and from C++.
int init_fields(Interpreter& interp, BaseException* e, const Value* args, size_t nargs,
                Tuple* kwnames) {
    ExceptionTypes& x = interp.exceptions;
    e->args = Tuple::make(interp, args, nargs);
    if (is_subclass_of(interp, e, x.stop_iteration)) {
        set_field(interp, e, "value", nargs > 0 ? args[0] : Value::none());
    } else if (is_subclass_of(interp, e, x.system_exit)) {
        set_field(interp, e, "code",
                  nargs == 0   ? Value::none()
                  : nargs == 1 ? args[0]
                               : e->args->value());
    } else if (is_subclass_of(interp, e, x.name_error)) {
        if (!take_keywords(interp, e, args, nargs, kwnames, "NameError", {"name"})) {
            return -1;
        }
        return 0;
    } else if (is_subclass_of(interp, e, x.attribute_error)) {
        if (!take_keywords(interp, e, args, nargs, kwnames, "AttributeError", {"name", "obj"})) {
            return -1;
        }
        return 0;
    } else if (is_subclass_of(interp, e, x.import_error)) {
        if (!take_keywords(interp, e, args, nargs, kwnames, "ImportError", {"name", "path"})) {
            return -1;
        }
        set_field(interp, e, "msg", nargs == 1 ? args[0] : Value::none());
        return 0;
    } else if (is_subclass_of(interp, e, x.os_error)) {
        if (nargs >= 2 && nargs <= 5) {
            set_field(interp, e, "errno", args[0]);
            set_field(interp, e, "strerror", args[1]);
            set_field(interp, e, "filename", nargs >= 3 ? args[2] : Value::none());
            set_field(interp, e, "filename2", nargs >= 5 ? args[4] : Value::none());
            // The file names stay out of args: OSError(2, 'msg', 'f').args == (2, 'msg').
            if (nargs >= 3) e->args = Tuple::make(interp, args, 2);
        }
    } else if (is_subclass_of(interp, e, x.syntax_error)) {
        set_field(interp, e, "msg", nargs >= 1 ? args[0] : Value::none());
        const char* fields[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
        for (const char* f : fields) set_field(interp, e, f, Value::none());
        if (nargs == 2) {
            if (!is_tuple(args[1]) || as_tuple(args[1])->size() < 4 ||
                as_tuple(args[1])->size() > 6) {
                interp.raise(interp.exceptions.index_error, "tuple index out of range");
                return -1;
            }
            Tuple* info = as_tuple(args[1]);
            for (size_t i = 0; i < info->size(); ++i) set_field(interp, e, fields[i], (*info)[i]);
        }
    }
    if (kwnames && kwnames->size() > 0) {
        interp.raise_format(interp.exceptions.type_error, "%s() takes no keyword arguments",
                            std::string(e->type->name->view()).c_str());
        return -1;
    }
    return 0;
}

BaseException* allocate_exception(Interpreter& interp, Type* type) {
    // Groups made without BaseExceptionGroup.__new__ (by C++) still get their fields set up.
    BaseException* e = is_subtype(type, interp.exceptions.base_exception_group)
                           ? make_instance<ExceptionGroup>(interp, type)
                           : make_instance<BaseException>(interp, type);
    e->args = as_tuple(interp.empty_tuple);
    return e;
}

Value exc_new(Interpreter& interp, Type* type, const Value* args, size_t nargs, Tuple*) {
    // OSError(errno, strerror, ...) makes the subclass for the errno (PEP 3151).
    if (type == interp.exceptions.os_error && nargs >= 2 && args[0].is_small_int()) {
        type = os_error_class_for(interp, static_cast<int>(args[0].as_small_int()));
    }
    BaseException* e = allocate_exception(interp, type);
    e->args = Tuple::make(interp, args, nargs);
    return e->value();
}

int exc_init(Interpreter& interp, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    return init_fields(interp, as_exception(self), args, nargs, kwnames);
}

Value exc_repr(Interpreter& interp, Value self) {
    BaseException* e = as_exception(self);
    std::string text(e->type->name->view());
    if (e->args->size() == 1) {
        Str* r = ops::repr(interp, (*e->args)[0]);
        if (!r) return Value::error();
        text += "(";
        text += r->view();
        text += ")";
    } else {
        Str* r = ops::repr(interp, e->args->value());
        if (!r) return Value::error();
        text += r->view();
    }
    return Str::make(interp, text)->value();
}

std::string basename(std::string_view path) {
    size_t slash = path.rfind('/');
    return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

Value exc_str(Interpreter& interp, Value self) {
    BaseException* e = as_exception(self);
    ExceptionTypes& x = interp.exceptions;
    if (is_subclass_of(interp, e, x.key_error) && e->args->size() == 1) {
        Str* r = ops::repr(interp, (*e->args)[0]);
        return r ? r->value() : Value::error();
    }
    if (is_subclass_of(interp, e, x.os_error)) {
        Value err = get_field(interp, e, "errno");
        Value strerror = get_field(interp, e, "strerror");
        if (!err.is_none() && !strerror.is_none()) {
            Str* a = ops::str(interp, err);
            Str* b = a ? ops::str(interp, strerror) : nullptr;
            if (!b) return Value::error();
            std::string text = "[Errno " + std::string(a->view()) + "] " + std::string(b->view());
            Value filename = get_field(interp, e, "filename");
            if (!filename.is_none()) {
                Str* f = ops::repr(interp, filename);
                if (!f) return Value::error();
                text += ": " + std::string(f->view());
            }
            return Str::make(interp, text)->value();
        }
    }
    if (is_subclass_of(interp, e, x.syntax_error)) {
        Value msg = get_field(interp, e, "msg");
        Str* m = ops::str(interp, msg);
        if (!m) return Value::error();
        Value filename = get_field(interp, e, "filename");
        Value lineno = get_field(interp, e, "lineno");
        std::string text(m->view());
        bool has_file = is_str(filename);
        bool has_line = is_int(lineno);
        if (has_file && has_line) {
            text +=
                " (" + basename(as_str(filename)->view()) + ", line " + int_to_string(lineno) + ")";
        } else if (has_file) {
            text += " (" + basename(as_str(filename)->view()) + ")";
        } else if (has_line) {
            text += " (line " + int_to_string(lineno) + ")";
        }
        return Str::make(interp, text)->value();
    }
    if (e->args->size() == 0) return interp.empty_str;
    Str* s = ops::str(interp, e->args->size() == 1 ? (*e->args)[0] : e->args->value());
    return s ? s->value() : Value::error();
}

Value exc_getattr(Interpreter& interp, Value self, Str* name, bool suppress_missing) {
    BaseException* e = as_exception(self);
    std::string_view n = name->view();
    if (n.size() > 2 && n[0] == '_' && n[1] == '_') {
        if (n == "__traceback__") return e->traceback;
        if (n == "__cause__") return e->cause;
        if (n == "__context__") return e->context;
        if (n == "__suppress_context__") return Value::from_bool(e->suppress_context);
    } else if (name == interp.names.args) {
        return e->args->value();
    }
    Value v = generic_getattr(interp, self, name, true);
    if (!v.is_absent()) return v;
    // CPython's member descriptors: these attributes exist (None) even when never set.
    static constexpr std::string_view optional_fields[] = {
        "value",    "code",      "name",   "obj",    "path", "msg",        "errno",     "strerror",
        "filename", "filename2", "lineno", "offset", "text", "end_lineno", "end_offset"};
    ExceptionTypes& x = interp.exceptions;
    for (std::string_view f : optional_fields) {
        if (n != f) continue;
        bool applies = (f == "value" && is_subclass_of(interp, e, x.stop_iteration)) ||
                       (f == "code" && is_subclass_of(interp, e, x.system_exit)) ||
                       ((f == "name") && (is_subclass_of(interp, e, x.name_error) ||
                                          is_subclass_of(interp, e, x.attribute_error) ||
                                          is_subclass_of(interp, e, x.import_error))) ||
                       (f == "obj" && is_subclass_of(interp, e, x.attribute_error)) ||
                       ((f == "path" || f == "msg") && is_subclass_of(interp, e, x.import_error)) ||
                       ((f == "errno" || f == "strerror" || f == "filename" || f == "filename2") &&
                        is_subclass_of(interp, e, x.os_error)) ||
                       ((f == "msg" || f == "filename" || f == "lineno" || f == "offset" ||
                         f == "text" || f == "end_lineno" || f == "end_offset") &&
                        is_subclass_of(interp, e, x.syntax_error));
        if (applies) return Value::none();
    }
    if (suppress_missing) return Value::absent();
    return interp.raise_format(interp.exceptions.attribute_error,
                               "'%s' object has no attribute '%s'",
                               std::string(e->type->name->view()).c_str(), std::string(n).c_str());
}

int exc_setattr(Interpreter& interp, Value self, Str* name, Value value) {
    BaseException* e = as_exception(self);
    std::string_view n = name->view();
    if (name == interp.names.args) {
        if (value.is_absent()) {
            interp.raise_type_error("args may not be deleted");
            return -1;
        }
        Value t =
            is_tuple(value) ? value : ops::call(interp, interp.types.tuple->value(), &value, 1);
        if (t.is_error()) return -1;
        e->args = as_tuple(t);
        return 0;
    }
    if (n == "__traceback__") {
        if (value.is_absent()) {
            interp.raise_type_error("__traceback__ may not be deleted");
            return -1;
        }
        if (!value.is_none() && type_of(interp, value) != interp.types.traceback) {
            interp.raise_type_error("__traceback__ must be a traceback or None");
            return -1;
        }
        e->traceback = value;
        return 0;
    }
    if (n == "__cause__" || n == "__context__") {
        if (value.is_absent()) {
            interp.raise_type_error(n == "__cause__" ? "__cause__ may not be deleted"
                                                     : "__context__ may not be deleted");
            return -1;
        }
        if (!value.is_none() && !is_exception_instance(value)) {
            interp.raise_format(interp.exceptions.type_error,
                                "exception %s must be None or derive from BaseException",
                                n == "__cause__" ? "cause" : "context");
            return -1;
        }
        if (n == "__cause__") {
            e->cause = value;
            e->suppress_context = true;
        } else {
            e->context = value;
        }
        return 0;
    }
    if (n == "__suppress_context__") {
        int t = value.is_absent() ? 0 : ops::truthy(interp, value);
        if (t < 0) return -1;
        e->suppress_context = t;
        return 0;
    }
    return generic_setattr(interp, self, name, value);
}

Value exc_dunder_init(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (nargs == 0 || !is_exception_instance(args[0])) {
        return interp.raise_type_error(
            "descriptor '__init__' of 'BaseException' object needs an argument");
    }
    if (init_fields(interp, as_exception(args[0]), args + 1, nargs - 1, kwnames) < 0) {
        return Value::error();
    }
    return Value::none();
}

Value exc_dunder_str(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "__str__", nargs - 1)) return Value::error();
    return exc_str(interp, args[0]);
}

Value exc_dunder_repr(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "__repr__", nargs - 1)) return Value::error();
    return exc_repr(interp, args[0]);
}

Value exc_with_traceback(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "with_traceback", nargs - 1)) return Value::error();
    if (exc_setattr(interp, args[0], interp.intern("__traceback__"), args[1]) < 0) {
        return Value::error();
    }
    return args[0];
}

Value exc_add_note(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "BaseException.add_note", nargs - 1)) return Value::error();
    if (!is_str(args[1])) {
        return interp.raise_format(interp.exceptions.type_error, "note must be a str, not '%s'",
                                   tname(interp, args[1]).c_str());
    }
    BaseException* e = as_exception(args[0]);
    Dict* d = exception_dict(interp, e);
    Value notes = d->get(interp.names.dunder_notes);
    if (notes.is_absent()) {
        notes = List::make(interp)->value();
        d->set(interp, interp.names.dunder_notes, notes);
    }
    if (!is_list(notes)) return interp.raise_type_error("Cannot add note: __notes__ is not a list");
    as_list(notes)->append(interp, args[1]);
    return Value::none();
}

} // namespace

void trace_exception(Object* self, Tracer& tracer) {
    auto* e = static_cast<BaseException*>(self);
    tracer.mark(e->dict);
    tracer.mark(e->args);
    tracer.mark(e->traceback);
    tracer.mark(e->cause);
    tracer.mark(e->context);
}

Value raise_name_not_defined(Interpreter& interp, Str* name) {
    BaseException* e = make_exception(interp, interp.exceptions.name_error,
                                      "name '" + std::string(name->view()) + "' is not defined");
    set_field(interp, e, "name", name->value());
    return interp.raise_value(e->value());
}

void add_attribute_error_context(Interpreter& interp, Value obj, Str* name) {
    if (!interp.pending_matches(interp.exceptions.attribute_error)) return;
    const Value pending = interp.pending();
    if (!is_exception_instance(pending)) return;
    BaseException* e = as_exception(pending);
    Str* name_key = interp.names.name;
    Str* obj_key = interp.names.obj;
    if (e->dict && (!e->dict->get(name_key).is_absent() || !e->dict->get(obj_key).is_absent())) {
        return;
    }
    Dict* d = exception_dict(interp, e);
    d->set(interp, name_key, name->value());
    d->set(interp, obj_key, obj);
}

BaseException* make_exception(Interpreter& interp, Type* type, Tuple* args) {
    BaseException* e = allocate_exception(interp, type);
    if (init_fields(interp, e, args->items(), args->size(), nullptr) < 0) {
        // Only malformed arguments for the special classes get here; keep the args.
        interp.clear_pending();
        e->args = args;
    }
    return e;
}

BaseException* make_exception(Interpreter& interp, Type* type, std::string_view message) {
    return make_exception(interp, type, Tuple::make(interp, {Str::make(interp, message)->value()}));
}

namespace {

// CPython's errno-to-class table (PEP 3151).
const char* os_error_class_name(int err) {
    switch (err) {
    case ENOENT:
        return "FileNotFoundError";
    case EEXIST:
        return "FileExistsError";
    case EISDIR:
        return "IsADirectoryError";
    case ENOTDIR:
        return "NotADirectoryError";
    case EACCES:
    case EPERM:
        return "PermissionError";
    case EAGAIN:
    case EALREADY:
    case EINPROGRESS:
        return "BlockingIOError";
    case EINTR:
        return "InterruptedError";
    case ECHILD:
        return "ChildProcessError";
    case ESRCH:
        return "ProcessLookupError";
    case ETIMEDOUT:
        return "TimeoutError";
    case EPIPE:
    case ESHUTDOWN:
        return "BrokenPipeError";
    case ECONNABORTED:
        return "ConnectionAbortedError";
    case ECONNREFUSED:
        return "ConnectionRefusedError";
    case ECONNRESET:
        return "ConnectionResetError";
    default:
        return "OSError";
    }
}

} // namespace

Type* os_error_class_for(Interpreter& interp, int err) {
    const auto found = interp.exceptions.by_name.find(os_error_class_name(err));
    return found != interp.exceptions.by_name.end() ? found->second : interp.exceptions.os_error;
}

bool is_exception_class(Value v) {
    return is_type(v) && as_type(v)->has_flag(TypeExceptionSubclass);
}

int exception_matches(Interpreter& interp, Value exc, Value clause) {
    if (is_tuple(clause)) {
        // Every entry is checked before any matches, as CPython does.
        for (Value c : *as_tuple(clause)) {
            if (!is_exception_class(c)) {
                interp.raise_type_error(
                    "catching classes that do not inherit from BaseException is not allowed");
                return -1;
            }
        }
        for (Value c : *as_tuple(clause)) {
            if (is_instance(interp, exc, as_type(c))) return 1;
        }
        return 0;
    }
    if (!is_exception_class(clause)) {
        interp.raise_type_error(
            "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return is_instance(interp, exc, as_type(clause));
}

Value stop_iteration_value(Interpreter& interp, BaseException* exc) {
    return get_field(interp, exc, "value");
}

Value raise_stop_iteration(Interpreter& interp, Value value) {
    Tuple* args = value.is_none() ? as_tuple(interp.empty_tuple) : Tuple::make(interp, {value});
    interp.set_pending(make_exception(interp, interp.exceptions.stop_iteration, args)->value());
    return Value::error();
}

Str* exception_str(Interpreter& interp, Value exc) {
    return ops::str(interp, exc);
}

void init_exception_types(Interpreter& interp) {
    ExceptionTypes& x = interp.exceptions;
    for (const ExceptionSpec& spec : hierarchy) {
        Type* base = spec.base ? x.by_name.at(spec.base) : interp.types.object;
        Type* t = make_builtin_type(interp, spec.name, base, sizeof(BaseException),
                                    TypeBaseType | TypeExceptionSubclass | TypeHasDict);
        if (!spec.base) {
            t->dict_offset = field_offset(&BaseException::dict);
            t->slots.new_ = exc_new;
            t->slots.init = exc_init;
            t->slots.repr = exc_repr;
            t->slots.str = exc_str;
            t->slots.getattr = exc_getattr;
            t->slots.setattr = exc_setattr;
            t->slots.trace = trace_exception;
            add_method(interp, t, "__init__", exc_dunder_init);
            add_method(interp, t, "__str__", exc_dunder_str);
            add_method(interp, t, "__repr__", exc_dunder_repr);
            add_method(interp, t, "with_traceback", exc_with_traceback);
            add_method(interp, t, "add_note", exc_add_note);
        }
        if (spec.second_base) {
            t->bases =
                Tuple::make(interp, {base->value(), x.by_name.at(spec.second_base)->value()});
            compute_mro(interp, t);
        }
        x.by_name.emplace(spec.name, t);
    }
    auto get = [&](const char* name) { return x.by_name.at(name); };
    x.base_exception = get("BaseException");
    x.exception = get("Exception");
    x.type_error = get("TypeError");
    x.value_error = get("ValueError");
    x.name_error = get("NameError");
    x.unbound_local_error = get("UnboundLocalError");
    x.attribute_error = get("AttributeError");
    x.key_error = get("KeyError");
    x.index_error = get("IndexError");
    x.zero_division_error = get("ZeroDivisionError");
    x.overflow_error = get("OverflowError");
    x.recursion_error = get("RecursionError");
    x.runtime_error = get("RuntimeError");
    x.stop_iteration = get("StopIteration");
    x.stop_async_iteration = get("StopAsyncIteration");
    x.generator_exit = get("GeneratorExit");
    x.not_implemented_error = get("NotImplementedError");
    x.assertion_error = get("AssertionError");
    x.import_error = get("ImportError");
    x.module_not_found_error = get("ModuleNotFoundError");
    x.syntax_error = get("SyntaxError");
    x.memory_error = get("MemoryError");
    x.system_exit = get("SystemExit");
    x.keyboard_interrupt = get("KeyboardInterrupt");
    x.lookup_error = get("LookupError");
    x.arithmetic_error = get("ArithmeticError");
    x.unicode_error = get("UnicodeError");
    x.unicode_decode_error = get("UnicodeDecodeError");
    x.os_error = get("OSError");
    x.eof_error = get("EOFError");
    x.timeout_error = get("TimeoutError");
    x.system_error = get("SystemError");
    x.base_exception_group = get("BaseExceptionGroup");
    x.exception_group = get("ExceptionGroup");
    init_exception_group_types(interp);
}

} // namespace coil::vm
