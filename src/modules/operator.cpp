// The operator module: Python's operators as functions, and itemgetter, attrgetter and
// methodcaller.
#include "modules/module_builder.hpp"

#include "vm/int.hpp"
#include "vm/list.hpp"
#include "vm/ops.hpp"
#include "vm/tuple.hpp"

#include <string>
#include <vector>

namespace coil::modules {

using namespace coil::vm;

namespace {

bool two_args(Interpreter& interp, const char* name, size_t nargs, Tuple* kwnames) {
    return reject_keywords(interp, name, kwnames) && check_arity(interp, name, nargs, 2, 2);
}

bool one_arg(Interpreter& interp, const char* name, size_t nargs, Tuple* kwnames) {
    return reject_keywords(interp, name, kwnames) && check_one_arg(interp, name, nargs);
}

// The functions' names in BinaryOp order, for their arity errors.
constexpr const char* binary_names[binary_operator_count] = {
    "add",    "sub",    "mul", "matmul", "truediv", "mod",     "pow",
    "lshift", "rshift", "or_", "xor",    "and_",    "floordiv"};
constexpr const char* inplace_names[binary_operator_count] = {
    "iadd",    "isub",    "imul", "imatmul", "itruediv", "imod",     "ipow",
    "ilshift", "irshift", "ior",  "ixor",    "iand",     "ifloordiv"};
constexpr const char* compare_names[] = {"lt", "le", "eq", "ne", "gt", "ge"};

template <BinaryOp Op, bool Inplace>
Value binary_function(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    const char* name = (Inplace ? inplace_names : binary_names)[static_cast<int>(Op)];
    if (!two_args(interp, name, nargs, kwnames)) return Value::error();
    return Inplace ? ops::inplace_op(interp, Op, args[0], args[1])
                   : ops::binary_op(interp, Op, args[0], args[1]);
}

template <CompareOp Op>
Value compare_function(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!two_args(interp, compare_names[static_cast<int>(Op)], nargs, kwnames)) {
        return Value::error();
    }
    return ops::compare(interp, Op, args[0], args[1]);
}

Value op_not(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!one_arg(interp, "not_", nargs, kwnames)) return Value::error();
    int t = ops::truthy(interp, args[0]);
    return t < 0 ? Value::error() : Value::from_bool(!t);
}

Value op_truth(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!one_arg(interp, "truth", nargs, kwnames)) return Value::error();
    int t = ops::truthy(interp, args[0]);
    return t < 0 ? Value::error() : Value::from_bool(t);
}

Value op_is(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!two_args(interp, "is_", nargs, kwnames)) return Value::error();
    return Value::from_bool(args[0] == args[1]);
}

Value op_is_not(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!two_args(interp, "is_not", nargs, kwnames)) return Value::error();
    return Value::from_bool(args[0] != args[1]);
}

Value op_neg(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!one_arg(interp, "neg", nargs, kwnames)) return Value::error();
    return ops::negative(interp, args[0]);
}

Value op_pos(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!one_arg(interp, "pos", nargs, kwnames)) return Value::error();
    return ops::positive(interp, args[0]);
}

Value op_invert(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!one_arg(interp, "invert", nargs, kwnames)) return Value::error();
    return ops::invert(interp, args[0]);
}

Value op_abs(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!one_arg(interp, "abs", nargs, kwnames)) return Value::error();
    Value builtin_abs = interp.builtins->get(interp.intern("abs"));
    return ops::call1(interp, builtin_abs, args[0]);
}

Value op_index(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!one_arg(interp, "index", nargs, kwnames)) return Value::error();
    return ops::index(interp, args[0]);
}

// Sequences for concat: anything with __getitem__ that is not a mapping-only type.
bool is_sequence(Interpreter& interp, Value v) {
    return type_of(interp, v)->slots.getitem != nullptr && !is_dict(v);
}

Value op_concat(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!two_args(interp, "concat", nargs, kwnames)) return Value::error();
    if (!is_sequence(interp, args[0])) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "'%s' object can't be concatenated",
                                   type_name_of(interp, args[0]).c_str());
    }
    return ops::binary_op(interp, BinaryOp::Add, args[0], args[1]);
}

Value op_iconcat(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!two_args(interp, "iconcat", nargs, kwnames)) return Value::error();
    if (!is_sequence(interp, args[0])) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "'%s' object can't be concatenated",
                                   type_name_of(interp, args[0]).c_str());
    }
    return ops::inplace_op(interp, BinaryOp::Add, args[0], args[1]);
}

