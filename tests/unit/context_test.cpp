// contextvars' Context at the C++ level: entering and leaving, the re-entry error, copies that
// share variables until one is set, and the signal flag turned into KeyboardInterrupt.
#include "modules/core_modules.hpp"
#include "vm/context.hpp"
#include "vm/exception.hpp"
#include "vm/interpreter.hpp"
#include "vm/signals.hpp"
#include "vm/type.hpp"

#include <gtest/gtest.h>

using namespace coil::vm;

namespace {

class ContextTest : public ::testing::Test {
protected:
    ContextTest() { coil::modules::open_core_modules(interp, {"test"}); }

    Interpreter interp;
};

TEST_F(ContextTest, EnterAndExitRestoreTheCurrentContext) {
    Context* base = current_context(interp);
    Context* copy = copy_context(interp);
    EXPECT_NE(copy, base);
    EXPECT_EQ(copy->vars, base->vars); // shared until a variable is set
    ASSERT_TRUE(context_enter(interp, copy));
    EXPECT_EQ(current_context(interp), copy);
    EXPECT_EQ(copy->prev, base);
    context_exit(interp, copy);
    EXPECT_EQ(current_context(interp), base);
    EXPECT_FALSE(copy->entered);
}

TEST_F(ContextTest, EnteringAnEnteredContextFails) {
    Context* copy = copy_context(interp);
    ASSERT_TRUE(context_enter(interp, copy));
    EXPECT_FALSE(context_enter(interp, copy));
    ASSERT_TRUE(interp.has_pending());
    EXPECT_TRUE(interp.pending_matches(interp.exceptions.runtime_error));
    interp.clear_pending();
    context_exit(interp, copy);
}

TEST_F(ContextTest, PendingSigintBecomesKeyboardInterrupt) {
    sigint_pending = 1;
    EXPECT_FALSE(handle_sigint(interp));
    EXPECT_EQ(sigint_pending, 0);
    EXPECT_TRUE(interp.pending_matches(interp.exceptions.keyboard_interrupt));
    interp.clear_pending();
}

} // namespace
