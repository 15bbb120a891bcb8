// Interpreter: one independent Python world (heap, types, modules, the running frames).
// There is no global mutable state anywhere in coil: everything reachable hangs off this.
#pragma once
#include "vm/execution.hpp"
#include "vm/heap.hpp"
#include "vm/object.hpp"
#include "vm/value.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace coil::vm {

struct Module;
struct BaseException;
struct CodeObject;
struct CompileRequest;
struct EmbeddedModule;
struct TextStream;

// The builtin types, created when the interpreter starts.
struct BuiltinTypes {
    Type* object = nullptr;
    Type* type = nullptr;
    Type* none = nullptr;
    Type* not_implemented = nullptr;
    Type* ellipsis = nullptr;
    Type* bool_ = nullptr;
    Type* int_ = nullptr;
    Type* float_ = nullptr;
    Type* complex = nullptr;
    Type* str = nullptr;
    Type* bytes = nullptr;
    Type* bytearray = nullptr;
    Type* tuple = nullptr;
    Type* list = nullptr;
    Type* dict = nullptr;
    Type* set = nullptr;
    Type* frozenset = nullptr;
    Type* range = nullptr;
    Type* slice = nullptr;
    Type* module = nullptr;
    Type* function = nullptr;          // Python functions (engine)
    Type* builtin_function = nullptr;  // natives: builtin_function_or_method
    Type* method_descriptor = nullptr; // a native method read from its class (list.append)
    Type* method = nullptr;            // bound methods
    Type* code = nullptr;
    Type* cell = nullptr;
    Type* frame = nullptr;
    Type* traceback = nullptr;
    Type* generator = nullptr;
    Type* coroutine = nullptr;
    Type* async_generator = nullptr;         // async_generator.cpp
    Type* async_generator_asend = nullptr;   // what asend() and __anext__() return
    Type* async_generator_athrow = nullptr;  // what athrow() and aclose() return
    Type* async_generator_wrapped = nullptr; // ASYNC_GEN_WRAP's marker of an async `yield`
    Type* anext_awaitable = nullptr;         // anext(iterator, default)
    Type* asyncgen_hooks = nullptr;          // what sys.get_asyncgen_hooks() returns
    // Iterators and views of the runtime's containers.
    Type* str_iterator = nullptr;
    Type* tuple_iterator = nullptr;
    Type* list_iterator = nullptr;
    Type* list_reverseiterator = nullptr;
    Type* range_iterator = nullptr;
    Type* longrange_iterator = nullptr;
    Type* dict_keys = nullptr;
    Type* dict_values = nullptr;
    Type* dict_items = nullptr;
    Type* dict_keyiterator = nullptr;
    Type* dict_valueiterator = nullptr;
    Type* dict_itemiterator = nullptr;
    Type* set_iterator = nullptr;
    Type* bytes_iterator = nullptr;
    Type* bytearray_iterator = nullptr;
    Type* seq_iterator = nullptr;      // iter() over __getitem__
    Type* callable_iterator = nullptr; // iter(callable, sentinel)
    Type* text_stream = nullptr;       // sys.stdout / sys.stderr
    // The file objects open() returns (modules/io_file.cpp), by mode, and io's error class.
    Type* text_io_wrapper = nullptr; // text mode
    Type* buffered_reader = nullptr; // 'rb'
    Type* buffered_writer = nullptr; // 'wb', 'ab', 'xb'
    Type* buffered_random = nullptr; // 'r+b', 'w+b'
    Type* file_io = nullptr;         // binary with buffering=0
    Type* unsupported_operation = nullptr;
    Type* getset_descriptor = nullptr; // computed attributes of builtin types (int.real)
    Type* member_descriptor = nullptr; // the fields __slots__ declares
    Type* slot_wrapper = nullptr;      // list.__len__: a builtin class's special method
    Type* method_wrapper = nullptr;    // [].__len__: a slot wrapper bound to an instance
    Type* super = nullptr;
    Type* property = nullptr;
    Type* classmethod = nullptr;
    Type* staticmethod = nullptr;
    Type* generic_alias = nullptr; // list[int]
    Type* union_type = nullptr;    // int | None
    Type* mapping_proxy = nullptr; // a class's read-only __dict__ (mapping_proxy.cpp)
    // contextvars (context.cpp), made on first use.
    Type* context = nullptr;
    Type* context_var = nullptr;
    Type* context_token = nullptr;
};

