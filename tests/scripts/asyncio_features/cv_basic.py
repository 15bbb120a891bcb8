# ContextVar get/set/reset with and without defaults, Token.var / old_value / MISSING.
import contextvars

name = contextvars.ContextVar("name")
level = contextvars.ContextVar("level", default=0)

print(name.name, level.name)
print(level.get(), level.get(5), name.get("fallback"))
try:
    name.get()
except LookupError as e:
    print("LookupError", e.args[0] is name)

t1 = name.set("alice")
print(name.get(), t1.var is name, t1.old_value is contextvars.Token.MISSING)
print(repr(contextvars.Token.MISSING))
t2 = name.set("bob")
print(name.get(), t2.old_value)
name.reset(t2)
print(name.get())
name.reset(t1)
print(name.get("gone"))
try:
    name.get()
except LookupError:
    print("unset again")

t3 = level.set(3)
print(level.get(), t3.old_value is contextvars.Token.MISSING)
level.reset(t3)
print(level.get())

# set returns a new token each time; values may be any object
box = contextvars.ContextVar("box")
for value in [None, [1, 2], ("a",), {"k": 1}]:
    box.set(value)
    print(box.get())
print(type(name).__name__, type(t1).__name__)
print(sorted(contextvars.__all__))
