# Under `from __future__ import annotations` (PEP 563) annotations are never evaluated and are
# stored as the text ast.unparse gives them: undefined names are fine.
from __future__ import annotations

x: int = 1
y: dict[str, list[int | None]]
z: "quoted" = 2
w: undefined.attribute
t: tuple[()] = ()
u: (int, str)
v: tuple[int,]
c: Callable[[int, str], None]
n: Optional[A | (B | C)] = None
e: Literal["a'b", 'c"d', 1, True, ...]
print(__annotations__)
print(x, z, t, n)


def f(a: int, /, b: Missing = 1, *args: str, k: A | B = 1, **kw: "x") -> list[int]:
    local: not_evaluated_either = 3
    return local


print(f.__annotations__)
print(f(0))
