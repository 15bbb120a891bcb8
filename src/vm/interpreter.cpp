// Interpreter: creation of the builtin world, errors, interning and the root set.
#include "vm/interpreter.hpp"

#include "vm/bytes.hpp"
#include "vm/class_creation.hpp"
#include "vm/descriptor.hpp"
#include "vm/dict.hpp"
#include "vm/exception.hpp"
#include "vm/float.hpp"
#include "vm/format.hpp"
#include "vm/generic_alias.hpp"
#include "vm/int.hpp"
#include "vm/iterator.hpp"
#include "vm/list.hpp"
#include "vm/mapping_proxy.hpp"
#include "vm/module.hpp"
#include "vm/native_function.hpp"
#include "vm/none.hpp"
#include "vm/ops.hpp"
#include "vm/range.hpp"
#include "vm/set.hpp"
#include "vm/slot_wrapper.hpp"
#include "vm/str.hpp"
#include "vm/super.hpp"
#include "vm/text_stream.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <cstdarg>
#include <cstdio>
#include <unistd.h>

namespace coil::vm {

Interpreter::Interpreter() : heap_(*this) {
    init_core_types(*this);
#define COIL_INTERN_NAME(field, text) names.field = intern(text);
    COIL_NAMES(COIL_INTERN_NAME)
#undef COIL_INTERN_NAME
    static constexpr const char* operator_names[binary_operator_count] = {
        "add", "sub", "mul", "matmul", "truediv", "mod",     "pow",
        "lshift", "rshift", "or", "xor", "and",   "floordiv"};
    for (int i = 0; i < binary_operator_count; ++i) {
        const std::string op = operator_names[i];
        names.binary_dunders[i] = intern("__" + op + "__");
        names.reflected_dunders[i] = intern("__r" + op + "__");
        names.inplace_dunders[i] = intern("__i" + op + "__");
    }
    static constexpr const char* compare_names[6] = {"__lt__", "__le__", "__eq__",
                                                     "__ne__", "__gt__", "__ge__"};
    for (int i = 0; i < 6; ++i) names.compare_dunders[i] = intern(compare_names[i]);
    empty_str = intern("")->value();
    init_native_function_types(*this);
    init_object_methods(*this);
    init_class_creation(*this);
    init_slot_wrapper_type(*this);
    init_super_type(*this);
    init_tuple_type(*this);
    init_none_types(*this);
    init_int_type(*this);
    init_bool_type(*this);
    init_float_type(*this);
    init_str_type(*this);
    init_bytes_type(*this);
    init_list_type(*this);
    init_dict_type(*this);
    init_set_types(*this);
    init_range_type(*this);
    init_slice_type(*this);
    init_module_type(*this);
    init_text_stream_type(*this);
    init_iterator_types(*this);
    init_exception_types(*this);
    init_engine_types(*this);

    modules = Dict::make(*this);
    builtins_module = Module::make(*this, names.builtins);
    builtins = builtins_module->dict;
    init_format(*this);
    init_descriptor_types(*this);
    init_generic_alias_types(*this);
    init_mapping_proxy_type(*this);
    stdout_stream = TextStream::make(*this, STDOUT_FILENO, "<stdout>", false);
    stderr_stream = TextStream::make(*this, STDERR_FILENO, "<stderr>", true);
}

Interpreter::~Interpreter() {
    flush_output();
}

Str* Interpreter::intern(std::string_view text) {
    auto it = interned_.find(text);
    if (it != interned_.end()) return it->second;
    Str* s = Str::make(*this, text);
    s->interned_ = true;
    s->hash();
    interned_.emplace(s->view(), s);
    return s;
}

Str* Interpreter::intern(Str* s) {
    if (s->interned_) return s;
    auto it = interned_.find(s->view());
    if (it != interned_.end()) return it->second;
    // An instance of a str subclass is not itself interned: intern an exact copy.
    if (s->type != types.str) return intern(s->view());
    s->interned_ = true;
    s->hash();
    interned_.emplace(s->view(), s);
    return s;
}

void Interpreter::sweep_interned() {
    for (auto it = interned_.begin(); it != interned_.end();) {
        if (it->second->gc_link & Tracer::mark_bit) {
            ++it;
        } else {
            it = interned_.erase(it);
        }
    }
}

Value Interpreter::raise(Type* exception_type, std::string_view message) {
    pending_ = make_exception(*this, exception_type, message)->value();
    return Value::error();
}

Value Interpreter::raise_format(Type* exception_type, const char* format, ...) {
    char buffer[512];
    va_list ap;
    va_start(ap, format);
    int n = std::vsnprintf(buffer, sizeof buffer, format, ap);
    va_end(ap);
    size_t length = n < 0 ? 0 : std::min<size_t>(size_t(n), sizeof buffer - 1);
    return raise(exception_type, std::string_view(buffer, length));
}

Value Interpreter::raise_value(Value exception) {
    if (is_exception_instance(exception)) {
        pending_ = exception;
        return Value::error();
    }
    if (is_exception_class(exception)) {
        Value instance = ops::call0(*this, exception);
        if (instance.is_error()) return instance;
        if (!is_exception_instance(instance)) {
            return raise_format(exceptions.type_error,
                                "calling %s should have returned an instance of BaseException, "
                                "not %s",
                                std::string(type_name(*this, exception)).c_str(),
                                std::string(type_name(*this, instance)).c_str());
        }
        pending_ = instance;
        return Value::error();
    }
    return raise_type_error("exceptions must derive from BaseException");
}

Value Interpreter::raise_memory_error() {
    // MemoryError must not need much memory: no message.
    pending_ = make_exception(*this, exceptions.memory_error, Tuple::make(*this, 0))->value();
    return Value::error();
}

Value Interpreter::take_pending() {
    Value v = pending_;
    pending_ = Value::absent();
    return v;
}

bool Interpreter::pending_matches(Type* type) const {
    if (pending_.is_absent()) return false;
    return is_instance(*this, pending_, type);
}

void Interpreter::flush_output() {
    if (stdout_stream) stdout_stream->flush();
    if (stderr_stream) stderr_stream->flush();
}

void Interpreter::trace_roots(Tracer& tracer) {
    for (Value* slot : shadow_roots_) tracer.mark(*slot);
    tracer.mark(pending_);
    for (Type* t : builtin_type_list) tracer.mark(t);
    // BuiltinTypes and Names are plain arrays of pointers in struct form.
    static_assert(sizeof(BuiltinTypes) % sizeof(Type*) == 0);
    auto* type_fields = reinterpret_cast<Type* const*>(&types);
    for (size_t i = 0; i < sizeof(BuiltinTypes) / sizeof(Type*); ++i) tracer.mark(type_fields[i]);
    static_assert(sizeof(Names) % sizeof(Str*) == 0);
    auto* name_fields = reinterpret_cast<Str* const*>(&names);
    for (size_t i = 0; i < sizeof(Names) / sizeof(Str*); ++i) tracer.mark(name_fields[i]);
    for (auto& [name, type] : exceptions.by_name) tracer.mark(type);
    tracer.mark(not_implemented);
    tracer.mark(ellipsis);
    tracer.mark(empty_tuple);
    tracer.mark(empty_str);
    tracer.mark(builtins_module);
    tracer.mark(builtins);
    tracer.mark(modules);
    tracer.mark(sys_module);
    tracer.mark(stdout_stream);
    tracer.mark(stderr_stream);
    for (Str* s : ascii_chars) tracer.mark(s);
    for (Object* o : repr_active) tracer.mark(o);
    trace_execution(exec, tracer);
    tracer.mark(current_context);
    tracer.mark(borrowed_context);
    if (async_runtime) async_runtime->trace(tracer);
}

} // namespace coil::vm
