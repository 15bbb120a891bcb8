# Writes int_arith.inc for objects_test.cpp: run `python3 gen_int_arith.py > int_arith.inc`.
import itertools
vals = ["0", "1", "-1", "7", "-7", "3", "-3", "140737488355327", "-140737488355328",
        "9223372036854775807", "-9223372036854775808", "123456789012345678901234567890",
        "-98765432109876543210"]
ops = [("Add", "+"), ("Sub", "-"), ("Mul", "*"), ("FloorDiv", "//"), ("Mod", "%"),
       ("And", "&"), ("Or", "|"), ("Xor", "^")]
rows = []
for a, b in itertools.product(vals, vals):
    for name, sym in ops:
        try:
            r = repr(eval(f"({a}) {sym} ({b})"))
        except ZeroDivisionError as e:
            r = "ZeroDivisionError: " + str(e)
        rows.append(f'    {{"{a}", BinaryOp::{name}, "{b}", "{r}"}},')
for a in ["2", "-2", "3", "-1", "0", "10"]:
    for b in ["0", "1", "5", "62", "100", "-1", "-2"]:
        try:
            r = repr(eval(f"({a}) ** ({b})"))
        except ZeroDivisionError as e:
            r = "ZeroDivisionError: " + str(e)
        rows.append(f'    {{"{a}", BinaryOp::Pow, "{b}", "{r}"}},')
for a in ["1", "-1", "5", "-5", "123456789012345678901234567890", "-140737488355328"]:
    for b in ["0", "1", "47", "48", "100", "200"]:
        for name, sym in [("LShift", "<<"), ("RShift", ">>")]:
            rows.append(f'    {{"{a}", BinaryOp::{name}, "{b}", "{eval(f"({a}) {sym} ({b})")!r}"}},')
for a, b in [("1", "3"), ("-7", "2"), ("10", "4"), ("1", "0"), ("123456789012345678901234567890", "7")]:
    try:
        r = repr(eval(f"({a}) / ({b})"))
    except ZeroDivisionError as e:
        r = "ZeroDivisionError: " + str(e)
    rows.append(f'    {{"{a}", BinaryOp::TrueDiv, "{b}", "{r}"}},')
print("\n".join(rows))
