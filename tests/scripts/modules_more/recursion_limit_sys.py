# sys.setrecursionlimit: the new limit applies, deep-but-legal recursion works, errors recover.
import sys


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


old = sys.getrecursionlimit()
sys.setrecursionlimit(5000)
print(depth(4500))
sys.setrecursionlimit(50)
try:
    depth(100)
except RecursionError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(old)
print(depth(900))


def nested_data(n):
    d = []
    for _ in range(n):
        d = [d]
    return d


sys.setrecursionlimit(100000)
print(len(repr(nested_data(300))))
sys.setrecursionlimit(old)
deep = nested_data(5000)
try:
    repr(deep)
except RecursionError as e:
    print("repr:", type(e).__name__, e)
try:
    deep == nested_data(5000)
except RecursionError as e:
    print("eq:", type(e).__name__, e)
print(depth(10))
