# SyntaxErrors of match statements, from compile(): message, line and columns as CPython.
CASES = [
    "match x:\n case 1+1: pass",
    "match x:\n case 1j+2j: pass",
    "match x:\n case -1-1: pass",
    "match x:\n case f'x': pass",
    "match x:\n case {x: 1}: pass",
    "match x:\n case {f'a': 1}: pass",
    "match x:\n case -x: pass",
    "match x:\n case 1(): pass",
    "match x:\n case C(x=1, 2): pass",
    "match x:\n case C(x=1, y=2, 3, 4): pass",
    "match x:\n case C(x=1, x=2): pass",
    "match x:\n case [x, x]: pass",
    "match x:\n case {'a': b, **b}: pass",
    "match x:\n case x: pass\n case 1: pass",
    "match x:\n case (x): pass\n case 1: pass",
    "match x:\n case _: pass\n case 1: pass",
    "match x:\n case 1 | x | 2: pass",
    "match x:\n case _ | 1: pass",
    "match x:\n case x as y: pass\n case 2: pass",
    "match x:\n case (a, 1) | (1, b): pass",
    "match x:\n case [x] | [y]: pass",
    "match x:\n case [(1|x)]: pass\n case 2: pass",
    "match x:\n case [*a, *b]: pass",
    "match x:\n case {**a, 'b': 1}: pass",
    "match x:\n case {**_}: pass",
    "match x:\n case 1 as _: pass",
    "match x:\n case 1 as a.b: pass",
    "match x:\n case *a: pass",
    "match x:\n case a as b as c: pass",
    "match x:\n case 1 as 2: pass",
    "match x:\n case 1 + x: pass",
    "match x:\n case a[1]: pass",
    "match x:\n case {'a': 1, 'a': 2}: pass",
    "match x:\n case {1: a, 1.0: b}: pass",
    "match x:\n case {True: a, 1: b}: pass",
    "match x:\n case {1+2j: a, 1+2j: b}: pass",
    "match x:\n case {-1: a, -1.0: b}: pass",
    "match x:\n case {None: a, None: b}: pass",
    "match x:\n case {b'k': a, b'k': b}: pass",
    "match x:\n case 1 as __debug__: pass",
    "match x:\n case C(__debug__=1): pass",
    "match x:\n case b'a' 'b': pass",
    "match x\n case 1: pass",
    "match x:\ncase 1: pass",
    "match x:\n case 1\n  pass",
    "match x:\n case 1:\n pass",
    "match x:\n pass",
    "def f():\n    match x:\n        case 1:\n            pass\n        case y:\n            return\n        case 2:\n            pass",
]

for source in CASES:
    try:
        compile(source, "<case>", "exec")
        print(repr(source), "compiles")
    except SyntaxError as e:
        print(repr(source))
        print("   ", type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

# These compile.
for source in ["match x:\n case {a.b: 1, a.b: 2}: pass",
               "match x:\n case x if x: pass\n case 1: pass",
               "match x:\n case 0 if x: pass\n case _ if y: pass\n case z: pass",
               "match = 1\ncase = 2\nmatch(case)\nmatch[case]\nprint(match, case)",
               "match x:\n case [a, b] as c if c: pass",
               "match x:\n case (1, *_, 2): pass",
               "match x:\n    case 1:\n        pass\ncase = 2\n"]:
    compile(source, "<case>", "exec")
    print(repr(source), "compiles")
