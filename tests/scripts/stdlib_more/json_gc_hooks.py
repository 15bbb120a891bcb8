# json hooks that collect garbage mid-scan and mid-encode: what the native scanner and encoder
# hold must survive a collection at every callback.
import gc
import json


def hook(d):
    gc.collect()
    return {k.upper(): v for k, v in d.items()}


def pairs(items):
    gc.collect()
    return [(k * 2, v) for k, v in items]


def as_float(text):
    gc.collect()
    return float(text) * 2


doc = '[{"a": [1.5, {"b": "x"}]}, {"c": [2.5, 3.5, {"d": {"e": 0.5}}]}, "%s"]' % ("y" * 100)
for _ in range(3):
    print(json.loads(doc, object_hook=hook))
    print(json.loads(doc, object_pairs_hook=pairs))
    print(json.loads(doc, parse_float=as_float, parse_int=lambda s: gc.collect() * 0 + int(s)))
    print(json.loads(doc, parse_constant=lambda s: gc.collect(), object_hook=hook))


class Box:
    def __init__(self, value):
        self.value = value


def unbox(o):
    gc.collect()
    return [o.value, {"boxed": [Box(1)] if isinstance(o.value, str) else o.value}]


data = {"k": [Box("s"), Box(2.5), {"n": Box([Box("t")])}], "tail": list(range(5))}
for kwargs in [{}, {"sort_keys": True}, {"indent": 1}, {"separators": (",", ":")}]:
    print(json.dumps(data, default=unbox, **kwargs))


class Items(dict):
    def items(self):
        gc.collect()
        return list(super().items())[::-1]


print(json.dumps(Items(a=1, b=[2]), default=unbox), json.dumps(Items(b=1, a=Box(3)), sort_keys=True,
                                                              default=unbox))
big = {"key%d" % i: [i, str(i), {"f": i / 4}] for i in range(300)}
print(json.loads(json.dumps(big, default=unbox), object_hook=hook) == {
    k.upper(): [v[0], v[1], {"F": v[2]["f"]}] for k, v in big.items()})
