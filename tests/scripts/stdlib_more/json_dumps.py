# json.dumps: separators, indent, sort_keys, ensure_ascii, floats, keys of every kind.
import json

data = {"name": "coil", "version": [0, 1], "ok": True, "none": None, "pi": 3.14159,
        "nested": {"b": [], "a": {}, "c": [1, [2, [3]]]}}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps(data, indent=""))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, indent=3, separators=(" ,", " = ")))
print(json.dumps([1, (2, 3), [4]], indent=1))

# Floats are formatted with repr; the specials are allowed by default.
for f in [0.1, 1e16, 1e-5, -0.0, 1.5e300, 123456789.123, 2.0 ** 60, float("inf"),
          float("-inf"), float("nan")]:
    print(json.dumps(f), json.dumps([f]))
print(json.dumps(12345678901234567890), json.dumps(-7), json.dumps(True), json.dumps(None))

# Strings: escapes, ensure_ascii with \uXXXX and surrogate pairs.
texts = ["plain", 'quote " and \\ backslash', "tab\tnewline\nreturn\rbs\bff\f",
         "\x00\x01\x1f\x7f", "caf\u00e9", "\u20ac100", "clef \U0001d11e", "snake \U0001f40d",
         "/slash/", ""]
for t in texts:
    print(json.dumps(t), json.dumps(t, ensure_ascii=False), json.dumps([t]))
print(json.dumps({"\u00e9": "\u00e9"}), json.dumps({"\u00e9": "\u00e9"}, ensure_ascii=False))

# Keys: str, int, float, bool and None are converted; others are errors unless skipkeys.
print(json.dumps({1: "a", 2.5: "b", True: "c", False: "d", None: "e", "f": "g"}))
print(json.dumps({(1, 2): "x", "y": 1, 3: 4}, skipkeys=True))
print(json.dumps({(1, 2): "x"}, skipkeys=True), json.dumps({"a": 1, (1,): 2}, skipkeys=True,
                                                         indent=2))
print(json.dumps({3: 1, 1: 2, 2: 3}, sort_keys=True))
print(json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True, indent=1))


class MyInt(int):
    def __repr__(self):
        return "MyInt!"


class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"


class MyStr(str):
    pass


class MyList(list):
    pass


class MyDict(dict):
    pass


print(json.dumps([MyInt(5), MyFloat(2.5), MyStr("s"), MyList([1]), MyDict(k=MyInt(1))]))
print(json.dumps({MyInt(3): 1, MyFloat(0.5): 2}))
print(json.dumps("x", ensure_ascii=False), json.dumps(MyStr("\u00e9")))
