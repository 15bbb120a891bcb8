// The contextvars module: Context, ContextVar, Token (vm/context.cpp) and copy_context.
#include "modules/module_builder.hpp"
#include "vm/context.hpp"
#include "vm/list.hpp"

namespace coil::modules {

using namespace coil::vm;

namespace {

Value contextvars_copy_context(Interpreter& interp, const Value*, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "copy_context", kwnames) ||
        !check_no_args(interp, "copy_context", nargs)) {
        return Value::error();
    }
    return copy_context(interp)->value();
}

} // namespace

Module* make_contextvars_module(Interpreter& interp) {
    init_context_types(interp);
    Module* m = make_module(interp, "contextvars");
    module_set(interp, m, "Context", interp.types.context->value());
    module_set(interp, m, "ContextVar", interp.types.context_var->value());
    module_set(interp, m, "Token", interp.types.context_token->value());
    module_def(interp, m, "copy_context", contextvars_copy_context);
    List* all = List::make(interp, 4);
    module_set(interp, m, "__all__", all->value());
    for (const char* name : {"Context", "ContextVar", "Token", "copy_context"}) {
        all->append(interp, interp.intern(name)->value());
    }
    return m;
}

} // namespace coil::modules
