// The runtime side of `match` statements: CPython 3.11's MATCH_SEQUENCE, MATCH_MAPPING,
// MATCH_KEYS and MATCH_CLASS.
#pragma once
#include "vm/interpreter.hpp"

#include <cstdint>

namespace coil::vm {

// Whether a sequence pattern may match `subject`: list, tuple, range, collections.deque and
// their subclasses, and classes derived from collections.abc.Sequence; never str, bytes or
// bytearray.
bool matches_sequence(Interpreter& interp, Value subject);

// Whether a mapping pattern may match `subject`: dict and its subclasses, and classes derived
// from collections.abc.Mapping.
bool matches_mapping(Interpreter& interp, Value subject);

// The values of `keys` (a tuple) in the mapping `subject`, looked up with subject.get(key,
// sentinel) so that __missing__ never runs: a tuple, None when a key is missing, or error()
// (ValueError for a key given twice).
Value match_keys(Interpreter& interp, Value subject, Value keys);

// `cls(<positional> sub-patterns, **names)`: a tuple of the attributes to match the
// sub-patterns against when `subject` is an instance of `cls`, None when it is not or an
// attribute is missing, or error() (TypeError for a `cls` that is not a class, too many
// positional sub-patterns, or a bad __match_args__).
Value match_class(Interpreter& interp, Value subject, Value cls, uint32_t positional, Value names);

} // namespace coil::vm
