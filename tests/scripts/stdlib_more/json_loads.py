# json.loads: every value kind, whitespace, escapes, hooks and parse_* callbacks.
import json

docs = ['{"a": [1, 2.5, -3, 1e3, 1E-2, 0, -0, -0.0], "b": {"c": null}, "d": true, "e": false}',
        ' \t\n\r[ 1 ,\n 2 ] \n', '"just a string"', "123", "-1.5e+10", "12345678901234567890123",
        "[]", "{}", "[[], {}, [[]]]", '{"dup": 1, "dup": 2}', "NaN", "[Infinity, -Infinity]",
        '"\\u00e9\\u20ac\\ud834\\udd1e\\n\\t\\"\\\\\\/\\b\\f\\r"', '"\\ud800"', '"\\udfff x"',
        '"\\ud800\\u0041"', '"caf\u00e9 \U0001f40d"', '{"\u00e9": "\u00e9"}', "1E400", "-1e400",
        "1.0e-400", '"\x7f"']
for d in docs:
    print(repr(d), "->", repr(json.loads(d)))

print(json.loads(b'{"bytes": [1]}'), json.loads(bytearray(b"[true]")))
print(json.loads(b'\xef\xbb\xbf{"bom": 1}'))
print(json.loads('"a\tb"', strict=False))

print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": [{"c": 2}]}', object_pairs_hook=list))
print(json.loads('{"a": 1}', object_hook=lambda d: "hook", object_pairs_hook=tuple))
print(json.loads('[1, 2.5, 3e2]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: "C" + s))
print(json.loads('[1.10]', parse_float=str))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


def as_point(d):
    if set(d) == {"x", "y"}:
        return Point(d["x"], d["y"])
    return d


print(json.loads('[{"x": 1, "y": 2}, {"x": 3}]', object_hook=as_point))

# raw_decode returns the end index; decode needs the whole text.
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] trailing'))
print(dec.raw_decode('   {"a": 1}', 3))
print(dec.decode('  "x"  '))
print(json.decoder.scanstring('"abc" rest', 1))
print(json.decoder.scanstring('"\\u00e9\u00e9"', 1))

# Round trips.
value = {"list": [1, 2.5, "three", None, True, False], "nested": {"deep": [[{"x": "\u00e9"}]]}}
for kwargs in [{}, {"indent": 2}, {"ensure_ascii": False}, {"sort_keys": True},
               {"separators": (",", ":")}]:
    text = json.dumps(value, **kwargs)
    print(json.loads(text) == value, len(text))
