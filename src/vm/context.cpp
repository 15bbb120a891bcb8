// contextvars natively: Context (a read-only mapping of variables, entered by run()),
// ContextVar (get/set/reset) and Token, with the messages of CPython's Python/context.c.
#include "vm/context.hpp"

#include "vm/descriptor.hpp"
#include "vm/exception.hpp"
#include "vm/heap.hpp"
#include "vm/list.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <cstdio>
#include <string>

namespace coil::vm {

namespace {

Context* as_context(Value v) {
    return static_cast<Context*>(v.as_object());
}
ContextVar* as_var(Value v) {
    return static_cast<ContextVar*>(v.as_object());
}
ContextToken* as_token(Value v) {
    return static_cast<ContextToken*>(v.as_object());
}

bool is_var(Interpreter& interp, Value v) {
    return v.is_object() && v.as_object()->type == interp.types.context_var;
}

std::string address_of(Value v) {
    char text[32];
    std::snprintf(text, sizeof text, "%p", static_cast<const void*>(v.as_object()));
    return text;
}

// repr(v) as a std::string; false with the exception pending when repr failed.
bool repr_of(Interpreter& interp, Value v, std::string* out) {
    Str* r = ops::repr(interp, v);
    if (!r) return false;
    *out = r->view();
    return true;
}

Context* new_context(Interpreter& interp, Dict* vars) {
    Rooted keep(interp.shadow_roots(), vars->value());
    Context* ctx = interp.heap().make<Context>(interp.types.context);
    ctx->vars = vars;
    return ctx;
}

void trace_context(Object* self, Tracer& tracer) {
    auto* ctx = static_cast<Context*>(self);
    tracer.mark(ctx->vars);
    tracer.mark(ctx->prev);
}

void trace_var(Object* self, Tracer& tracer) {
    auto* var = static_cast<ContextVar*>(self);
    tracer.mark(var->name);
    tracer.mark(var->default_value);
}

void trace_token(Object* self, Tracer& tracer) {
    auto* token = static_cast<ContextToken*>(self);
    tracer.mark(token->context);
    tracer.mark(token->var);
    tracer.mark(token->old_value);
}

// "a ContextVar key was expected, got 1"
bool check_var_key(Interpreter& interp, Value key) {
    if (is_var(interp, key)) return true;
    std::string r;
    if (!repr_of(interp, key, &r)) return false;
    interp.raise_format(interp.exceptions.type_error, "a ContextVar key was expected, got %s",
                        r.c_str());
    return false;
}

// The borrowed context back to unused: no variables, no owner, not entered.
void release_borrowed(Context* borrowed) {
    borrowed->vars = nullptr;
    borrowed->prev = nullptr;
    borrowed->owner = nullptr;
    borrowed->entered = false;
}

// The first ContextVar.set() in the borrowed context: its owner gets a Context of its own,
// which replaces the borrowed one as the current context.
Context* own_borrowed_context(Interpreter& interp, Context* borrowed) {
    Context* ctx = new_context(interp, borrowed->vars);
    *borrowed->owner = ctx;
    ctx->prev = borrowed->prev;
    ctx->entered = true;
    interp.current_context = ctx;
    release_borrowed(borrowed);
    return ctx;
}

// --- ContextVar

Value var_new(Interpreter& interp, Type*, const Value* args, size_t nargs, Tuple* kwnames) {
    if (nargs > 1) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "ContextVar() takes at most 1 positional argument (%zu given)",
                                   nargs);
    }
    if (nargs == 0) {
        return interp.raise_type_error(
            "ContextVar() takes exactly 1 positional argument (0 given)");
    }
    Value default_value = Value::absent();
    for (size_t i = 0; kwnames && i < kwnames->size(); ++i) {
        Str* key = as_str((*kwnames)[i]);
        if (!key->equals("default")) {
            return interp.raise_format(interp.exceptions.type_error,
                                       "'%s' is an invalid keyword argument for ContextVar()",
                                       std::string(key->view()).c_str());
        }
        default_value = args[nargs + i];
    }
    if (!is_str(args[0])) return interp.raise_type_error("context variable name must be a str");
    Rooted keep(interp.shadow_roots(), default_value);
    ContextVar* var = interp.heap().make<ContextVar>(interp.types.context_var);
    var->name = as_str(args[0]);
    var->default_value = default_value;
    return var->value();
}

