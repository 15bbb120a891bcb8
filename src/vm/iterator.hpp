// Generic iterators: iteration over __getitem__ (CPython's seqiter).
#pragma once
#include "vm/interpreter.hpp"

namespace coil::vm {

// iter(seq) for objects with __getitem__ but no __iter__: seq[0], seq[1], ... until
// IndexError or StopIteration.
Value make_seq_iterator(Interpreter& interp, Value sequence);

void init_iterator_types(Interpreter& interp);

} // namespace coil::vm