Value op_contains(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!two_args(interp, "contains", nargs, kwnames)) return Value::error();
    int c = ops::contains(interp, args[0], args[1]);
    return c < 0 ? Value::error() : Value::from_bool(c);
}

// Walks an iterable comparing each item with `target`; returns the first index and the
// count through the callbacks.
template <class OnMatch>
bool scan_equal(Interpreter& interp, Value iterable, Value target, OnMatch on_match) {
    Value it = ops::get_iter(interp, iterable);
    if (it.is_error()) return false;
    Rooted keep(interp.shadow_roots(), it);
    for (int64_t i = 0;; ++i) {
        Value v = ops::iter_next(interp, it);
        if (v.is_error()) return false;
        if (v.is_absent()) return true;
        int eq = v == target ? 1 : ops::equals(interp, v, target);
        if (eq < 0) return false;
        if (eq && !on_match(i)) return true;
    }
}

Value op_count_of(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!two_args(interp, "countOf", nargs, kwnames)) return Value::error();
    int64_t count = 0;
    if (!scan_equal(interp, args[0], args[1], [&](int64_t) {
            ++count;
            return true;
        })) {
        return Value::error();
    }
    return make_int(interp, count);
}

Value op_index_of(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!two_args(interp, "indexOf", nargs, kwnames)) return Value::error();
    int64_t found = -1;
    if (!scan_equal(interp, args[0], args[1], [&](int64_t i) {
            found = i;
            return false;
        })) {
        return Value::error();
    }
    if (found < 0) {
        return interp.raise(interp.exceptions.value_error, "sequence.index(x): x not in sequence");
    }
    return make_int(interp, found);
}

Value op_getitem(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!two_args(interp, "getitem", nargs, kwnames)) return Value::error();
    return ops::get_item(interp, args[0], args[1]);
}

Value op_setitem(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "setitem", kwnames) ||
        !check_arity(interp, "setitem", nargs, 3, 3)) {
        return Value::error();
    }
    return ops::set_item(interp, args[0], args[1], args[2]) < 0 ? Value::error() : Value::none();
}

Value op_delitem(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!two_args(interp, "delitem", nargs, kwnames)) return Value::error();
    return ops::del_item(interp, args[0], args[1]) < 0 ? Value::error() : Value::none();
}

Value op_length_hint(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "length_hint", kwnames) ||
        !check_arity(interp, "length_hint", nargs, 1, 2)) {
        return Value::error();
    }
    if (type_of(interp, args[0])->slots.len) {
        int64_t n = ops::len(interp, args[0]);
        if (n < 0) return Value::error();
        return make_int(interp, n);
    }
    return nargs > 1 ? args[1] : Value::from_small_int(0);
}

// --- itemgetter, attrgetter, methodcaller: a = the items / dotted names (a tuple), b = the
// method's arguments, c = its keyword names (methodcaller only).

struct Getter : Object {
    Tuple* items = nullptr;
    Tuple* call_args = nullptr;
    Tuple* call_kwnames = nullptr;
    Value name = Value::none();
};

void trace_getter(Object* self, Tracer& tracer) {
    auto* g = static_cast<Getter*>(self);
    tracer.mark(g->items);
    tracer.mark(g->call_args);
    tracer.mark(g->call_kwnames);
    tracer.mark(g->name);
}

Getter* as_getter(Value v) {
    return static_cast<Getter*>(v.as_object());
}

Value itemgetter_new(Interpreter& interp, Type* type, const Value* args, size_t nargs,
                     Tuple* kwnames) {
    if (!reject_keywords(interp, "itemgetter", kwnames)) return Value::error();
    if (nargs == 0) return interp.raise_type_error("itemgetter expected 1 argument, got 0");
    Getter* g = interp.heap().make<Getter>(type);
    g->items = Tuple::make(interp, args, nargs);
    return g->value();
}

Value itemgetter_call(Interpreter& interp, Value self, const Value* args, size_t nargs,
                      Tuple* kwnames) {
    if (!reject_keywords(interp, "itemgetter", kwnames) ||
        !check_arity(interp, "itemgetter", nargs, 1, 1)) {
        return Value::error();
    }
    Getter* g = as_getter(self);
    if (g->items->size() == 1) return ops::get_item(interp, args[0], (*g->items)[0]);
    Tuple* result = Tuple::make(interp, g->items->size());
    Rooted keep(interp.shadow_roots(), result->value());
    for (size_t i = 0; i < g->items->size(); ++i) {
        Value v = ops::get_item(interp, args[0], (*g->items)[i]);
        if (v.is_error()) return v;
        (*result)[i] = v;
    }
    return result->value();
}

