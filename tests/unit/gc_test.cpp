// The garbage collector: cycles are freed, rooted values survive, interned strings are weak,
// finalizers run, and the heap stays consistent.
#include "modules/core_modules.hpp"
#include "vm/dict.hpp"
#include "vm/int.hpp"
#include "vm/interpreter.hpp"
#include "vm/list.hpp"
#include "vm/ops.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"

#include <gtest/gtest.h>
#include <string>

using namespace coil::vm;

namespace {

class Gc : public ::testing::Test {
protected:
    Gc() { coil::modules::open_core_modules(interp, {"test"}); }

    size_t live_after_collect() {
        interp.heap().collect();
        interp.heap().verify();
        return interp.heap().live_objects();
    }

    Interpreter interp;
};

TEST_F(Gc, UnreachableCyclesAreFreed) {
    size_t baseline = live_after_collect();
    for (int i = 0; i < 1000; ++i) {
        List* a = List::make(interp);
        List* b = List::make(interp);
        a->append(interp, b->value());
        b->append(interp, a->value());
        Dict* d = Dict::make(interp);
        d->set(interp, Str::make(interp, "self")->value(), d->value());
    }
    EXPECT_EQ(live_after_collect(), baseline);
}

TEST_F(Gc, RootedValuesSurviveWithTheirContents) {
    size_t baseline = live_after_collect();
    Rooted root(interp.shadow_roots(), List::make(interp)->value());
    List* l = as_list(root.get());
    Value big =
        ops::binary_op(interp, BinaryOp::Pow, Value::from_small_int(7), Value::from_small_int(300));
    l->append(interp, big);
    l->append(interp, Tuple::make(interp, {Str::make(interp, "kept")->value()})->value());
    EXPECT_EQ(live_after_collect(), baseline + 4);
    EXPECT_EQ(std::string(ops::repr(interp, (*l)[1])->view()), "('kept',)");
    EXPECT_EQ(int_to_string(big).substr(0, 10),
              "3383857020"); // python3 -c "print(str(7**300)[:10])"
}

TEST_F(Gc, InternedStringsAreWeak) {
    size_t baseline = live_after_collect();
    Str* s = interp.intern("a_name_nobody_keeps");
    EXPECT_EQ(interp.intern("a_name_nobody_keeps"), s);
    EXPECT_EQ(live_after_collect(), baseline);
    Rooted keep(interp.shadow_roots(), interp.intern("kept_name")->value());
    live_after_collect();
    EXPECT_EQ(interp.intern("kept_name")->value(), keep.get());
}

TEST_F(Gc, PendingExceptionIsARoot) {
    interp.raise(interp.exceptions.value_error, "still here");
    live_after_collect();
    Value e = interp.take_pending();
    EXPECT_EQ(std::string(ops::repr(interp, e)->view()), "ValueError('still here')");
}

TEST_F(Gc, ManyCollectionsKeepTheHeapConsistent) {
    Rooted keep(interp.shadow_roots(), Dict::make(interp)->value());
    Dict* d = as_dict(keep.get());
    for (int round = 0; round < 20; ++round) {
        for (int i = 0; i < 200; ++i) {
            Value key = Value::from_small_int(i);
            d->set(interp, key, Str::make(interp, std::to_string(round * i))->value());
            if (i % 3 == 0) d->remove(interp, Value::from_small_int(i / 2));
        }
        live_after_collect();
    }
    EXPECT_EQ(std::string(ops::repr(interp, d->get(interp, Value::from_small_int(199)))->view()),
              "'3781'");
}

} // namespace
