// BaseExceptionGroup and ExceptionGroup: construction, split/subgroup/derive and the runtime
// half of `except*`, after CPython 3.11's Objects/exceptions.c.
#include "vm/exception_group.hpp"

#include "vm/dict.hpp"
#include "vm/heap.hpp"
#include "vm/list.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <string>
#include <unordered_set>

namespace coil::vm {

namespace {

std::string tname(Interpreter& interp, Value v) {
    return std::string(type_name(interp, v));
}

void trace_exception_group(Object* self, Tracer& tracer) {
    trace_exception(self, tracer);
    auto* g = static_cast<ExceptionGroup*>(self);
    tracer.mark(g->message);
    tracer.mark(g->exceptions);
}

// A group with its sub-exceptions set (one made by BaseException.__new__ has none).
bool has_sub_exceptions(const Interpreter& interp, Value v) {
    return is_exception_group(interp, v) && as_exception_group(v)->exceptions;
}

// The sub-exceptions argument as a tuple (PySequence_Tuple of anything with __getitem__
// except a mapping); nullptr with TypeError when it is not a sequence.
Tuple* exceptions_tuple(Interpreter& interp, Value seq) {
    if (is_tuple(seq)) return as_tuple(seq);
    Type* t = type_of(interp, seq);
    if (!is_list(seq) && (!t->slots.getitem || is_dict(seq))) {
        interp.raise_type_error("second argument (exceptions) must be a sequence");
        return nullptr;
    }
    const Value items = ops::call(interp, interp.types.tuple->value(), &seq, 1);
    return items.is_error() ? nullptr : as_tuple(items);
}

// BaseExceptionGroup.__new__: checks the arguments and picks the class (a BaseExceptionGroup
// of Exceptions only is an ExceptionGroup).
Value group_new(Interpreter& interp, Type* type, const Value* args, size_t nargs, Tuple*) {
    if (nargs != 2) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu "
                                   "given)",
                                   nargs);
    }
    if (!is_str(args[0])) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                                   args[0].is_none() ? "None" : tname(interp, args[0]).c_str());
    }
    Tuple* excs = exceptions_tuple(interp, args[1]);
    if (!excs) return Value::error();
    if (excs->size() == 0) {
        return interp.raise(interp.exceptions.value_error,
                            "second argument (exceptions) must be a non-empty sequence");
    }
    bool nested_base_exceptions = false;
    for (size_t i = 0; i < excs->size(); ++i) {
        const Value e = (*excs)[i];
        if (!is_exception_instance(e)) {
            return interp.raise_format(interp.exceptions.value_error,
                                       "Item %zu of second argument (exceptions) is not an "
                                       "exception",
                                       i);
        }
        if (!is_instance(interp, e, interp.exceptions.exception)) nested_base_exceptions = true;
    }
    Type* cls = type;
    if (cls == interp.exceptions.exception_group) {
        if (nested_base_exceptions) {
            return interp.raise_type_error("Cannot nest BaseExceptions in an ExceptionGroup");
        }
    } else if (cls == interp.exceptions.base_exception_group) {
        if (!nested_base_exceptions) cls = interp.exceptions.exception_group;
    } else if (nested_base_exceptions && is_subtype(cls, interp.exceptions.exception)) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "Cannot nest BaseExceptions in '%s'",
                                   std::string(cls->name->view()).c_str());
    }
    Rooted keep(interp.shadow_roots(), excs->value());
    auto* g = interp.heap().make_sized<ExceptionGroup>(cls, cls->instance_size);
    g->args = Tuple::make(interp, args, nargs);
    g->message = args[0];
    g->exceptions = excs;
    return g->value();
}

Value group_str(Interpreter& interp, Value self) {
    ExceptionGroup* g = as_exception_group(self);
    if (!g->exceptions || !is_str(g->message)) {
        return interp.exceptions.base_exception->slots.str(interp, self);
    }
    const size_t n = g->exceptions->size();
    std::string text = std::string(as_str(g->message)->view()) + " (" + std::to_string(n) +
                       " sub-exception" + (n == 1 ? "" : "s") + ")";
    return Str::make(interp, text)->value();
}

