// Runtime objects: repr/str of values, int arithmetic edge cases, float repr, hashing, str
// slicing and methods. Expected values were printed by python3 3.11 (commands noted per table).
#include "modules/core_modules.hpp"
#include "vm/bytes.hpp"
#include "vm/dict.hpp"
#include "vm/exception.hpp"
#include "vm/float.hpp"
#include "vm/format.hpp"
#include "vm/int.hpp"
#include "vm/interpreter.hpp"
#include "vm/list.hpp"
#include "vm/ops.hpp"
#include "vm/range.hpp"
#include "vm/set.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <cmath>
#include <gtest/gtest.h>
#include <string>

using namespace coil::vm;

namespace {

class Objects : public ::testing::Test {
protected:
    Objects() { coil::modules::open_core_modules(interp, {"test"}); }

    // repr() of a result, or "ExcType: message" when it raised.
    std::string show(Value v) {
        if (v.is_error()) {
            Value e = interp.take_pending();
            Str* s = exception_str(interp, e);
            return std::string(type_name(interp, e)) + ": " + std::string(s->view());
        }
        Str* r = ops::repr(interp, v);
        return r ? std::string(r->view()) : "<repr failed>";
    }
    Value integer(const char* text) { return int_from_string(interp, text, 10); }
    Value str(const char* text) { return Str::make(interp, text)->value(); }
    Value call_builtin(const char* name, std::initializer_list<Value> args) {
        Value f = interp.builtins->get(interp.intern(name));
        return ops::call(interp, f, args.begin(), args.size());
    }
    Value method(Value self, const char* name, std::initializer_list<Value> args) {
        return ops::call_method(interp, self, interp.intern(name), args.begin(), args.size());
    }

