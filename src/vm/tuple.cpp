// tuple: construction, the tuple type's slots and methods, and helpers shared with list.
#include "vm/tuple.hpp"

#include "vm/class_creation.hpp"
#include "vm/int.hpp"
#include "vm/list.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/range.hpp"
#include "vm/str.hpp"
#include "vm/type.hpp"

#include <algorithm>
#include <string>

namespace coil::vm {

Tuple* Tuple::make(Interpreter& interp, size_t size) {
    if (size == 0 && interp.empty_tuple.is_object()) return as_tuple(interp.empty_tuple);
    if (size > (SIZE_MAX >> 4)) throw std::bad_alloc();
    Tuple* t = interp.heap().make_sized<Tuple>(
        interp.types.tuple, sizeof(Tuple) + (size ? size - 1 : 0) * sizeof(Value));
    t->size_ = size;
    for (size_t i = 0; i < size; ++i) t->items_[i] = Value::none();
    if (size == 0) interp.empty_tuple = t->value();
    return t;
}

Tuple* Tuple::make(Interpreter& interp, const Value* items, size_t size) {
    Tuple* t = make(interp, size);
    for (size_t i = 0; i < size; ++i) t->items_[i] = items[i];
    return t;
}

Tuple* Tuple::make_of_type(Interpreter& interp, Type* type, const Value* items, size_t size) {
    if (type == interp.types.tuple) return make(interp, items, size);
    if (size > (SIZE_MAX >> 4)) throw std::bad_alloc();
    Tuple* t = interp.heap().make_sized<Tuple>(
        type, sizeof(Tuple) + (size ? size - 1 : 0) * sizeof(Value) + trailing_fields_size(type));
    t->size_ = size;
    std::copy(items, items + size, t->items_);
    if (type->has_flag(TypeHeap)) clear_instance_fields(t);
    return t;
}

Value compare_sequences(Interpreter& interp, const Value* a, size_t na, const Value* b, size_t nb,
                        CompareOp op) {
    if ((op == CompareOp::Eq || op == CompareOp::Ne) && na != nb) {
        return Value::from_bool(op == CompareOp::Ne);
    }
    size_t i = 0;
    for (; i < na && i < nb; ++i) {
        int eq = ops::equals(interp, a[i], b[i]);
        if (eq < 0) return Value::error();
        if (!eq) break;
    }
    if (i >= na || i >= nb) {
        bool r;
        switch (op) {
        case CompareOp::Lt:
            r = na < nb;
            break;
        case CompareOp::Le:
            r = na <= nb;
            break;
        case CompareOp::Eq:
            r = na == nb;
            break;
        case CompareOp::Ne:
            r = na != nb;
            break;
        case CompareOp::Gt:
            r = na > nb;
            break;
        default:
            r = na >= nb;
            break;
        }
        return Value::from_bool(r);
    }
    if (op == CompareOp::Eq) return Value::false_();
    if (op == CompareOp::Ne) return Value::true_();
    return ops::compare(interp, op, a[i], b[i]);
}

Str* repr_sequence(Interpreter& interp, const Value* items, size_t n, const char* open,
                   const char* close) {
    std::string out = open;
    for (size_t i = 0; i < n; ++i) {
        if (i) out += ", ";
        Str* r = ops::repr(interp, items[i]);
        if (!r) return nullptr;
        out += r->view();
    }
    out += close;
    return Str::make(interp, out);
}

namespace {

struct TupleIterator : Object {
    Tuple* tuple;
    size_t index;
};

void trace_tuple(Object* self, Tracer& tracer) {
    auto* t = static_cast<Tuple*>(self);
    tracer.mark_range(t->items(), t->items() + t->size());
}

void trace_tuple_iterator(Object* self, Tracer& tracer) {
    tracer.mark(static_cast<TupleIterator*>(self)->tuple);
}

Value tuple_repr(Interpreter& interp, Value self) {
    Tuple* t = as_tuple(self);
    if (t->size() == 0) return Str::make(interp, "()")->value();
    auto& active = interp.repr_active;
    if (std::find(active.begin(), active.end(), t) != active.end()) {
        return Str::make(interp, "(...)")->value();
    }
    active.push_back(t);
    Str* r = t->size() == 1 ? repr_sequence(interp, t->items(), 1, "(", ",)")
                            : repr_sequence(interp, t->items(), t->size(), "(", ")");
    active.pop_back();
    return r ? r->value() : Value::error();
}

int64_t tuple_hash(Interpreter& interp, Value self) {
    // CPython's xxHash-based tuplehash, so hash((1, 2)) matches.
    Tuple* t = as_tuple(self);
    constexpr uint64_t prime1 = 11400714785074694791ull;
    constexpr uint64_t prime2 = 14029467366897019727ull;
    constexpr uint64_t prime5 = 2870177450012600261ull;
    uint64_t acc = prime5;
    for (Value v : *t) {
        int64_t h = ops::hash(interp, v);
        if (h == -1) return -1;
        acc += static_cast<uint64_t>(h) * prime2;
        acc = (acc << 31) | (acc >> 33);
        acc *= prime1;
    }
    acc += t->size() ^ (prime5 ^ 3527539ull);
    if (acc == static_cast<uint64_t>(-1)) return 1546275796;
    return static_cast<int64_t>(acc);
}

Value tuple_richcompare(Interpreter& interp, Value self, Value other, CompareOp op) {
    if (!is_tuple(other)) return interp.not_implemented;
    Tuple* a = as_tuple(self);
    Tuple* b = as_tuple(other);
    return compare_sequences(interp, a->items(), a->size(), b->items(), b->size(), op);
}

int64_t tuple_len(Interpreter&, Value self) {
    return static_cast<int64_t>(as_tuple(self)->size());
}

Value tuple_getitem(Interpreter& interp, Value self, Value key) {
    Tuple* t = as_tuple(self);
    if (key.is_small_int()) {
        int64_t i = key.as_small_int();
        if (!normalize_index(i, t->size())) {
            return interp.raise(interp.exceptions.index_error, "tuple index out of range");
        }
        return (*t)[static_cast<size_t>(i)];
    }
    if (is_slice(interp, key)) {
        int64_t start, stop, step, count;
        if (!slice_indices(interp, static_cast<Slice*>(key.as_object()),
                           static_cast<int64_t>(t->size()), &start, &stop, &step, &count)) {
            return Value::error();
        }
        if (step == 1 && count == static_cast<int64_t>(t->size()) &&
            t->type == interp.types.tuple) {
            return self;
        }
        Tuple* r = Tuple::make(interp, static_cast<size_t>(count));
        for (int64_t i = 0, at = start; i < count; ++i, at += step) (*r)[i] = (*t)[at];
        return r->value();
    }
    if (is_int(key) || type_of(interp, key)->slots.index) {
        int64_t i;
        if (!value_to_index(interp, key, &i)) return Value::error();
        return tuple_getitem(interp, self,
                             Value::from_small_int(Value::fits_small_int(i) ? i : INT32_MAX));
    }
    return interp.raise_format(interp.exceptions.type_error,
                               "tuple indices must be integers or slices, not %s",
                               std::string(type_name(interp, key)).c_str());
}

int tuple_contains(Interpreter& interp, Value self, Value item) {
    for (Value v : *as_tuple(self)) {
        int eq = ops::equals(interp, v, item);
        if (eq != 0) return eq;
    }
    return 0;
}

Value tuple_iter(Interpreter& interp, Value self) {
    auto* it = interp.heap().make<TupleIterator>(interp.types.tuple_iterator);
    it->tuple = as_tuple(self);
    it->index = 0;
    return it->value();
}

Value tuple_iterator_next(Interpreter&, Value self) {
    auto* it = static_cast<TupleIterator*>(self.as_object());
    if (!it->tuple) return Value::absent();
    if (it->index < it->tuple->size()) return (*it->tuple)[it->index++];
    it->tuple = nullptr;
    return Value::absent();
}

Value iter_self(Interpreter&, Value self) {
    return self;
}

Value tuple_add(Interpreter& interp, Value a, Value b) {
    if (!is_tuple(a) || !is_tuple(b)) return interp.not_implemented;
    Tuple* x = as_tuple(a);
    Tuple* y = as_tuple(b);
    if (y->size() == 0 && x->type == interp.types.tuple) return a;
    if (x->size() == 0 && y->type == interp.types.tuple) return b;
    Tuple* r = Tuple::make(interp, x->size() + y->size());
    std::copy(x->begin(), x->end(), r->begin());
    std::copy(y->begin(), y->end(), r->begin() + x->size());
    return r->value();
}

Value tuple_mul(Interpreter& interp, Value a, Value b) {
    Value seq = is_tuple(a) ? a : b;
    Value count = is_tuple(a) ? b : a;
    if (!is_int(count)) return interp.not_implemented;
    int64_t n;
    if (!int_to_ssize(interp, count, &n)) return Value::error();
    Tuple* t = as_tuple(seq);
    if (n <= 0 || t->size() == 0) return Tuple::make(interp, 0)->value();
    if (n == 1 && t->type == interp.types.tuple) return seq;
    if (static_cast<uint64_t>(n) > (SIZE_MAX >> 5) / t->size()) return interp.raise_memory_error();
    Tuple* r = Tuple::make(interp, t->size() * static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) std::copy(t->begin(), t->end(), r->begin() + i * t->size());
    return r->value();
}

Value tuple_new(Interpreter& interp, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "tuple", kwnames)) return Value::error();
    if (!check_arity(interp, "tuple", nargs, 0, 1)) return Value::error();
    Tuple* result;
    if (nargs == 0) {
        result = Tuple::make(interp, 0);
    } else if (is_tuple(args[0]) && as_tuple(args[0])->type == interp.types.tuple &&
               type == interp.types.tuple) {
        return args[0];
    } else {
        Value items = ops::call(interp, interp.types.list->value(), args, 1);
        if (items.is_error()) return items;
        List* l = as_list(items);
        result = Tuple::make(interp, l->items(), l->size());
    }
    if (type == interp.types.tuple) return result->value();
    return Tuple::make_of_type(interp, type, result->items(), result->size())->value();
}