Value group_dunder_str(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "__str__", nargs - 1)) return Value::error();
    return group_str(interp, args[0]);
}

// How split() and subgroup() decide whether a leaf (or a whole group) matches.
enum class MatchBy { Type, Predicate, Identity };

struct Matcher {
    MatchBy by;
    Value value;                                         // the type, tuple or predicate
    const std::unordered_set<Object*>* leaves = nullptr; // Identity
};

bool make_matcher(Interpreter& interp, Value value, Matcher* out) {
    if (!is_type(value) && type_of(interp, value)->slots.call) {
        *out = Matcher{MatchBy::Predicate, value};
        return true;
    }
    bool ok = is_exception_class(value);
    if (!ok && is_tuple(value)) {
        ok = true;
        for (Value t : *as_tuple(value)) ok = ok && is_exception_class(t);
    }
    if (!ok) {
        interp.raise_type_error("expected a function, exception type or tuple of exception types");
        return false;
    }
    *out = Matcher{MatchBy::Type, value};
    return true;
}

// 1 match, 0 not, -1 error.
int matches(Interpreter& interp, Value exc, const Matcher& m) {
    switch (m.by) {
    case MatchBy::Type:
        return exception_matches(interp, exc, m.value);
    case MatchBy::Predicate: {
        const Value r = ops::call1(interp, m.value, exc);
        if (r.is_error()) return -1;
        return ops::truthy(interp, r);
    }
    case MatchBy::Identity:
        break;
    }
    return m.leaves->count(exc.as_object()) ? 1 : 0;
}

// exceptiongroup_subset: a group like `orig` holding `excs` (None when excs is empty), made
// by orig.derive() and given orig's traceback, cause, context and a copy of its notes.
Value subset(Interpreter& interp, Value orig, List* excs) {
    if (excs->size() == 0) return Value::none();
    Value arg = excs->value();
    const Value eg = ops::call_method(interp, orig, interp.intern("derive"), &arg, 1);
    if (eg.is_error()) return eg;
    if (!is_exception_group(interp, eg)) {
        return interp.raise_type_error("derive must return an instance of BaseExceptionGroup");
    }
    Rooted keep(interp.shadow_roots(), eg);
    BaseException* from = as_exception(orig);
    BaseException* to = as_exception(eg);
    to->traceback = from->traceback;
    to->context = from->context;
    to->cause = from->cause;
    to->suppress_context = true; // as PyException_SetCause does
    if (from->dict) {
        const Value notes = from->dict->get(interp.names.dunder_notes);
        // Any sequence is copied into a list; other values are not notes and are dropped.
        if (!notes.is_absent() && type_of(interp, notes)->slots.getitem && !is_dict(notes)) {
            const Value copy = ops::call(interp, interp.types.list->value(), &notes, 1);
            if (copy.is_error()) return copy;
            if (ops::set_attr(interp, eg, interp.names.dunder_notes, copy) < 0) {
                return Value::error();
            }
        }
    }
    return eg;
}

constexpr int max_split_depth = 1000;

// exceptiongroup_split_recursive: *match and *rest are set (None when empty); rest only when
// `with_rest`. false with an error pending.
bool split_recursive(Interpreter& interp, Value exc, const Matcher& m, bool with_rest, Value* match,
                     Value* rest, int depth) {
    *match = Value::none();
    *rest = Value::none();
    const int is_match = matches(interp, exc, m);
    if (is_match < 0) return false;
    if (is_match) {
        *match = exc;
        return true;
    }
    if (!has_sub_exceptions(interp, exc)) {
        if (with_rest) *rest = exc;
        return true;
    }
    if (depth > max_split_depth) {
        interp.raise(interp.exceptions.recursion_error,
                     "maximum recursion depth exceeded in exceptiongroup_split_recursive");
        return false;
    }
    List* match_list = List::make(interp);
    Rooted keep_match(interp.shadow_roots(), match_list->value());
    List* rest_list = List::make(interp);
    Rooted keep_rest(interp.shadow_roots(), rest_list->value());
    Tuple* excs = as_exception_group(exc)->exceptions;
    for (size_t i = 0; i < excs->size(); ++i) {
        Value sub_match, sub_rest;
        if (!split_recursive(interp, (*excs)[i], m, with_rest, &sub_match, &sub_rest, depth + 1)) {
            return false;
        }
        if (!sub_match.is_none()) match_list->append(interp, sub_match);
        if (!sub_rest.is_none()) rest_list->append(interp, sub_rest);
    }
    const Value matched = subset(interp, exc, match_list);
    if (matched.is_error()) return false;
    if (with_rest) {
        Rooted keep(interp.shadow_roots(), matched);
        const Value left = subset(interp, exc, rest_list);
        if (left.is_error()) return false;
        *rest = left;
    }
    *match = matched;
    return true;
}