std::string joined_reprs(Interpreter& interp, Tuple* items, bool* ok) {
    std::string out;
    for (size_t i = 0; i < items->size(); ++i) {
        Str* r = ops::repr(interp, (*items)[i]);
        if (!r) {
            *ok = false;
            return out;
        }
        if (i) out += ", ";
        out += r->view();
    }
    return out;
}

Value getter_repr(Interpreter& interp, Value self) {
    Getter* g = as_getter(self);
    bool ok = true;
    std::string out = "operator." + std::string(g->type->name->view()) + "(";
    out += joined_reprs(interp, g->items, &ok);
    if (!ok) return Value::error();
    out += ")";
    return Str::make(interp, out)->value();
}

Value attrgetter_new(Interpreter& interp, Type* type, const Value* args, size_t nargs,
                     Tuple* kwnames) {
    if (!reject_keywords(interp, "attrgetter", kwnames)) return Value::error();
    if (nargs == 0) return interp.raise_type_error("attrgetter expected 1 argument, got 0");
    for (size_t i = 0; i < nargs; ++i) {
        if (!is_str(args[i])) return interp.raise_type_error("attribute name must be a string");
    }
    Getter* g = interp.heap().make<Getter>(type);
    g->items = Tuple::make(interp, args, nargs);
    return g->value();
}

// obj.a.b.c for a dotted name.
Value get_dotted(Interpreter& interp, Value obj, Str* dotted) {
    std::string_view path = dotted->view();
    Rooted current(interp.shadow_roots(), obj);
    for (;;) {
        size_t dot = path.find('.');
        Value v = ops::get_attr(interp, current.get(), interp.intern(path.substr(0, dot)));
        if (v.is_error() || dot == std::string_view::npos) return v;
        current.set(v);
        path.remove_prefix(dot + 1);
    }
}

Value attrgetter_call(Interpreter& interp, Value self, const Value* args, size_t nargs,
                      Tuple* kwnames) {
    if (!reject_keywords(interp, "attrgetter", kwnames) ||
        !check_arity(interp, "attrgetter", nargs, 1, 1)) {
        return Value::error();
    }
    Getter* g = as_getter(self);
    if (g->items->size() == 1) return get_dotted(interp, args[0], as_str((*g->items)[0]));
    Tuple* result = Tuple::make(interp, g->items->size());
    Rooted keep(interp.shadow_roots(), result->value());
    for (size_t i = 0; i < g->items->size(); ++i) {
        Value v = get_dotted(interp, args[0], as_str((*g->items)[i]));
        if (v.is_error()) return v;
        (*result)[i] = v;
    }
    return result->value();
}

Value methodcaller_new(Interpreter& interp, Type* type, const Value* args, size_t nargs,
                       Tuple* kwnames) {
    if (nargs == 0) {
        return interp.raise_type_error("methodcaller needs at least one argument, the method name");
    }
    if (!is_str(args[0])) return interp.raise_type_error("method name must be a string");
    Getter* g = interp.heap().make<Getter>(type);
    g->name = args[0];
    size_t keywords = kwnames ? kwnames->size() : 0;
    g->call_args = Tuple::make(interp, args + 1, nargs - 1 + keywords);
    g->call_kwnames = kwnames;
    return g->value();
}

Value methodcaller_call(Interpreter& interp, Value self, const Value* args, size_t nargs,
                        Tuple* kwnames) {
    if (!reject_keywords(interp, "methodcaller", kwnames) ||
        !check_arity(interp, "methodcaller", nargs, 1, 1)) {
        return Value::error();
    }
    Getter* g = as_getter(self);
    Value method = ops::get_attr(interp, args[0], as_str(g->name));
    if (method.is_error()) return method;
    Rooted keep(interp.shadow_roots(), method);
    return ops::call(interp, method, g->call_args->items(), g->call_args->size(), g->call_kwnames);
}

Value methodcaller_repr(Interpreter& interp, Value self) {
    Getter* g = as_getter(self);
    Str* name = ops::repr(interp, g->name);
    if (!name) return Value::error();
    std::string out = "operator.methodcaller(" + std::string(name->view());
    size_t keywords = g->call_kwnames ? g->call_kwnames->size() : 0;
    size_t positional = g->call_args->size() - keywords;
    for (size_t i = 0; i < g->call_args->size(); ++i) {
        Str* r = ops::repr(interp, (*g->call_args)[i]);
        if (!r) return Value::error();
        out += ", ";
        if (i >= positional) {
            out += as_str((*g->call_kwnames)[i - positional])->view();
            out += "=";
        }
        out += r->view();
    }
    out += ")";
    return Str::make(interp, out)->value();
}

