# json errors: JSONDecodeError messages and positions, and the encoder's TypeError/ValueError.
import json

bad = ["", " ", "[", "[1", "[1,", "[1,]", "{", '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}',
       "{1:2}", '"abc', '"a\\', '"a\\x"', '"\\u12"', '"\\u12zz"', '"\\ud800\\u"',
       '"\\ud800\\uzzzz"', '"\\ud800\\udc00', '"a\tb"', '"a\nb"', "1 2", "[1] x", "nul", "tru",
       "-", "-a", "01", "1.", "1.e5", "1e", "1e+", ".5", "[1 2]", '{"a" 1}', '{"a":1 "b":2}',
       "\ufeff[]", "  [1,\n 2,\n x]", '"\u00e9\\x"', "\u00e9", "[\u00e9]", '["a"\n,\n]', "[-]",
       '{"a":1}}', "[,1]", "true false", '"\\"', "[1,2", '{"\u00e9\u00e9": x}', "\n\n  }"]
for d in bad:
    try:
        json.loads(d)
    except json.JSONDecodeError as e:
        print(repr(d), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == d)

e = json.JSONDecodeError("Custom", "ab\ncd\nef", 7)
print(e, e.args, isinstance(e, ValueError), e.lineno, e.colno)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__mro__[1].__name__)

for arg in [3, None, [1], 2.5]:
    try:
        json.loads(arg)
    except TypeError as e:
        print("TypeError", e)

try:
    json.JSONDecoder().raw_decode("[1]", -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.decoder.scanstring("abc", 10)
except ValueError as e:
    print(type(e).__name__, e)

try:
    json.loads("[" * 100000)
except RecursionError as e:
    print("RecursionError", e)
try:
    json.loads('{"a":' * 100000)
except RecursionError as e:
    print("RecursionError", e)


class Thing:
    pass


for value in [Thing(), {1, 2}, b"bytes", [1, {"k": Thing()}], {"k": 1j}]:
    try:
        json.dumps(value)
    except TypeError as e:
        print("TypeError", e)

for value in [{(1, 2): 3}, {frozenset(): 1}]:
    for indent in [None, 2]:
        try:
            json.dumps(value, indent=indent)
        except TypeError as e:
            print("TypeError", e)

try:
    json.dumps({1: 2, "a": 3}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)

for value in [float("nan"), [float("inf")], {"k": float("-inf")}, {float("nan"): 1}]:
    for indent in [None, 2]:
        try:
            json.dumps(value, allow_nan=False, indent=indent)
        except ValueError as e:
            print("ValueError", e)

loop = []
loop.append(loop)
d = {}
d["self"] = d
for value in [loop, d, [d]]:
    try:
        json.dumps(value)
    except ValueError as e:
        print("ValueError", e)
print(json.dumps([[1], [1]]))
shared = [1]
print(json.dumps([shared, shared, {"a": shared}]))
try:
    json.dumps(loop, check_circular=False)
except RecursionError:
    print("RecursionError without check_circular")


def default_loop(o):
    return [o]


try:
    json.dumps(Thing(), default=default_loop)
except ValueError as e:
    print("ValueError", e)