Value group_split(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "split", kwnames) ||
        !check_arity(interp, "split", nargs - 1, 1, 1))
        return Value::error();
    Matcher m;
    if (!make_matcher(interp, args[1], &m)) return Value::error();
    Value match, rest;
    if (!split_recursive(interp, args[0], m, true, &match, &rest, 0)) return Value::error();
    return Tuple::make(interp, {match, rest})->value();
}

Value group_subgroup(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "subgroup", kwnames) ||
        !check_arity(interp, "subgroup", nargs - 1, 1, 1)) {
        return Value::error();
    }
    Matcher m;
    if (!make_matcher(interp, args[1], &m)) return Value::error();
    Value match, rest;
    if (!split_recursive(interp, args[0], m, false, &match, &rest, 0)) return Value::error();
    return match;
}

Value group_derive(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "derive", kwnames)) return Value::error();
    if (nargs != 2) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "function takes exactly 1 argument (%zu given)", nargs - 1);
    }
    const Value call_args[] = {as_exception_group(args[0])->message, args[1]};
    return ops::call(interp, interp.exceptions.base_exception_group->value(), call_args, 2);
}

Value group_getattr(Interpreter& interp, Value self, Str* name, bool suppress_missing) {
    ExceptionGroup* g = as_exception_group(self);
    if (name->equals("message")) return g->message;
    if (name->equals("exceptions")) {
        return g->exceptions ? g->exceptions->value() : Value::none();
    }
    return interp.exceptions.base_exception->slots.getattr(interp, self, name, suppress_missing);
}

int group_setattr(Interpreter& interp, Value self, Str* name, Value value) {
    if (name->equals("message") || name->equals("exceptions")) {
        interp.raise(interp.exceptions.attribute_error, "readonly attribute");
        return -1;
    }
    return interp.exceptions.base_exception->slots.setattr(interp, self, name, value);
}

// The leaves of an exception (itself unless it is a group), for PREP_RERAISE_STAR.
void collect_leaves(Interpreter& interp, Value exc, std::unordered_set<Object*>& leaves) {
    if (exc.is_none()) return;
    if (!has_sub_exceptions(interp, exc)) {
        leaves.insert(exc.as_object());
        return;
    }
    for (Value e : *as_exception_group(exc)->exceptions) collect_leaves(interp, e, leaves);
}

// Was `e` re-raised as it was caught (a bare `raise`), rather than raised anew?
bool same_metadata(Interpreter& interp, Value a, Value b) {
    BaseException* x = as_exception(a);
    BaseException* y = as_exception(b);
    auto notes = [&](BaseException* e) {
        const Value v = e->dict ? e->dict->get(interp.names.dunder_notes) : Value::absent();
        return v;
    };
    return notes(x) == notes(y) && x->traceback == y->traceback && x->cause == y->cause &&
           x->context == y->context;
}

} // namespace

void init_exception_group_types(Interpreter& interp) {
    for (Type* t : {interp.exceptions.base_exception_group, interp.exceptions.exception_group}) {
        t->instance_size = sizeof(ExceptionGroup);
        t->slots.new_ = group_new;
        t->slots.str = group_str;
        t->slots.getattr = group_getattr;
        t->slots.setattr = group_setattr;
        t->slots.trace = trace_exception_group;
    }
    Type* base = interp.exceptions.base_exception_group;
    add_method(interp, base, "__str__", group_dunder_str);
    add_method(interp, base, "split", group_split);
    add_method(interp, base, "subgroup", group_subgroup);
    add_method(interp, base, "derive", group_derive);
}

