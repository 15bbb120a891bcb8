// The default unraisable-exception report ("Exception ignored in: ...").
#include "vm/unraisable.hpp"

#include "vm/dict.hpp"
#include "vm/exception.hpp"
#include "vm/frame.hpp"
#include "vm/heap.hpp"
#include "vm/module.hpp"
#include "vm/ops.hpp"
#include "vm/str.hpp"
#include "vm/text_stream.hpp"
#include "vm/traceback.hpp"

namespace coil::vm {

void write_to_sys_stderr(Interpreter& interp, const std::string& text) {
    const Value stream =
        interp.sys_module ? interp.sys_module->dict->get(interp.names.stderr_) : Value::absent();
    if (stream.is_absent() || stream.is_none() ||
        stream == Value::from_object(interp.stderr_stream)) {
        interp.stderr_stream->write(interp, text);
        interp.flush_output();
        return;
    }
    Rooted keep_stream(interp.shadow_roots(), stream);
    Value arg = Str::make(interp, text)->value();
    Rooted keep_arg(interp.shadow_roots(), arg);
    if (ops::call_method(interp, stream, interp.intern("write"), &arg, 1).is_error()) {
        interp.clear_pending();
        interp.stderr_stream->write(interp, text);
        interp.flush_output();
    }
}

void report_unraisable(Interpreter& interp, Value obj) {
    const Value exc = interp.take_pending();
    if (!is_exception_instance(exc)) return;
    Rooted keep_exc(interp.shadow_roots(), exc);
    Rooted keep_obj(interp.shadow_roots(), obj);
    // Coroutines that died before this are reported before it, as CPython would.
    if (!interp.unstarted_coroutines.empty()) interp.heap().collect();
    if (as_exception(exc)->traceback.is_none() && interp.exec.current_frame) {
        add_traceback(interp, exc, interp.exec.current_frame);
    }
    std::string text = "Exception ignored in: ";
    if (Str* r = ops::repr(interp, obj)) {
        text += r->view();
    } else {
        interp.clear_pending();
        text += "<object repr() failed>";
    }
    text += '\n';
    // The default hook prints this exception alone, not the chain it is part of.
    BaseException* e = as_exception(exc);
    Rooted keep_cause(interp.shadow_roots(), e->cause);
    Rooted keep_context(interp.shadow_roots(), e->context);
    e->cause = Value::none();
    e->context = Value::none();
    text += format_exception(interp, exc);
    e->cause = keep_cause.get();
    e->context = keep_context.get();
    write_to_sys_stderr(interp, text);
}

} // namespace coil::vm