// The builtin exception classes CPython has, by name (BaseException, Exception, TypeError...).
struct ExceptionTypes {
    std::unordered_map<std::string, Type*> by_name;
    Type* base_exception = nullptr;
    Type* exception = nullptr;
    Type* type_error = nullptr;
    Type* value_error = nullptr;
    Type* name_error = nullptr;
    Type* unbound_local_error = nullptr;
    Type* attribute_error = nullptr;
    Type* key_error = nullptr;
    Type* index_error = nullptr;
    Type* zero_division_error = nullptr;
    Type* overflow_error = nullptr;
    Type* recursion_error = nullptr;
    Type* runtime_error = nullptr;
    Type* stop_iteration = nullptr;
    Type* stop_async_iteration = nullptr;
    Type* generator_exit = nullptr;
    Type* not_implemented_error = nullptr;
    Type* assertion_error = nullptr;
    Type* import_error = nullptr;
    Type* module_not_found_error = nullptr;
    Type* syntax_error = nullptr;
    Type* memory_error = nullptr;
    Type* system_exit = nullptr;
    Type* keyboard_interrupt = nullptr;
    Type* lookup_error = nullptr;
    Type* arithmetic_error = nullptr;
    Type* unicode_error = nullptr;
    Type* unicode_decode_error = nullptr;
    Type* os_error = nullptr;
    Type* eof_error = nullptr;
    Type* timeout_error = nullptr;
    Type* system_error = nullptr;
    Type* base_exception_group = nullptr;
    Type* exception_group = nullptr;
};

// Identifiers the runtime looks up by name, interned once (X(field, "text")).
// clang-format off
#define COIL_NAMES(X) \
    X(dunder_init, "__init__")          \
    X(dunder_format, "__format__")      \
    X(send, "send")                     \
    X(dunder_new, "__new__")            \
    X(dunder_repr, "__repr__")          \
    X(dunder_str, "__str__")            \
    X(dunder_name, "__name__")          \
    X(dunder_qualname, "__qualname__")  \
    X(dunder_module, "__module__")      \
    X(dunder_dict, "__dict__")          \
    X(dunder_class, "__class__")        \
    X(dunder_doc, "__doc__")            \
    X(dunder_mro, "__mro__")            \
    X(dunder_bases, "__bases__")        \
    X(dunder_base, "__base__")          \
    X(dunder_builtins, "__builtins__")  \
    X(dunder_call, "__call__")          \
    X(dunder_eq, "__eq__")              \
    X(dunder_hash, "__hash__")          \
    X(dunder_len, "__len__")            \
    X(dunder_iter, "__iter__")          \
    X(dunder_next, "__next__")          \
    X(dunder_getitem, "__getitem__")    \
    X(dunder_index, "__index__")        \
    X(dunder_bool, "__bool__")          \
    X(args, "args")                     \
    X(value, "value")                   \
    X(code, "code")                     \
    X(name, "name")                     \
    X(obj, "obj")                       \
    X(msg, "msg")                       \
    X(write, "write")                   \
    X(flush, "flush")                   \
    X(sep, "sep")                       \
    X(end, "end")                       \
    X(file, "file")                     \
    X(key, "key")                       \
    X(reverse, "reverse")               \
    X(default_, "default")              \
    X(start, "start")                   \
    X(stdout_, "stdout")                \
    X(stderr_, "stderr")                \
    X(argv, "argv")                     \
    X(builtins, "builtins")             \
    X(main, "__main__")                 \
    X(sys, "sys")                       \
    X(dunder_notes, "__notes__")        \
    X(base, "base")                     \
    X(dunder_build_class, "__build_class__") \
    X(dunder_classcell, "__classcell__") \
    X(dunder_prepare, "__prepare__")    \
    X(dunder_slots, "__slots__")        \
    X(dunder_set_name, "__set_name__")  \
    X(dunder_init_subclass, "__init_subclass__") \
    X(dunder_class_getitem, "__class_getitem__") \
    X(dunder_mro_entries, "__mro_entries__") \
    X(dunder_weakref, "__weakref__")    \
    X(dunder_orig_bases, "__orig_bases__") \
    X(metaclass, "metaclass")           \
    X(dunder_getattribute, "__getattribute__") \
    X(dunder_getattr, "__getattr__")    \
    X(dunder_setattr, "__setattr__")    \
    X(dunder_delattr, "__delattr__")    \
    X(dunder_get, "__get__")            \
    X(dunder_set, "__set__")            \
    X(dunder_delete, "__delete__")      \
    X(dunder_contains, "__contains__")  \
    X(dunder_setitem, "__setitem__")    \
    X(dunder_delitem, "__delitem__")    \
    X(dunder_neg, "__neg__")            \
    X(dunder_pos, "__pos__")            \
    X(dunder_invert, "__invert__")      \
    X(dunder_ne, "__ne__")              \
    X(dunder_subclasses, "__subclasses__") \
    X(dunder_instancecheck, "__instancecheck__") \
    X(dunder_subclasscheck, "__subclasscheck__") \
    X(dunder_self_class, "__self_class__") \
    X(dunder_thisclass, "__thisclass__") \
    X(dunder_self, "__self__")          \
    X(mro, "mro")                       
