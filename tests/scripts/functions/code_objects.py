# __code__: the common co_* attributes of code objects.
def sample(a, b, /, c, *args, d, e=1, **kw):
    local1 = a + b
    local2 = [local1]
    return local2


code = sample.__code__
print(code.co_name, code.co_qualname, code.co_argcount, code.co_posonlyargcount)
print(code.co_kwonlyargcount, code.co_varnames)
print(code.co_filename.endswith("code_objects.py"), code.co_firstlineno)
print(type(code).__name__, code.co_nlocals)
print(code.co_flags & 0x04 != 0, code.co_flags & 0x08 != 0, code.co_flags & 0x20 != 0)


def gen():
    yield 1


async def coro():
    pass


print(gen.__code__.co_flags & 0x20 != 0, coro.__code__.co_flags & 0x80 != 0)


def outer():
    x = 1

    def inner():
        return x
    return inner


print(outer.__code__.co_cellvars, outer().__code__.co_freevars, outer().__code__.co_name)
print(outer().__code__.co_qualname)
lam = lambda x, y=2: x
print(lam.__code__.co_name, lam.__code__.co_argcount, lam.__code__.co_varnames)


class K:
    def method(self, z):
        return z


print(K.method.__code__.co_varnames, K.method.__code__.co_argcount, K.method.__code__.co_qualname)
print(isinstance(code.co_consts, tuple), isinstance(code.co_names, tuple))
print(isinstance(code.co_code, bytes), code.co_stacksize > 0)
print(sample.__code__ is sample.__code__, sample.__code__ == sample.__code__)
print(repr(code).startswith("<code object sample at "))
print(repr(code).endswith('code_objects.py", line 2>'))
