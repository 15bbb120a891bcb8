# Mapping patterns: keys, **rest, nested values, dict subclasses, extra keys are ignored.
import collections


def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **mods}:
            return f"key {k} with {sorted(mods.items())}"
        case {"type": t}:
            return f"unknown event type {t}"
        case {}:
            return "empty or no type"
        case _:
            return "not a mapping"


for e in [{"type": "click", "pos": (1, 2)}, {"type": "click", "pos": [3, 4], "extra": 0},
          {"type": "key", "key": "a", "shift": True, "ctrl": False}, {"type": "scroll"},
          {"other": 1}, {}, [("type", "click")], "type"]:
    print(handle(e))

match {1: "one", 2.0: "two", None: "none", "k": "v", True: "true?"}:
    case {1: a, 2: b, None: c, **rest}:
        print(a, b, c, rest)

match collections.OrderedDict(a=1, b=2):
    case {"a": 1, **rest}:
        print("OrderedDict rest", rest, type(rest).__name__)

dd = collections.defaultdict(list)
match dd:
    case {"missing": _}:
        print("not reached")
    case _:
        print("no __missing__ call:", dict(dd))


class Keys:
    A = "a"
    B = "b"


match {"a": 1, "b": 2}:
    case {Keys.A: 1, Keys.B: value}:
        print("value keys", value)


class LoudDict(dict):
    def get(self, key, default=None):
        print("  get", key)
        return super().get(key, default)


match LoudDict(x=1, y=2):
    case {"y": 2, "x": x}:
        print("x =", x)

match {"a": {"b": {"c": [1, 2, 3]}}}:
    case {"a": {"b": {"c": [*_, last]}}}:
        print("deep", last)