Value make_exception_group(Interpreter& interp, std::string_view message, Value exceptions) {
    Rooted keep(interp.shadow_roots(), exceptions);
    const Value args[] = {Str::make(interp, message)->value(), exceptions};
    Rooted keep_message(interp.shadow_roots(), args[0]);
    return ops::call(interp, interp.exceptions.base_exception_group->value(), args, 2);
}

bool check_except_star_type(Interpreter& interp, Value clause) {
    auto check = [&](Value t) {
        if (!is_exception_class(t)) {
            interp.raise_type_error(
                "catching classes that do not inherit from BaseException is not allowed");
            return false;
        }
        if (is_subtype(as_type(t), interp.exceptions.base_exception_group)) {
            interp.raise_type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.");
            return false;
        }
        return true;
    };
    if (is_tuple(clause)) {
        for (Value t : *as_tuple(clause)) {
            if (!check(t)) return false;
        }
        return true;
    }
    return check(clause);
}

bool exception_group_match(Interpreter& interp, Value exc, Value clause, Value* match,
                           Value* rest) {
    *match = Value::none();
    *rest = Value::none();
    if (exc.is_none()) return true;
    const int whole = exception_matches(interp, exc, clause);
    if (whole < 0) return false;
    if (whole) {
        if (is_exception_group(interp, exc)) {
            *match = exc;
            return true;
        }
        // A bare exception is handled as a group of one.
        const Value wrapped = make_exception_group(interp, "", Tuple::make(interp, {exc})->value());
        if (wrapped.is_error()) return false;
        *match = wrapped;
        return true;
    }
    if (!is_exception_group(interp, exc)) return true;
    Value arg = clause;
    const Value pair = ops::call_method(interp, exc, interp.intern("split"), &arg, 1);
    if (pair.is_error()) return false;
    if (!is_tuple(pair) || as_tuple(pair)->size() != 2) {
        interp.raise_format(interp.exceptions.type_error, "%s.split must return a 2-tuple, got %s",
                            std::string(type_of(interp, exc)->name->view()).c_str(),
                            tname(interp, pair).c_str());
        return false;
    }
    *match = (*as_tuple(pair))[0];
    *rest = (*as_tuple(pair))[1];
    return true;
}

Value prepare_reraise_star(Interpreter& interp, Value original, List* raised) {
    if (raised->size() == 0) return Value::none();
    if (!is_exception_group(interp, original)) {
        // A bare exception was caught (and wrapped): one clause at most ran.
        return (*raised)[0];
    }
    List* new_list = List::make(interp);
    Rooted keep_new(interp.shadow_roots(), new_list->value());
    List* reraised = List::make(interp);
    Rooted keep_reraised(interp.shadow_roots(), reraised->value());
    for (size_t i = 0; i < raised->size(); ++i) {
        const Value e = (*raised)[i];
        if (e.is_none()) continue;
        (same_metadata(interp, e, original) ? reraised : new_list)->append(interp, e);
    }
    // The smallest part of the original group holding every re-raised leaf.
    std::unordered_set<Object*> leaves;
    for (size_t i = 0; i < reraised->size(); ++i) collect_leaves(interp, (*reraised)[i], leaves);
    Value kept = Value::none();
    if (!leaves.empty()) {
        Matcher m{MatchBy::Identity, Value::none(), &leaves};
        Value unused;
        if (!split_recursive(interp, original, m, false, &kept, &unused, 0)) {
            return Value::error();
        }
    }
    if (!kept.is_none()) new_list->append(interp, kept);
    if (new_list->size() == 0) return Value::none();
    if (new_list->size() == 1) return (*new_list)[0];
    return make_exception_group(interp, "", new_list->value());
}

} // namespace coil::vm
