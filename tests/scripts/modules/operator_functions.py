# The operator module's function forms of the operators.
import operator as op

print(op.add(1, 2), op.sub(5, 3), op.mul("ab", 3), op.truediv(1, 4), op.floordiv(-7, 2), op.mod(-7, 3))
print(op.pow(2, 10), op.lshift(1, 5), op.rshift(256, 3), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.neg(5), op.pos(-5), op.invert(5), op.inv(0), op.abs(-3.5), op.index(7), op.not_([]), op.truth([1]))
print(op.lt(1, 2), op.le(2, 2), op.eq("a", "a"), op.ne(1, 1), op.gt(3, 2), op.ge(1, 2), op.lt("a", "b"))
print(op.is_(None, None), op.is_not(1, None), op.contains([1, 2], 2), op.contains("abc", "d"))
print(op.concat([1], [2]), op.concat("a", "b"), op.countOf([1, 2, 1, 1], 1), op.indexOf("abc", "c"))
items = [1, 2, 3]
op.setitem(items, 0, 10)
op.delitem(items, 1)
print(items, op.getitem(items, -1), op.getitem({"k": "v"}, "k"), op.getitem("hello", slice(1, 3)))
x = [1]
y = op.iadd(x, [2])
print(x, y is x, op.iadd(1, 2), op.isub(5, 1), op.imul([0], 2), op.iconcat([1], (2,)))
print(op.itruediv(1, 2), op.ifloordiv(7, 2), op.imod(7, 2), op.ipow(2, 3), op.ior(1, 2), op.iand(3, 1), op.ixor(3, 1))
print(op.ilshift(1, 2), op.irshift(8, 1))
print(op.__add__(2, 3), op.__not__(1), op.__and__(6, 3), op.__lt__(1, 2), op.__getitem__([5], 0))
print(op.length_hint([1, 2, 3]), op.length_hint(5, 7))
print(sorted([3, 1, 2], key=op.neg), list(map(op.mul, [1, 2, 3], [4, 5, 6])))
for call in [lambda: op.add(1), lambda: op.add(1, "a"), lambda: op.concat(1, 2), lambda: op.truediv(1, 0),
             lambda: op.indexOf([1], 5), lambda: op.index(1.5), lambda: op.lt(1, "a"), lambda: op.neg("a")]:
    try:
        call()
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