Value tuple_index(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_arity(interp, "index", nargs - 1, 1, 3)) return Value::error();
    Tuple* t = as_tuple(args[0]);
    int64_t start = 0, stop = static_cast<int64_t>(t->size());
    int64_t n = stop;
    if (nargs > 2 && !value_to_index(interp, args[2], &start)) return Value::error();
    if (nargs > 3 && !value_to_index(interp, args[3], &stop)) return Value::error();
    if (start < 0) start = std::max<int64_t>(start + n, 0);
    if (stop < 0) stop = std::max<int64_t>(stop + n, 0);
    for (int64_t i = start; i < std::min(stop, n); ++i) {
        int eq = ops::equals(interp, (*t)[i], args[1]);
        if (eq < 0) return Value::error();
        if (eq) return Value::from_small_int(i);
    }
    return interp.raise(interp.exceptions.value_error, "tuple.index(x): x not in tuple");
}

Value tuple_count(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_one_arg(interp, "tuple.count", nargs - 1)) return Value::error();
    int64_t count = 0;
    for (Value v : *as_tuple(args[0])) {
        int eq = ops::equals(interp, v, args[1]);
        if (eq < 0) return Value::error();
        count += eq;
    }
    return Value::from_small_int(count);
}

} // namespace

void init_tuple_type(Interpreter& interp) {
    Type* t = interp.types.tuple;
    TypeSlots& s = t->slots;
    s.repr = tuple_repr;
    s.hash = tuple_hash;
    s.richcompare = tuple_richcompare;
    s.len = tuple_len;
    s.getitem = tuple_getitem;
    s.contains = tuple_contains;
    s.iter = tuple_iter;
    s.binary[static_cast<int>(BinaryOp::Add)] = tuple_add;
    s.binary[static_cast<int>(BinaryOp::Mul)] = tuple_mul;
    s.new_ = tuple_new;
    s.init = nullptr;
    s.trace = trace_tuple;
    add_method(interp, t, "index", tuple_index);
    add_method(interp, t, "count", tuple_count);

    Type* it =
        make_builtin_type(interp, "tuple_iterator", interp.types.object, sizeof(TupleIterator), 0);
    it->slots.iter = iter_self;
    it->slots.iternext = tuple_iterator_next;
    it->slots.trace = trace_tuple_iterator;
    it->slots.new_ = nullptr;
    interp.types.tuple_iterator = it;
}

} // namespace coil::vm