// clang-format on

struct Names {
#define COIL_NAME_FIELD(field, text) Str* field = nullptr;
    COIL_NAMES(COIL_NAME_FIELD)
#undef COIL_NAME_FIELD
    // The special methods behind the number and comparison slots, in BinaryOp and CompareOp
    // order: __add__ ..., __radd__ ..., __iadd__ ..., __lt__ ... __ge__.
    Str* binary_dunders[binary_operator_count] = {};
    Str* reflected_dunders[binary_operator_count] = {};
    Str* inplace_dunders[binary_operator_count] = {};
    Str* compare_dunders[6] = {};
};

// Per-interpreter state owned by a layer above the VM (the asyncio runtime in src/aio/): it
// lives and dies with the interpreter, and the GC traces it with the other roots. Its
// destructor runs after the heap is gone, so it must not touch heap objects.
struct InterpreterExtension {
    virtual ~InterpreterExtension() = default;
    virtual void trace(Tracer& tracer) = 0;
};

class Interpreter {
public:
    // Creates the builtin types, the exception classes, an empty `builtins` namespace holding
    // them and an empty `modules` registry. The builtins functions and `sys` are installed by
    // coil::modules::open_core_modules (src/modules/core_modules.hpp), like luaL_openlibs.
    Interpreter();
    ~Interpreter();
    Interpreter(const Interpreter&) = delete;
    Interpreter& operator=(const Interpreter&) = delete;

    Heap& heap() { return heap_; }
    BuiltinTypes types;
    ExceptionTypes exceptions;
    Names names;
    Value not_implemented;      // the NotImplemented singleton
    Value ellipsis;             // the Ellipsis singleton
    Value empty_tuple;          // the () singleton
    Value empty_str;            // the '' singleton
    Str* ascii_chars[128] = {}; // one-character ASCII strings, made on first use

    // Identifiers and other strings the VM looks up often; weakly held.
    Str* intern(std::string_view text);
    Str* intern(Str* s); // returns the canonical interned string equal to s (maybe s itself)

    // Errors. The raise_* helpers set the pending exception and return Value::error(), so a
    // native can write `return interp.raise(interp.exceptions.type_error, "...")`.
    Value raise(Type* exception_type, std::string_view message);
    // printf-style message.
    Value raise_format(Type* exception_type, const char* format, ...)
        __attribute__((format(printf, 3, 4)));
    Value raise_value(Value exception); // an instance or a class, as `raise X` does
    Value raise_type_error(std::string_view message) {
        return raise(exceptions.type_error, message);
    }
    Value raise_memory_error();
    bool has_pending() const { return !pending_.is_absent(); }
    Value pending() const { return pending_; }
    Value take_pending(); // clears it
    void set_pending(Value exception) { pending_ = exception; }
    void clear_pending() { pending_ = Value::absent(); }
    // Is the pending exception an instance of `type` (or a subclass)?
    bool pending_matches(Type* type) const;

