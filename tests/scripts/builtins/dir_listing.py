# dir() on classes, instances, modules and builtin types returns sorted names.
import math
class Base:
    b_attr = 1
    def b_method(self):
        pass
class Child(Base):
    c_attr = 2
    def __init__(self):
        self.inst = 3
def public(names):
    return [n for n in names if not n.startswith('_')]
print(public(dir(Child)), public(dir(Child())), dir(Child) == sorted(dir(Child)))
print(public(dir(math))[:12], 'pi' in dir(math), '__name__' in dir(math))
print(public(dir(int)), public(dir(str)))
print(public(dir(list)), public(dir(dict)), public(dir(set)), public(dir(tuple)), public(dir(bytes))[:10])
print(public(dir(float)), public(dir(complex)), public(dir(range)), public(dir(slice)), public(dir(frozenset)))
def f():
    local_a = 1
    local_b = 2
    return dir()
print(f(), dir([]) == dir(list), '__add__' in dir(1), '__len__' in dir(''), '__class__' in dir(Child()))
class WithDir:
    def __dir__(self):
        return ['zeta', 'alpha', 'mid']
print(dir(WithDir()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print('TypeError', e)
try:
    dir(1, 2)
except TypeError as e:
    print('TypeError', e)
