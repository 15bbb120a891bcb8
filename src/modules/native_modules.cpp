// The table of native modules importable by name; a module's file defines its factory.
#include "modules/native_modules.hpp"

namespace coil::modules {

void register_native_modules(vm::Interpreter& interp) {
    (void)interp;
}

} // namespace coil::modules