    Interpreter interp;
};

struct IntCase {
    const char* a;
    BinaryOp op;
    const char* b;
    const char* expected;
};

// python3 tests/unit/gen_int_arith.py > tests/unit/int_arith.inc
const IntCase int_cases[] = {
#include "int_arith.inc"
};

TEST_F(Objects, IntArithmeticMatchesCPython) {
    for (const IntCase& c : int_cases) {
        Value r = ops::binary_op(interp, c.op, integer(c.a), integer(c.b));
        EXPECT_EQ(show(r), c.expected) << c.a << " op" << int(c.op) << " " << c.b;
    }
}

// python3 -c "for f in FLOATS: print(float.hex(f), repr(f))"
const struct {
    double value;
    const char* repr;
} float_cases[] = {
    {0.0, "0.0"},
    {-0.0, "-0.0"},
    {0x1.0000000000000p+0, "1.0"},
    {0x1.999999999999ap-4, "0.1"},
    {0x1.1c37937e08000p+53, "1e+16"},
    {0x1.c6bf526340000p+49, "1000000000000000.0"},
    {0x1.4f8b588e368f1p-17, "1e-05"},
    {0x1.a36e2eb1c432dp-14, "0.0001"},
    {0x1.d6f34547df3b6p+26, "123456789.123"},
    {0x1.5555555555555p-2, "0.3333333333333333"},
    {0x1.ac9a7b3b7302fp-996, "2.5e-300"},
    {0x1.fffffffffffffp+1023, "1.7976931348623157e+308"},
    {0x0.0000000000001p-1022, "5e-324"},
    {0x1.9000000000000p+6, "100.0"},
    {0x1.12210f47de981p+60, "1.2345678901234568e+18"},
    {0x1.3333333333334p-2, "0.30000000000000004"},
    {-0x1.8000000000000p+0, "-1.5"},
    {0x1.0f0cf064dd592p+73, "1e+22"},
    {0x1.0000000000000p+53, "9007199254740992.0"},
    {0x0.8d83aff3e96b1p-1022, "1.23e-308"},
};

TEST_F(Objects, FloatReprIsShortestRoundTrip) {
    for (auto& c : float_cases) EXPECT_EQ(float_repr(c.value), c.repr);
    EXPECT_EQ(float_repr(INFINITY), "inf");
    EXPECT_EQ(float_repr(-INFINITY), "-inf");
    EXPECT_EQ(float_repr(NAN), "nan");
}

// python3 -c "for h in INTS: print(h, hash(h))"
const struct {
    const char* value;
    long long hash;
} int_hashes[] = {
    {"1", 1ll},
    {"-1", -2ll},
    {"-2", -2ll},
    {"2305843009213693951", 0ll},
    {"2305843009213693952", 1ll},
    {"-1180591620717411303424", -512ll},
    {"1000000000000000000000000000000", 465258685558744706ll},
    {"140737488355327", 140737488355327ll},
    {"-140737488355328", -140737488355328ll},
};

// python3 -c "for f in FLOATS: print(float.hex(f), hash(f))"
const struct {
    double value;
    long long hash;
} float_hashes[] = {
    {0x1.8000000000000p+0, 1152921504606846977ll},
    {-0x1.0000000000000p-1, -1152921504606846976ll},
    {0x1.999999999999ap-4, 230584300921369408ll},
    {0x1.249ad2594c37dp+332, 1822893315824342674ll},
    {-0x1.0000000000000p+1, -2ll},
    {INFINITY, 314159ll},
    {-INFINITY, -314159ll},
    {0x1.56e1fc2f8f359p-997, 482449582752280463ll},
};

TEST_F(Objects, NumberHashesMatchCPython) {
    for (auto& c : int_hashes) EXPECT_EQ(ops::hash(interp, integer(c.value)), c.hash) << c.value;
    for (auto& c : float_hashes) EXPECT_EQ(float_hash(c.value), c.hash) << c.value;
    // Equal numbers hash equal across types.
    EXPECT_EQ(ops::hash(interp, Value::from_double(3.0)), 3);
    Value t = Tuple::make(interp, {Value::from_small_int(1), Value::from_small_int(2)})->value();
    EXPECT_EQ(ops::hash(interp, t), -3550055125485641917ll); // python3 -c "print(hash((1, 2)))"
}

TEST_F(Objects, ReprOfValues) {
    EXPECT_EQ(show(Value::none()), "None");
    EXPECT_EQ(show(Value::true_()), "True");
    EXPECT_EQ(show(interp.ellipsis), "Ellipsis");
    EXPECT_EQ(show(str("it's")), "\"it's\"");
    EXPECT_EQ(show(str("a'b\"c\n\t\x01\x7f\xc3\xa9")), "'a\\'b\"c\\n\\t\\x01\\x7fé'");
    EXPECT_EQ(show(Tuple::make(interp, 0)->value()), "()");
    EXPECT_EQ(show(Tuple::make(interp, {str("x")})->value()), "('x',)");
    List* l = List::make(interp);
    l->append(interp, Value::from_double(1.5));
    l->append(interp, l->value());
    EXPECT_EQ(show(l->value()), "[1.5, [...]]");
    EXPECT_EQ(show(call_builtin("range", {Value::from_small_int(3)})), "range(0, 3)");
    EXPECT_EQ(show(interp.types.int_->value()), "<class 'int'>");
    EXPECT_EQ(show(interp.builtins->get(interp.intern("len"))), "<built-in function len>");
    Value exc = make_exception(interp, interp.exceptions.key_error, Tuple::make(interp, {str("k")}))
                    ->value();
    EXPECT_EQ(show(exc), "KeyError('k')");
    EXPECT_EQ(std::string(exception_str(interp, exc)->view()), "'k'");
}

TEST_F(Objects, IntParsingAndPrinting) {
    // python3 -c "print(int('  -0x_1f  ', 0), int('1_000'), int('z', 36))"
    EXPECT_EQ(show(int_from_string(interp, "  -0x_1f  ", 0)), "-31");
    EXPECT_EQ(show(int_from_string(interp, "1_000", 10)), "1000");
    EXPECT_EQ(show(int_from_string(interp, "z", 36)), "35");
    EXPECT_EQ(show(int_from_string(interp, "0123", 0)),
              "ValueError: invalid literal for int() with base 0: '0123'");
    EXPECT_EQ(show(int_from_string(interp, "1__2", 10)),
              "ValueError: invalid literal for int() with base 10: '1__2'");
    Value big = ops::binary_op(interp, BinaryOp::Pow, Value::from_small_int(10),
                               Value::from_small_int(5000));
    EXPECT_EQ(ops::repr(interp, big), nullptr);
    EXPECT_EQ(show(Value::error()).substr(0, 50),
              "ValueError: Exceeds the limit (4300 digits) for in");
    EXPECT_EQ(show(call_builtin("int", {Value::from_double(-2.7)})), "-2");
    EXPECT_EQ(show(call_builtin("int", {Value::from_double(1e20)})), "100000000000000000000");
    EXPECT_EQ(show(call_builtin("float", {str(" 1_0.5 ")})), "10.5");
    EXPECT_EQ(show(call_builtin("float", {str("x")})),
              "ValueError: could not convert string to float: 'x'");
}

TEST_F(Objects, OperatorErrorsUseCPythonMessages) {
    EXPECT_EQ(show(ops::binary_op(interp, BinaryOp::Add, Value::from_small_int(1), str("a"))),
              "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    EXPECT_EQ(show(ops::binary_op(interp, BinaryOp::Add, str("a"), Value::from_small_int(1))),
              "TypeError: can only concatenate str (not \"int\") to str");
    EXPECT_EQ(show(ops::binary_op(interp, BinaryOp::Mul, str("a"), Value::from_double(2.0))),
              "TypeError: can't multiply sequence by non-int of type 'float'");
    EXPECT_EQ(show(ops::compare(interp, CompareOp::Lt, Value::from_small_int(1), str("a"))),
              "TypeError: '<' not supported between instances of 'int' and 'str'");
    EXPECT_EQ(show(ops::binary_op(interp, BinaryOp::TrueDiv, Value::from_double(1.0),
                                  Value::from_small_int(0))),
              "ZeroDivisionError: float division by zero");
    EXPECT_EQ(show(ops::inplace_op(interp, BinaryOp::Sub, Value::none(), Value::none())),
              "TypeError: unsupported operand type(s) for -=: 'NoneType' and 'NoneType'");
    EXPECT_EQ(show(ops::get_attr(interp, Value::none(), interp.intern("x"))),
              "AttributeError: 'NoneType' object has no attribute 'x'");
    EXPECT_EQ(show(ops::get_iter(interp, Value::from_small_int(1))),
              "TypeError: 'int' object is not iterable");
    EXPECT_EQ(show(ops::call(interp, Value::from_small_int(1), nullptr, 0)),
              "TypeError: 'int' object is not callable");
}

TEST_F(Objects, MixedNumberComparisons) {
    Value big = integer("9007199254740993"); // 2**53 + 1 is not a double
    EXPECT_EQ(
        show(ops::compare(interp, CompareOp::Eq, big, Value::from_double(9007199254740992.0))),
        "False");
    EXPECT_EQ(show(ops::compare(interp, CompareOp::Lt, Value::from_double(0.5), Value::true_())),
              "True");
    EXPECT_EQ(show(ops::binary_op(interp, BinaryOp::Add, Value::true_(), Value::true_())), "2");
    EXPECT_EQ(show(ops::binary_op(interp, BinaryOp::And, Value::true_(), Value::false_())),
              "False");
    // python3 -c "print(-7.5 // 2, -7.5 % 2, 7.5 % -2)"
    EXPECT_EQ(show(ops::binary_op(interp, BinaryOp::FloorDiv, Value::from_double(-7.5),
                                  Value::from_small_int(2))),
              "-4.0");
    EXPECT_EQ(show(ops::binary_op(interp, BinaryOp::Mod, Value::from_double(-7.5),
                                  Value::from_small_int(2))),
              "0.5");
    EXPECT_EQ(show(ops::binary_op(interp, BinaryOp::Mod, Value::from_double(7.5),
                                  Value::from_small_int(-2))),
              "-0.5");
}

TEST_F(Objects, StrIndexingAndSlicing) {
    Value s = str("héllo wörld");
    auto slice = [&](Value a, Value b, Value c) {
        return ops::get_item(interp, s, make_slice(interp, a, b, c)->value());
    };
    Value none = Value::none();
    auto i = [](int64_t v) { return Value::from_small_int(v); };
    // python3 -c "s='héllo wörld'; print(repr(s[1]), repr(s[-1]), repr(s[::-1]), repr(s[1:8:3]),
    // repr(s[-3:]), repr(s[20:]))"
    EXPECT_EQ(show(ops::get_item(interp, s, i(1))), "'é'");
    EXPECT_EQ(show(ops::get_item(interp, s, i(-1))), "'d'");
    EXPECT_EQ(show(slice(none, none, i(-1))), "'dlröw olléh'");
    EXPECT_EQ(show(slice(i(1), i(8), i(3))), "'éoö'");
    EXPECT_EQ(show(slice(i(-3), none, none)), "'rld'");
    EXPECT_EQ(show(slice(i(20), none, none)), "''");
    EXPECT_EQ(show(ops::get_item(interp, s, i(11))), "IndexError: string index out of range");
    EXPECT_EQ(ops::len(interp, s), 11);
    EXPECT_EQ(ops::contains(interp, s, str("ö")), 1);
}

TEST_F(Objects, StrMethods) {
    // python3 -c "print(' a  b '.split(), 'a,b,,c'.split(',', 1), 'x'.join(['1','2']), ...)"
    EXPECT_EQ(show(method(str(" a  b "), "split", {})), "['a', 'b']");
    EXPECT_EQ(show(method(str("a,b,,c"), "split", {str(","), Value::from_small_int(1)})),
              "['a', 'b,,c']");
    EXPECT_EQ(show(method(str("a,b,,c"), "rsplit", {str(","), Value::from_small_int(1)})),
              "['a,b,', 'c']");
    EXPECT_EQ(show(method(str("x"), "join", {List::make(interp, nullptr, 0)->value()})), "''");
    EXPECT_EQ(show(method(str("--"), "join",
                          {Tuple::make(interp, {str("1"), str("2"), str("3")})->value()})),
              "'1--2--3'");
    EXPECT_EQ(
        show(method(str("-"), "join", {Tuple::make(interp, {Value::from_small_int(1)})->value()})),
        "TypeError: sequence item 0: expected str instance, int found");
    EXPECT_EQ(show(method(str("  hi\n"), "strip", {})), "'hi'");
    EXPECT_EQ(show(method(str("xxhixx"), "lstrip", {str("x")})), "'hixx'");
    EXPECT_EQ(show(method(str("aaa"), "replace", {str("a"), str("bb"), Value::from_small_int(2)})),
              "'bbbba'");
    EXPECT_EQ(show(method(str("ab"), "replace", {str(""), str("-")})), "'-a-b-'");
    EXPECT_EQ(show(method(str("hello"), "find", {str("l")})), "2");
    EXPECT_EQ(show(method(str("hello"), "rfind", {str("l")})), "3");
    EXPECT_EQ(show(method(str("hello"), "index", {str("z")})), "ValueError: substring not found");
    EXPECT_EQ(show(method(str("hello"), "startswith",
                          {Tuple::make(interp, {str("x"), str("he")})->value()})),
              "True");
    EXPECT_EQ(show(method(str("Straße"), "upper", {})), "'STRASSE'");
    EXPECT_EQ(show(method(str("abc"), "center", {Value::from_small_int(8), str("*")})),
              "'**abc***'");
    EXPECT_EQ(show(method(str("-42"), "zfill", {Value::from_small_int(6)})), "'-00042'");
    EXPECT_EQ(show(method(str("a\nb\r\nc"), "splitlines", {})), "['a', 'b', 'c']");
    EXPECT_EQ(show(method(str("k=v=w"), "partition", {str("=")})), "('k', '=', 'v=w')");
    EXPECT_EQ(show(method(str("hello world"), "title", {})), "'Hello World'");
}

TEST_F(Objects, ListOperations) {
    List* l = List::make(interp);
    for (int i = 0; i < 5; ++i) l->append(interp, Value::from_small_int(i));
    Value v = l->value();
    EXPECT_EQ(show(method(v, "pop", {})), "4");
    EXPECT_EQ(show(method(v, "insert", {Value::from_small_int(-1), str("x")})), "None");
    EXPECT_EQ(show(v), "[0, 1, 2, 'x', 3]");
    EXPECT_EQ(show(method(v, "index", {str("y")})), "ValueError: 'y' is not in list");
    EXPECT_EQ(
        show(ops::get_item(
            interp, v,
            make_slice(interp, Value::none(), Value::none(), Value::from_small_int(2))->value())),
        "[0, 2, 3]");
    EXPECT_EQ(show(ops::get_item(interp, v, Value::from_small_int(9))),
              "IndexError: list index out of range");
    EXPECT_EQ(show(method(v, "sort", {})),
              "TypeError: '<' not supported between instances of 'str' and 'int'");
    method(v, "remove", {str("x")});
    Value args[] = {v, Value::true_()};
    Value sorted = ops::call(interp, interp.builtins->get(interp.intern("sorted")), args, 2,
                             Tuple::make(interp, {interp.intern("reverse")->value()}));
    EXPECT_EQ(show(sorted), "[3, 2, 1, 0]");
    EXPECT_EQ(show(ops::binary_op(interp, BinaryOp::Mul, v, Value::from_small_int(2))),
              "[0, 1, 2, 3, 0, 1, 2, 3]");
    EXPECT_EQ(
        show(ops::compare(interp, CompareOp::Lt, v, List::make(interp, l->items(), 2)->value())),
        "False");
}

TEST_F(Objects, BuiltinFunctions) {
    auto i = [](int64_t v) { return Value::from_small_int(v); };
    EXPECT_EQ(show(call_builtin("max", {i(3), i(9), i(2)})), "9");
    EXPECT_EQ(show(call_builtin("min", {List::make(interp)->value()})),
              "ValueError: min() arg is an empty sequence");
    EXPECT_EQ(show(call_builtin("sum", {List::make(interp, nullptr, 0)->value()})), "0");
    EXPECT_EQ(show(call_builtin("divmod", {i(-7), i(2)})), "(-4, 1)");
    EXPECT_EQ(show(call_builtin("pow", {i(3), i(-1), i(7)})), "5");
    EXPECT_EQ(show(call_builtin("round", {Value::from_double(2.5)})), "2");
    EXPECT_EQ(show(call_builtin("round", {Value::from_double(2.675), i(2)})), "2.67");
    EXPECT_EQ(show(call_builtin("round", {i(1250), i(-2)})), "1200");
    EXPECT_EQ(show(call_builtin("chr", {i(233)})), "'é'");
    EXPECT_EQ(show(call_builtin("ord", {str("é")})), "233");
    EXPECT_EQ(show(call_builtin("hex", {i(-255)})), "'-0xff'");
    EXPECT_EQ(show(call_builtin("bin", {i(5)})), "'0b101'");
    EXPECT_EQ(show(call_builtin("isinstance", {Value::true_(), interp.types.int_->value()})),
              "True");
    EXPECT_EQ(show(call_builtin("len", {i(5)})), "TypeError: object of type 'int' has no len()");
    EXPECT_EQ(show(call_builtin("ascii", {str("é")})), "\"'\\\\xe9'\"");
    Value pairs =
        call_builtin("list", {call_builtin("zip", {str("ab"), List::make(interp)->value()})});
    EXPECT_EQ(show(pairs), "[]");
    Value en = call_builtin("list", {call_builtin("enumerate", {str("ab")})});
    EXPECT_EQ(show(en), "[(0, 'a'), (1, 'b')]");
}

// python3 -c "for v, s in CASES: print(repr(format(v, s)))" (errors as 'Type: message')
TEST_F(Objects, FormatSpecMiniLanguage) {
    struct {
        Value value;
        const char* spec;
        const char* expected;
    } cases[] = {
        {Value::from_small_int(1234567), ",", "'1,234,567'"},
        {Value::from_small_int(1234567), "_x", "'12_d687'"},
        {Value::from_small_int(255), "#x", "'0xff'"},
        {Value::from_small_int(255), "08b", "'11111111'"},
        {Value::from_small_int(-5), "+05", "'-0005'"},
        {Value::from_double(0x1.921f9f01b866ep+1), ".2f", "'3.14'"},
        {Value::from_double(0x1.0000000000000p+0), "", "'1.0'"},
        {Value::from_double(0x1.0000000000000p+0), ".3", "'1.0'"},
        {Value::from_double(0x1.4000000000000p+3), ".2", "'1e+01'"},
        {Value::from_double(0x1.5af1d78b58c40p+66), "", "'1e+20'"},
        {Value::from_double(0x1.0000000000000p-1), "%", "'50.000000%'"},
        {Value::from_double(0x1.0000000000000p-3), ".1%", "'12.5%'"},
        {Value::from_double(0x1.81cd6c8b43958p+13), ",.2f", "'12,345.68'"},
        {Value::from_small_int(1234), "010,", "'00,001,234'"},
        {str("ab"), "^6", "'  ab  '"},
        {str("ab"), "*>5", "'***ab'"},
        {Value::from_small_int(3), "e", "'3.000000e+00'"},
        {Value::from_double(0x1.8000000000000p+0), "g", "'1.5'"},
        {Value::from_double(0x1.ad7f29abcaf48p-24), "g", "'1e-07'"},
        {Value::from_double(NAN), "F", "'NAN'"},
        {Value::from_double(-0x0.0p+0), "", "'-0.0'"},
        {Value::from_double(0x1.edd2f1a9fbe77p+6), "10.4", "'     123.5'"},
        {Value::from_small_int(97), "c", "'a'"},
        {Value::from_double(0x1.1c37937e08000p+53), ".17g", "'10000000000000000'"},
        {Value::true_(), "", "'True'"},
        {Value::true_(), "d", "'1'"},
        {Value::from_double(-0x1.34a0000000000p+10), "=+12,.1f", "'-    1,234.5'"},
        {Value::from_small_int(42), "_b", "'10_1010'"},
        {str("x"), "+", "ValueError: Sign not allowed in string format specifier"},
        {Value::from_small_int(1), ".2",
         "ValueError: Precision not allowed in integer format specifier"},
        {Value::from_double(0x1.8000000000000p+0), "d",
         "ValueError: Unknown format code 'd' for object of type 'float'"},
        {str("é"), ">3", "'  é'"},
    };
    for (auto& c : cases) {
        Str* r = format_value(interp, c.value, Str::make(interp, c.spec));
        EXPECT_EQ(r ? show(r->value()) : show(Value::error()), c.expected) << c.spec;
    }
}

TEST_F(Objects, SetOrderMatchesCPython) {
    // python3 -c "for l in ([3, 1, 2], [10, 5, 100, -1], range(20, 0, -3), [8, 16, 32, 64, 128,
    // 256]): print(set(l))"
    auto set_of = [&](std::initializer_list<int64_t> items) {
        List* l = List::make(interp);
        for (int64_t i : items) l->append(interp, Value::from_small_int(i));
        Value arg = l->value();
        return ops::call(interp, interp.types.set->value(), &arg, 1);
    };
    EXPECT_EQ(show(set_of({3, 1, 2})), "{1, 2, 3}");
    EXPECT_EQ(show(set_of({10, 5, 100, -1})), "{10, 100, 5, -1}");
    EXPECT_EQ(show(set_of({20, 17, 14, 11, 8, 5, 2})), "{2, 5, 8, 11, 14, 17, 20}");
    EXPECT_EQ(show(set_of({8, 16, 32, 64, 128, 256})), "{32, 64, 128, 256, 8, 16}");
    // python3 -c "print({8, 16, 32, 64, 128, 256})": a display of constants orders differently.
    Value items[] = {Value::from_small_int(8),   Value::from_small_int(16),
                     Value::from_small_int(32),  Value::from_small_int(64),
                     Value::from_small_int(128), Value::from_small_int(256)};
    EXPECT_EQ(show(set_from_constant_display(interp, items, 6)->value()),
              "{32, 256, 64, 128, 16, 8}");
    Value a = set_of({1, 2, 3}), b = set_of({2, 3, 4});
    EXPECT_EQ(show(ops::binary_op(interp, BinaryOp::Xor, a, b)), "{1, 4}");
    EXPECT_EQ(show(ops::compare(interp, CompareOp::Lt, set_of({2}), a)), "True");
}

TEST_F(Objects, BytesAndAnnotationsObjects) {
    // python3 -c "print(repr(b'a\'\"'), bytes([65, 66]), 'é'.encode(), list(b'hi'))"
    Value quote_mix = Bytes::make(interp, "a'\"")->value();
    EXPECT_EQ(show(quote_mix), "b'a\\'\"'");
    List* l = List::make(interp);
    l->append(interp, Value::from_small_int(65));
    l->append(interp, Value::from_small_int(66));
    EXPECT_EQ(show(call_builtin("bytes", {l->value()})), "b'AB'");
    EXPECT_EQ(show(method(str("é"), "encode", {})), "b'\\xc3\\xa9'");
    EXPECT_EQ(show(method(Bytes::make(interp, "\xff")->value(), "decode", {})),
              "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid "
              "start byte");
    // python3 -c "print(list[int], dict[str, list[int]], int | None)"
    Value list_int = ops::get_item(interp, interp.types.list->value(), interp.types.int_->value());
    EXPECT_EQ(std::string(ops::str(interp, list_int)->view()), "list[int]");
    Value key = Tuple::make(interp, {interp.types.str->value(), list_int})->value();
    Value dict_alias = ops::get_item(interp, interp.types.dict->value(), key);
    EXPECT_EQ(std::string(ops::str(interp, dict_alias)->view()), "dict[str, list[int]]");
    Value optional =
        ops::binary_op(interp, BinaryOp::Or, interp.types.int_->value(), Value::none());
    EXPECT_EQ(std::string(ops::str(interp, optional)->view()), "int | None");
}

} // namespace