    // Where natives register temporaries that must survive a call back into the VM.
    std::vector<Value*>& shadow_roots() { return shadow_roots_; }

    Module* builtins_module = nullptr;
    Dict* builtins = nullptr; // the builtins module's namespace
    Dict* modules = nullptr;  // sys.modules
    Module* sys_module = nullptr;
    TextStream* stdout_stream = nullptr; // the process's stdout; sys.stdout may be replaced
    TextStream* stderr_stream = nullptr;
    // Flushes buffered output of both streams (at exit, before reading input, before a crash
    // report). Never throws.
    void flush_output();

    // Native modules made on first import, by name ("math", "asyncio"); the modules layer
    // fills this at start-up (src/modules/native_modules.cpp), so the VM never links them.
    using ModuleFactory = Module* (*)(Interpreter&);
    std::unordered_map<std::string, ModuleFactory> native_modules;
    // Run-time compilation (imports of .py files, exec, eval, compile) and the embedded stdlib,
    // installed by the embedding layer because the VM does not link the compiler
    // (vm/compile_hook.hpp says how); null until then.
    CodeObject* (*compile_hook)(Interpreter& interp, const CompileRequest& request) = nullptr;
    const EmbeddedModule* embedded_modules = nullptr;
    size_t embedded_module_count = 0;

    // The last version tag handed to a class (Type::version); tags are never reused, so an
    // attribute cache that matches one has seen this very class in this very state.
    uint32_t last_type_version = 0;

    // Every class created by make_builtin_type, so they stay alive with the interpreter.
    std::vector<Type*> builtin_type_list;

    // Containers being repr()'d, so a list containing itself prints as [...].
    std::vector<Object*> repr_active;

    // Coroutines not started yet, weakly held, each with where CPython would report it as
    // never awaited (coroutine_never_awaited.hpp). A coroutine leaves on its first step, so
    // only those waiting to start pay for the record: a suspended task's coroutine does not.
    struct UnstartedCoroutine {
        Object* coroutine;
        CodeObject* origin_code; // nullptr when made with no Python frame running
        Dict* origin_globals;
        uint32_t origin_lasti;
        uint64_t serial; // creation order, in which the warnings print
    };
    std::vector<UnstartedCoroutine> unstarted_coroutines;
    uint64_t coroutines_made = 0;

    ExecutionState exec; // the engine's state: running frames, recursion depth

    // The event loops and asyncio's types, made on first use (aio/runtime.hpp).
    std::unique_ptr<InterpreterExtension> async_runtime;

    // The contextvars.Context code runs in (context.hpp); made on first use.
    Object* current_context = nullptr;
    // The Context that tasks which never set a variable step in (context_enter_owned).
    Object* borrowed_context = nullptr;
    // What a SIGINT does when the VM notices it (signals.hpp): asyncio.run cancels its main
    // task; null means raise KeyboardInterrupt. false with an exception pending on failure.
    bool (*sigint_hook)(Interpreter& interp) = nullptr;

    // The one place that lists every root (MODELS.md): called by Heap::collect.
    void trace_roots(Tracer& tracer);
    // Drops interned strings that were not marked; called by Heap::collect before the sweep.
    void sweep_interned();

private:
    Heap heap_;
    Value pending_ = Value::absent();
    std::vector<Value*> shadow_roots_;
    std::unordered_map<std::string_view, Str*> interned_;
};

// The class of any value, immediates included.
inline Type* type_of(const Interpreter& interp, Value v) {
    if (v.is_object()) return v.as_object()->type;
    if (v.is_small_int()) return interp.types.int_;
    if (v.is_float()) return interp.types.float_;
    if (v.is_none()) return interp.types.none;
    return interp.types.bool_;
}

} // namespace coil::vm
