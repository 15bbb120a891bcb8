# collections.OrderedDict: move_to_end, popitem(last=), order-sensitive equality, repr.
from collections import OrderedDict

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), len(od), od["a"])
od.move_to_end("b")
print(list(od.items()))
od.move_to_end("b", last=False)
print(list(od.keys()))
print(od.popitem(), od.popitem(last=False), od)
od2 = OrderedDict([("x", 1), ("y", 2)])
od3 = OrderedDict([("y", 2), ("x", 1)])
print(od2 == od3, od2 != od3, od2 == {"y": 2, "x": 1}, dict(od2) == dict(od3))
print(OrderedDict(), OrderedDict(a=1), OrderedDict.fromkeys("ab", 0))
print(list(reversed(od2)), od2.copy(), type(od2.copy()).__name__, isinstance(od2, dict))
try:
    od2.move_to_end("missing")
except KeyError as e:
    print(type(e).__name__, e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__, e)
od2.update(z=3)
del od2["x"]
od2["x"] = 0
print(od2, od2.get("q", "default"), od2.setdefault("w", 9), od2)
