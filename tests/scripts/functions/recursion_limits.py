# RecursionError at sys.getrecursionlimit(), through Python and native re-entry, then recovery.
import sys

print(sys.getrecursionlimit())


def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)


class R:
    def __repr__(self):
        return repr(self)


try:
    repr(R())
except RecursionError as e:
    print("repr", type(e).__name__)


class E:
    def __eq__(self, other):
        return self == other


try:
    E() == E()
except RecursionError as e:
    print("eq", type(e).__name__)


class G:
    def __getattr__(self, name):
        return getattr(self, name)


try:
    G().x
except RecursionError as e:
    print("getattr", type(e).__name__)


def key(v):
    return sorted([v, v], key=key)


try:
    key(1)
except RecursionError as e:
    print("sorted", type(e).__name__)


def via_map(v):
    return list(map(via_map, [v]))


try:
    via_map(1)
except RecursionError as e:
    print("map", type(e).__name__)


class L:
    def __len__(self):
        return len(self)


try:
    len(L())
except RecursionError as e:
    print("len", type(e).__name__)


class H:
    def __hash__(self):
        return hash(self)


try:
    {H(): 1}
except RecursionError as e:
    print("hash", type(e).__name__)


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print(depth(500))
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
try:
    depth(500)
except RecursionError as e:
    print("limit 200", type(e).__name__)
print(depth(100))
sys.setrecursionlimit(3000)
print(depth(2000))
for bad in [0, -1]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print(type(e).__name__, e)


def mutual_a(n):
    return mutual_b(n + 1)


def mutual_b(n):
    return mutual_a(n + 1)


try:
    mutual_a(0)
except RecursionError:
    print("mutual ok")
print(depth(10))