Type* make_getter_type(Interpreter& interp, const char* name, decltype(TypeSlots::new_) new_,
                       CallFn call, UnaryFn repr) {
    Type* t = make_builtin_type(interp, name, interp.types.object, sizeof(Getter), 0);
    t->slots.new_ = new_;
    t->slots.init = nullptr;
    t->slots.call = call;
    t->slots.repr = repr;
    t->slots.trace = trace_getter;
    return t;
}

struct Entry {
    const char* name;
    NativeFn fn;
};

} // namespace

Module* make_operator_module(Interpreter& interp) {
    Module* m = make_module(interp, "operator");
    constexpr Entry functions[] = {
        {"add", binary_function<BinaryOp::Add, false>},
        {"sub", binary_function<BinaryOp::Sub, false>},
        {"mul", binary_function<BinaryOp::Mul, false>},
        {"matmul", binary_function<BinaryOp::MatMul, false>},
        {"truediv", binary_function<BinaryOp::TrueDiv, false>},
        {"floordiv", binary_function<BinaryOp::FloorDiv, false>},
        {"mod", binary_function<BinaryOp::Mod, false>},
        {"pow", binary_function<BinaryOp::Pow, false>},
        {"lshift", binary_function<BinaryOp::LShift, false>},
        {"rshift", binary_function<BinaryOp::RShift, false>},
        {"and_", binary_function<BinaryOp::And, false>},
        {"or_", binary_function<BinaryOp::Or, false>},
        {"xor", binary_function<BinaryOp::Xor, false>},
        {"iadd", binary_function<BinaryOp::Add, true>},
        {"isub", binary_function<BinaryOp::Sub, true>},
        {"imul", binary_function<BinaryOp::Mul, true>},
        {"imatmul", binary_function<BinaryOp::MatMul, true>},
        {"itruediv", binary_function<BinaryOp::TrueDiv, true>},
        {"ifloordiv", binary_function<BinaryOp::FloorDiv, true>},
        {"imod", binary_function<BinaryOp::Mod, true>},
        {"ipow", binary_function<BinaryOp::Pow, true>},
        {"ilshift", binary_function<BinaryOp::LShift, true>},
        {"irshift", binary_function<BinaryOp::RShift, true>},
        {"iand", binary_function<BinaryOp::And, true>},
        {"ior", binary_function<BinaryOp::Or, true>},
        {"ixor", binary_function<BinaryOp::Xor, true>},
        {"lt", compare_function<CompareOp::Lt>},
        {"le", compare_function<CompareOp::Le>},
        {"eq", compare_function<CompareOp::Eq>},
        {"ne", compare_function<CompareOp::Ne>},
        {"gt", compare_function<CompareOp::Gt>},
        {"ge", compare_function<CompareOp::Ge>},
        {"not_", op_not},
        {"truth", op_truth},
        {"is_", op_is},
        {"is_not", op_is_not},
        {"neg", op_neg},
        {"pos", op_pos},
        {"invert", op_invert},
        {"inv", op_invert},
        {"abs", op_abs},
        {"index", op_index},
        {"concat", op_concat},
        {"iconcat", op_iconcat},
        {"contains", op_contains},
        {"countOf", op_count_of},
        {"indexOf", op_index_of},
        {"getitem", op_getitem},
        {"setitem", op_setitem},
        {"delitem", op_delitem},
        {"length_hint", op_length_hint},
    };
    for (const Entry& e : functions) {
        module_def(interp, m, e.name, e.fn);
        // Operators also go by their dunder names (__add__, __not__, __and__, __inv__ ...).
        std::string name(e.name);
        if (name == "truth" || name == "is_" || name == "is_not" || name == "countOf" ||
            name == "indexOf" || name == "length_hint") {
            continue;
        }
        if (name.back() == '_') name.pop_back();
        module_set(interp, m, "__" + name + "__", m->dict->get(interp.intern(e.name)));
    }
    module_set(interp, m, "itemgetter",
               make_getter_type(interp, "itemgetter", itemgetter_new, itemgetter_call, getter_repr)
                   ->value());
    module_set(interp, m, "attrgetter",
               make_getter_type(interp, "attrgetter", attrgetter_new, attrgetter_call, getter_repr)
                   ->value());
    module_set(interp, m, "methodcaller",
               make_getter_type(interp, "methodcaller", methodcaller_new, methodcaller_call,
                                methodcaller_repr)
                   ->value());
    return m;
}

} // namespace coil::modules
