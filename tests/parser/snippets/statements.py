x = 1
a = b = c = d
a, b = b, a
[a, *b] = c
(a), (b) = 1, 2
x += 1; y -= 2; z *= 3; w @= 4; v /= 5; u //= 6; t %= 7
s **= 2; r >>= 1; q <<= 1; p &= 1; o |= 1; n ^= 1
x: int
x: int = 3
(y): str = "a"
a.b: int
a[0]: list = []
del a, b[0], c.d
del (a, b), [c]
del x,
pass
assert x
assert x, "message"
raise
raise E
raise E("x") from None
global g1, g2
nonlocal n1
import os
import os.path as p, sys
from . import a
from .. import b as c
from ...pkg.mod import (x, y as z,)
from mod import *
from .mod import name
x = yield
x = yield from y
return
return 1, *rest
print(1, 2, sep='')
x = *a, *b
x = a if b else c
