// The run-time compile hook and the embedded stdlib: what the embedding layer gives the VM.
#include "coil/coil.hpp"
#include "modules/core_modules.hpp"
#include "vm/compile_hook.hpp"
#include "vm/dict.hpp"
#include "vm/int.hpp"
#include "vm/interpreter.hpp"
#include "vm/module.hpp"
#include "vm/str.hpp"
#include "vm/type.hpp"

#include <gtest/gtest.h>

namespace coil {
namespace {

vm::Value main_global(Runtime& rt, const char* name) {
    vm::Interpreter& interp = rt.interpreter();
    vm::Value main = interp.modules->get(interp.names.main);
    if (main.is_absent()) return main;
    return static_cast<vm::Module*>(main.as_object())->dict->get(interp.intern(name));
}

TEST(Import, RuntimeInstallsTheCompileHookAndTheEmbeddedStdlib) {
    Runtime rt({"test"});
    vm::Interpreter& interp = rt.interpreter();
    EXPECT_NE(interp.compile_hook, nullptr);
    EXPECT_NE(vm::find_embedded_module(interp, "keyword"), nullptr);
    EXPECT_NE(vm::find_embedded_module(interp, "__future__"), nullptr);
    EXPECT_EQ(vm::find_embedded_module(interp, "no_such_module"), nullptr);
}

TEST(Import, EmbeddedModulesImportAndCompiledCodeRuns) {
    Runtime rt({"test"});
    ASSERT_EQ(rt.run_string("import keyword\n"
                            "n = len(keyword.kwlist)\n"
                            "v = eval(compile('6 * 7', 'f', 'eval'))\n",
                            "<test>"),
              0);
    int64_t n = 0;
    ASSERT_TRUE(vm::int_to_int64(main_global(rt, "n"), &n));
    EXPECT_EQ(n, 35);
    int64_t v = 0;
    ASSERT_TRUE(vm::int_to_int64(main_global(rt, "v"), &v));
    EXPECT_EQ(v, 42);
}

TEST(Import, WithoutTheHookCompilingRaisesSystemError) {
    vm::Interpreter interp;
    modules::open_core_modules(interp, {"test"});
    vm::CompileRequest request;
    request.source = "x = 1";
    request.filename = "<test>";
    EXPECT_EQ(vm::compile_with_hook(interp, request), nullptr);
    ASSERT_TRUE(interp.has_pending());
    EXPECT_TRUE(interp.pending_matches(interp.exceptions.system_error));
    interp.clear_pending();
}

TEST(Import, TheHookReportsSyntaxErrorsWithTheirLocation) {
    Runtime rt({"test"});
    vm::Interpreter& interp = rt.interpreter();
    vm::CompileRequest request;
    request.source = "x = = 1\n";
    request.filename = "bad.py";
    EXPECT_EQ(interp.compile_hook(interp, request), nullptr);
    ASSERT_TRUE(interp.has_pending());
    EXPECT_TRUE(interp.pending_matches(interp.exceptions.syntax_error));
    interp.clear_pending();
}

} // namespace
} // namespace coil
