# product, permutations, combinations and combinations_with_replacement, in CPython's order.
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product("ab", "xy")), list(product([1, 2], repeat=2)))
print(list(product("ab", range(2), repeat=2))[:6], len(list(product(range(3), repeat=3))))
print(list(product()), list(product([])), list(product("ab", [])), list(product("a", repeat=0)))
print(list(permutations("abc")), list(permutations(range(3), 2)))
print(list(permutations("ab", 0)), list(permutations("ab", 3)), len(list(permutations(range(6)))))
print(list(permutations([1, 1, 2])))
print(list(combinations("abcd", 2)), list(combinations(range(4), 3)))
print(list(combinations("abc", 0)), list(combinations("abc", 4)), list(combinations([], 0)))
print(list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement([], 2)))
print(list(combinations_with_replacement("ab", 0)), len(list(combinations_with_replacement(range(5), 3))))
for call in [lambda: permutations("abc", -1), lambda: combinations("abc", -2),
             lambda: combinations("abc"), lambda: product("a", repeat=-1),
             lambda: combinations_with_replacement("ab", -1), lambda: permutations("abc", "x")]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
