// Generic iterators: iteration over __getitem__ (CPython's seqiter).
#include "vm/iterator.hpp"

#include "vm/ops.hpp"
#include "vm/type.hpp"

namespace coil::vm {

namespace {

struct SeqIterator : Object {
    Value sequence; // absent once exhausted
    int64_t index;
};

void trace_seq_iterator(Object* self, Tracer& tracer) {
    tracer.mark(static_cast<SeqIterator*>(self)->sequence);
}

Value seq_iterator_next(Interpreter& interp, Value self) {
    auto* it = static_cast<SeqIterator*>(self.as_object());
    if (it->sequence.is_absent()) return Value::absent();
    Value v = ops::get_item(interp, it->sequence, Value::from_small_int(it->index));
    if (v.is_error()) {
        if (interp.pending_matches(interp.exceptions.index_error) ||
            interp.pending_matches(interp.exceptions.stop_iteration)) {
            interp.clear_pending();
            it->sequence = Value::absent();
            return Value::absent();
        }
        return v;
    }
    ++it->index;
    return v;
}

Value iter_self(Interpreter&, Value self) {
    return self;
}

} // namespace

Value make_seq_iterator(Interpreter& interp, Value sequence) {
    auto* it = interp.heap().make<SeqIterator>(interp.types.seq_iterator);
    it->sequence = sequence;
    it->index = 0;
    return it->value();
}

void init_iterator_types(Interpreter& interp) {
    Type* t = make_builtin_type(interp, "iterator", interp.types.object, sizeof(SeqIterator), 0);
    t->slots.iter = iter_self;
    t->slots.iternext = seq_iterator_next;
    t->slots.trace = trace_seq_iterator;
    t->slots.new_ = nullptr;
    interp.types.seq_iterator = t;
}

} // namespace coil::vm
