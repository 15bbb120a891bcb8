// dict: insertion order across deletions and growth, Str-key fast paths, equal keys of
// different types, errors, views and mutation during iteration.
#include "modules/core_modules.hpp"
#include "vm/dict.hpp"
#include "vm/exception.hpp"
#include "vm/interpreter.hpp"
#include "vm/list.hpp"
#include "vm/ops.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <gtest/gtest.h>
#include <string>

using namespace coil::vm;

namespace {

class DictTest : public ::testing::Test {
protected:
    DictTest() { coil::modules::open_core_modules(interp, {"test"}); }

    std::string show(Value v) {
        if (v.is_error()) {
            Value e = interp.take_pending();
            return std::string(type_name(interp, e)) + ": " +
                   std::string(exception_str(interp, e)->view());
        }
        return std::string(ops::repr(interp, v)->view());
    }
    Value i(int64_t v) { return Value::from_small_int(v); }
    Value s(const char* t) { return Str::make(interp, t)->value(); }

    Interpreter interp;
};

TEST_F(DictTest, KeepsInsertionOrderThroughDeletesAndGrowth) {
    Dict* d = Dict::make(interp);
    for (int k = 0; k < 100; ++k) d->set(interp, i(k * 7 % 100), i(k));
    for (int k = 0; k < 100; k += 2) EXPECT_EQ(d->remove(interp, i(k)), 1);
    d->set(interp, i(0), s("again"));
    d->set(interp, i(1), s("overwritten keeps its place"));
    EXPECT_EQ(d->size(), 51u);
    size_t pos = 0;
    Value k, v;
    std::string order;
    while (d->next(pos, &k, &v)) order += show(k) + " ";
    // python3: d={}; [d.__setitem__(k*7%100,k) for k in range(100)]; [d.pop(k) for k in
    // range(0,100,2)]; d[0]=...
    std::string expected;
    for (int k2 = 0; k2 < 100; ++k2) {
        int key = k2 * 7 % 100;
        if (key % 2) expected += std::to_string(key) + " ";
    }
    expected += "0 ";
    EXPECT_EQ(order, expected);
}

TEST_F(DictTest, StrKeysFromAnySourceMatch) {
    Dict* d = Dict::make(interp);
    d->set(interp, interp.intern("name"), i(1));
    EXPECT_EQ(show(d->get(interp, s("name"))), "1"); // a non-interned equal str
    EXPECT_EQ(d->get(Str::make(interp, "name")).bits(), i(1).bits());
    EXPECT_TRUE(d->get(interp.intern("other")).is_absent());
    EXPECT_TRUE(d->remove(interp.intern("name")));
    EXPECT_EQ(d->size(), 0u);
}

TEST_F(DictTest, EqualNumbersAreOneKey) {
    Dict* d = Dict::make(interp);
    d->set(interp, i(1), s("int"));
    d->set(interp, Value::from_double(1.0), s("float"));
    d->set(interp, Value::true_(), s("bool"));
    EXPECT_EQ(show(d->value()),
              "{1: 'bool'}"); // python3 -c "print({1: 'int', 1.0: 'float', True: 'bool'})"
}

TEST_F(DictTest, ErrorsMatchCPython) {
    Dict* d = Dict::make(interp);
    EXPECT_EQ(show(ops::get_item(interp, d->value(), s("missing"))), "KeyError: 'missing'");
    EXPECT_EQ(show(ops::get_item(interp, d->value(), List::make(interp)->value())),
              "TypeError: unhashable type: 'list'");
    EXPECT_EQ(show(ops::call_method(interp, d->value(), interp.intern("popitem"), nullptr, 0)),
              "KeyError: 'popitem(): dictionary is empty'");
}

TEST_F(DictTest, ViewsAndMethods) {
    Dict* d = Dict::make(interp);
    d->set(interp, s("a"), i(1));
    d->set(interp, s("b"), i(2));
    Value dv = d->value();
    auto call = [&](const char* name, std::initializer_list<Value> args) {
        return ops::call_method(interp, dv, interp.intern(name), args.begin(), args.size());
    };
    EXPECT_EQ(show(call("keys", {})), "dict_keys(['a', 'b'])");
    EXPECT_EQ(show(call("items", {})), "dict_items([('a', 1), ('b', 2)])");
    EXPECT_EQ(show(call("get", {s("z"), i(0)})), "0");
    EXPECT_EQ(show(call("setdefault", {s("c"), i(3)})), "3");
    EXPECT_EQ(show(call("pop", {s("a")})), "1");
    EXPECT_EQ(show(call("pop", {s("a")})), "KeyError: 'a'");
    EXPECT_EQ(show(dv), "{'b': 2, 'c': 3}");
    EXPECT_EQ(ops::contains(interp, call("values", {}), i(3)), 1);
}

TEST_F(DictTest, ChangingSizeDuringIterationRaises) {
    Dict* d = Dict::make(interp);
    d->set(interp, s("a"), i(1));
    Value it = ops::get_iter(interp, d->value());
    EXPECT_EQ(show(ops::iter_next(interp, it)), "'a'");
    d->set(interp, s("b"), i(2));
    EXPECT_EQ(show(ops::iter_next(interp, it)),
              "RuntimeError: dictionary changed size during iteration");
}

} // namespace
