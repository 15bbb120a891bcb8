// Instance layouts: the heap reports each object's allocation size, and the __dict__ and
// __slots__ fields of subclasses of str, tuple and bytes sit at the end of that allocation.
#include "modules/core_modules.hpp"
#include "vm/dict.hpp"
#include "vm/heap.hpp"
#include "vm/interpreter.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"

#include <gtest/gtest.h>
#include <string>

using namespace coil::vm;

namespace {

class InstanceLayout : public ::testing::Test {
protected:
    InstanceLayout() { coil::modules::open_core_modules(interp, {"test"}); }

    Interpreter interp;
};

TEST_F(InstanceLayout, AllocationSizeCoversTheObject) {
    for (size_t n : {0, 1, 15, 16, 17, 400, 480, 500, 4000}) {
        Str* s = Str::make(interp, std::string(n, 'x'));
        const size_t size = Heap::allocation_size(s);
        EXPECT_GE(size, sizeof(Str) + n) << n;
        // Small objects get a whole cell of an 8-byte size class; large ones what they asked.
        if (sizeof(Str) + n <= 512) {
            EXPECT_EQ(size % 8, 0u) << n;
            EXPECT_LT(size, sizeof(Str) + n + 8) << n;
        } else {
            EXPECT_EQ(size, sizeof(Str) + n) << n;
        }
    }
}

TEST_F(InstanceLayout, TrailingFieldsFollowTheItems) {
    for (size_t n : {1, 2, 3, 60, 100}) {
        // A tuple allocated one word larger, as for an instance of a subclass with a __dict__.
        Tuple* t = interp.heap().make_sized<Tuple>(
            interp.types.tuple, sizeof(Tuple) + (n - 1) * sizeof(Value) + sizeof(Dict*));
        t->size_ = n;
        for (Value& v : *t) v = Value::none();
        char* slot = reinterpret_cast<char*>(trailing_dict_slot(t));
        EXPECT_GE(slot, reinterpret_cast<char*>(t->items() + n)) << n;
        EXPECT_EQ(slot + sizeof(Dict*), reinterpret_cast<char*>(t) + Heap::allocation_size(t));
        // The first __slots__ field of a str subclass is the word before the __dict__.
        char* member = reinterpret_cast<char*>(
            instance_member_slot(t, offset_from_allocation_end | (sizeof(Dict*) + sizeof(Value))));
        EXPECT_EQ(member + sizeof(Value), slot) << n;
    }
}

} // namespace