Value var_repr(Interpreter& interp, Value self) {
    ContextVar* var = as_var(self);
    std::string text = "<ContextVar name=" + str_repr(var->name->view());
    if (!var->default_value.is_absent()) {
        std::string r;
        if (!repr_of(interp, var->default_value, &r)) return Value::error();
        text += " default=" + r;
    }
    return Str::make(interp, text + " at " + address_of(self) + ">")->value();
}

Value var_name(Interpreter&, Value self) {
    return as_var(self)->name->value();
}

// `name` is a read-only member in CPython, with the member's message.
int var_setattr(Interpreter& interp, Value self, Str* name, Value value) {
    if (name->equals("name")) {
        interp.raise(interp.exceptions.attribute_error, "readonly attribute");
        return -1;
    }
    return generic_setattr(interp, self, name, value);
}

Value var_get(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "ContextVar.get", kwnames) ||
        !check_arity(interp, "get", nargs - 1, 0, 1)) {
        return Value::error();
    }
    ContextVar* var = as_var(args[0]);
    const Value found = context_var_lookup(interp, var);
    if (found.is_error() || !found.is_absent()) return found;
    if (nargs == 2) return args[1];
    if (!var->default_value.is_absent()) return var->default_value;
    return interp.raise_value(
        make_exception(interp, interp.exceptions.lookup_error, Tuple::make(interp, {args[0]}))
            ->value());
}

// Gives `var` the value `value` in `ctx` (absent: removes it), replacing the shared dict.
bool context_store(Interpreter& interp, Context* ctx, ContextVar* var, Value value) {
    Dict* vars = ctx->vars->copy(interp);
    Rooted keep(interp.shadow_roots(), vars->value());
    const int status = value.is_absent() ? vars->remove(interp, var->value())
                                         : vars->set(interp, var->value(), value);
    if (status < 0) return false;
    ctx->vars = vars;
    return true;
}

Value var_set(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "ContextVar.set", kwnames) ||
        !check_one_arg(interp, "ContextVar.set", nargs - 1)) {
        return Value::error();
    }
    ContextVar* var = as_var(args[0]);
    Context* ctx = current_context(interp);
    if (ctx->owner) ctx = own_borrowed_context(interp, ctx);
    const Value old = ctx->vars->get(interp, var->value());
    if (old.is_error()) return old;
    Rooted keep_old(interp.shadow_roots(), old);
    ContextToken* token = interp.heap().make<ContextToken>(interp.types.context_token);
    token->context = ctx;
    token->var = var;
    token->old_value = old;
    Rooted keep_token(interp.shadow_roots(), token->value());
    if (!context_store(interp, ctx, var, args[1])) return Value::error();
    return token->value();
}

Value var_reset(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "ContextVar.reset", kwnames) ||
        !check_one_arg(interp, "ContextVar.reset", nargs - 1)) {
        return Value::error();
    }
    const Value t = args[1];
    std::string r;
    if (!t.is_object() || t.as_object()->type != interp.types.context_token) {
        if (!repr_of(interp, t, &r)) return Value::error();
        return interp.raise_format(interp.exceptions.type_error,
                                   "expected an instance of Token, got %s", r.c_str());
    }
    ContextToken* token = as_token(t);
    ContextVar* var = as_var(args[0]);
    Context* ctx = current_context(interp);
    const char* problem = nullptr;
    Type* error = interp.exceptions.value_error;
    if (token->used) {
        problem = "has already been used once";
        error = interp.exceptions.runtime_error;
    } else if (token->var != var) {
        problem = "was created by a different ContextVar";
    } else if (token->context != ctx) {
        problem = "was created in a different Context";
    }
    if (problem) {
        if (!repr_of(interp, t, &r)) return Value::error();
        return interp.raise_format(error, "%s %s", r.c_str(), problem);
    }
    token->used = true;
    if (!context_store(interp, ctx, var, token->old_value)) return Value::error();
    return Value::none();
}

// --- Token

Value token_new(Interpreter& interp, Type*, const Value*, size_t, Tuple*) {
    return interp.raise(interp.exceptions.runtime_error,
                        "Tokens can only be created by ContextVars");
}

Value token_repr(Interpreter& interp, Value self) {
    ContextToken* token = as_token(self);
    std::string r;
    if (!repr_of(interp, token->var->value(), &r)) return Value::error();
    return Str::make(interp, std::string("<Token") + (token->used ? " used" : "") + " var=" + r +
                                 " at " + address_of(self) + ">")
        ->value();
}

Value token_var(Interpreter&, Value self) {
    return as_token(self)->var->value();
}

