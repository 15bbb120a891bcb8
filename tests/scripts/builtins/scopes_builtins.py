# globals() and locals() at module, function and class level, and vars() without arguments.
g_value = 10
def f(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc), loc['c'], 'g_value' in globals(), globals() is globals()
print(f(1))
class K:
    x = 1
    y = sorted(k for k in locals() if not k.startswith('__'))
    z = 'x' in vars()
print(K.y, K.z, locals() is globals(), vars() is globals(), globals()['g_value'], '__name__' in globals(), __name__)
def writer():
    globals()['made_here'] = 'yes'
writer()
print(made_here)
def closure():
    v = 1
    def inner():
        return sorted(locals())
    def uses():
        return v, sorted(locals())
    return inner(), uses()
print(closure())
try:
    globals(1)
except TypeError as e:
    print('TypeError', e)
try:
    locals(1)
except TypeError as e:
    print('TypeError', e)
