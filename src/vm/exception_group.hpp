// BaseExceptionGroup and ExceptionGroup (PEP 654): construction, split/subgroup/derive, and
// the two steps of `except*` (CPython 3.11's CHECK_EG_MATCH and PREP_RERAISE_STAR).
#pragma once
#include "vm/exception.hpp"
#include "vm/type.hpp"

namespace coil::vm {

struct List;

struct ExceptionGroup : BaseException {
    Value message = Value::none(); // the str given as the first argument
    Tuple* exceptions = nullptr;   // the sub-exceptions, never empty
};

inline bool is_exception_group(const Interpreter& interp, Value v) {
    return is_exception_instance(v) &&
           is_subtype(v.as_object()->type, interp.exceptions.base_exception_group);
}
inline ExceptionGroup* as_exception_group(Value v) {
    return static_cast<ExceptionGroup*>(v.as_object());
}

// BaseExceptionGroup(message, exceptions): an ExceptionGroup when every item is an
// Exception. error() with CPython's message when `exceptions` is not a non-empty sequence of
// exception instances.
Value make_exception_group(Interpreter& interp, std::string_view message, Value exceptions);

// The type operand of `except* T`: TypeError unless it is an exception class (or a tuple of
// them) that is not an exception group class. false with the error pending.
bool check_except_star_type(Interpreter& interp, Value clause);

// CHECK_EG_MATCH: splits `exc` by `clause` into the part an `except*` clause handles (*match,
// None when nothing matches; a bare exception that matches comes wrapped in a group) and the
// rest (*rest, None when nothing is left). false with an error pending.
bool exception_group_match(Interpreter& interp, Value exc, Value clause, Value* match, Value* rest);

// PREP_RERAISE_STAR: what leaves a try/except* statement, given the exception it caught and
// the list of what its clauses raised or re-raised (with the unhandled rest, maybe None):
// None when nothing; re-raised parts keep the shape of `original`, new exceptions join them
// in a new group.
Value prepare_reraise_star(Interpreter& interp, Value original, List* raised);

// Called by init_exception_types once BaseExceptionGroup and ExceptionGroup exist.
void init_exception_group_types(Interpreter& interp);

} // namespace coil::vm