Value token_old_value(Interpreter& interp, Value self) {
    const Value old = as_token(self)->old_value;
    if (!old.is_absent()) return old;
    return type_lookup(interp.types.context_token, interp.intern("MISSING"));
}

Value missing_repr(Interpreter& interp, Value) {
    return Str::make(interp, "<Token.MISSING>")->value();
}

// --- Context

Value context_new(Interpreter& interp, Type*, const Value*, size_t nargs, Tuple* kwnames) {
    if (nargs || (kwnames && kwnames->size())) {
        return interp.raise_type_error("Context() does not accept any arguments");
    }
    return new_context(interp, Dict::make(interp))->value();
}

Value context_run(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (nargs < 2) return interp.raise_type_error("run() missing 1 required positional argument");
    Context* ctx = as_context(args[0]);
    if (!context_enter(interp, ctx)) return Value::error();
    const size_t count = nargs - 2 + (kwnames ? kwnames->size() : 0);
    const Value result = ops::call(interp, args[1], args + 2, count, kwnames);
    context_exit(interp, ctx);
    return result;
}

Value context_copy(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "copy", kwnames) || !check_no_args(interp, "copy", nargs - 1)) {
        return Value::error();
    }
    return new_context(interp, as_context(args[0])->vars)->value();
}

Value context_getitem(Interpreter& interp, Value self, Value key) {
    if (!check_var_key(interp, key)) return Value::error();
    const Value found = as_context(self)->vars->get(interp, key);
    if (found.is_error() || !found.is_absent()) return found;
    return interp.raise_value(
        make_exception(interp, interp.exceptions.key_error, Tuple::make(interp, {key}))->value());
}

Value context_get(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "get", kwnames) || !check_arity(interp, "get", nargs - 1, 1, 2)) {
        return Value::error();
    }
    if (!check_var_key(interp, args[1])) return Value::error();
    const Value found = as_context(args[0])->vars->get(interp, args[1]);
    if (found.is_error() || !found.is_absent()) return found;
    return nargs == 3 ? args[2] : Value::none();
}

int context_contains(Interpreter& interp, Value self, Value key) {
    if (!check_var_key(interp, key)) return -1;
    const Value found = as_context(self)->vars->get(interp, key);
    if (found.is_error()) return -1;
    return found.is_absent() ? 0 : 1;
}

int64_t context_len(Interpreter&, Value self) {
    return static_cast<int64_t>(as_context(self)->vars->size());
}

enum class ContextPart { Keys, Values, Items };

// An iterator over a snapshot of the context's keys, values or (key, value) pairs.
Value context_iterate(Interpreter& interp, Context* ctx, ContextPart part) {
    List* list = List::make(interp, ctx->vars->size());
    Rooted keep(interp.shadow_roots(), list->value());
    size_t pos = 0;
    Value k, v;
    while (ctx->vars->next(pos, &k, &v)) {
        switch (part) {
        case ContextPart::Keys:
            list->append(interp, k);
            break;
        case ContextPart::Values:
            list->append(interp, v);
            break;
        case ContextPart::Items:
            list->append(interp, Tuple::make(interp, {k, v})->value());
            break;
        }
    }
    return ops::get_iter(interp, list->value());
}

Value context_iter(Interpreter& interp, Value self) {
    return context_iterate(interp, as_context(self), ContextPart::Keys);
}

template <ContextPart part>
Value context_view(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    const char* name = part == ContextPart::Keys     ? "keys"
                       : part == ContextPart::Values ? "values"
                                                     : "items";
    if (!reject_keywords(interp, name, kwnames) || !check_no_args(interp, name, nargs - 1)) {
        return Value::error();
    }
    return context_iterate(interp, as_context(args[0]), part);
}

Value context_richcompare(Interpreter& interp, Value self, Value other, CompareOp op) {
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || !is_context(interp, other)) {
        return interp.not_implemented;
    }
    const int equal = ops::compare_bool(interp, CompareOp::Eq, as_context(self)->vars->value(),
                                        as_context(other)->vars->value());
    if (equal < 0) return Value::error();
    return Value::from_bool((equal == 1) == (op == CompareOp::Eq));
}

Type* make_type(Interpreter& interp, const char* name, uint32_t size) {
    Type* t = make_builtin_type(interp, name, interp.types.object, size, 0);
    type_set_attr(interp, t, "__module__", Str::make(interp, "_contextvars")->value());
    return t;
}

} // namespace

Context* current_context(Interpreter& interp) {
    if (!interp.current_context) {
        init_context_types(interp);
        interp.current_context = new_context(interp, Dict::make(interp));
    }
    return static_cast<Context*>(interp.current_context);
}

