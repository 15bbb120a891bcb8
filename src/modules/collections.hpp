// The native types of the collections module, each defined in its own file.
#pragma once
#include "vm/interpreter.hpp"

namespace coil::modules {

vm::Type* make_deque_type(vm::Interpreter& interp);       // collections_deque.cpp
vm::Type* make_defaultdict_type(vm::Interpreter& interp); // collections_defaultdict.cpp
vm::Type* make_ordereddict_type(vm::Interpreter& interp); // collections_ordereddict.cpp

} // namespace coil::modules