Context* copy_context(Interpreter& interp) {
    return new_context(interp, current_context(interp)->vars);
}

bool is_context(Interpreter& interp, Value v) {
    return v.is_object() && interp.types.context && v.as_object()->type == interp.types.context;
}

bool context_enter(Interpreter& interp, Context* ctx) {
    if (ctx->entered) {
        std::string r;
        if (!repr_of(interp, ctx->value(), &r)) return false;
        interp.raise_format(interp.exceptions.runtime_error,
                            "cannot enter context: %s is already entered", r.c_str());
        return false;
    }
    ctx->prev = current_context(interp);
    ctx->entered = true;
    interp.current_context = ctx;
    return true;
}

void context_exit(Interpreter& interp, Context* ctx) {
    interp.current_context = ctx->prev;
    ctx->prev = nullptr;
    ctx->entered = false;
}

Object* context_snapshot(Interpreter& interp) {
    return current_context(interp)->vars;
}

bool context_enter_owned(Interpreter& interp, Object** slot) {
    if ((*slot)->type == interp.types.context) {
        return context_enter(interp, static_cast<Context*>(*slot));
    }
    auto* vars = static_cast<Dict*>(*slot);
    auto* borrowed = static_cast<Context*>(interp.borrowed_context);
    if (!borrowed) {
        borrowed = new_context(interp, vars);
        interp.borrowed_context = borrowed;
    }
    if (borrowed->entered) {
        // Already lent out (a runner inside a runner): this one gets its own at once.
        Context* ctx = new_context(interp, vars);
        *slot = ctx;
        return context_enter(interp, ctx);
    }
    borrowed->vars = vars;
    borrowed->owner = slot;
    borrowed->prev = current_context(interp);
    borrowed->entered = true;
    interp.current_context = borrowed;
    return true;
}

void context_exit_owned(Interpreter& interp, Object** slot) {
    // A Context of its own by now (given, or made by a set() during the run).
    if ((*slot)->type == interp.types.context) {
        context_exit(interp, static_cast<Context*>(*slot));
        return;
    }
    auto* borrowed = static_cast<Context*>(interp.borrowed_context);
    interp.current_context = borrowed->prev;
    release_borrowed(borrowed);
}

Value context_var_lookup(Interpreter& interp, ContextVar* var) {
    return current_context(interp)->vars->get(interp, var->value());
}

void init_context_types(Interpreter& interp) {
    if (interp.types.context) return;
    Type* context = make_type(interp, "Context", sizeof(Context));
    context->slots.trace = trace_context;
    context->slots.new_ = context_new;
    context->slots.getitem = context_getitem;
    context->slots.contains = context_contains;
    context->slots.len = context_len;
    context->slots.iter = context_iter;
    context->slots.richcompare = context_richcompare;
    context->slots.hash = [](Interpreter& interp, Value self) -> int64_t {
        (void)self;
        interp.raise_type_error("unhashable type: '_contextvars.Context'");
        return -1;
    };
    add_method(interp, context, "run", context_run);
    add_method(interp, context, "copy", context_copy);
    add_method(interp, context, "get", context_get);
    add_method(interp, context, "keys", context_view<ContextPart::Keys>);
    add_method(interp, context, "values", context_view<ContextPart::Values>);
    add_method(interp, context, "items", context_view<ContextPart::Items>);
    interp.types.context = context;

    Type* var = make_type(interp, "ContextVar", sizeof(ContextVar));
    var->slots.trace = trace_var;
    var->slots.new_ = var_new;
    var->slots.repr = var_repr;
    var->slots.setattr = var_setattr;
    add_getter(interp, var, "name", var_name);
    add_method(interp, var, "get", var_get);
    add_method(interp, var, "set", var_set);
    add_method(interp, var, "reset", var_reset);
    interp.types.context_var = var;

    Type* token = make_type(interp, "Token", sizeof(ContextToken));
    token->slots.trace = trace_token;
    token->slots.new_ = token_new;
    token->slots.repr = token_repr;
    add_getter(interp, token, "var", token_var);
    add_getter(interp, token, "old_value", token_old_value);
    Type* missing =
        make_builtin_type(interp, "Token.MISSING", interp.types.object, sizeof(Object), 0);
    missing->slots.repr = missing_repr;
    missing->slots.new_ = nullptr;
    Object* marker = interp.heap().make<Object>(missing);
    type_set_attr(interp, token, "MISSING", marker->value());
    interp.types.context_token = token;
}

} // namespace coil::vm
