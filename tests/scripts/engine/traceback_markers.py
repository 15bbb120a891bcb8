# Traceback position markers: calls, binary operators, subscripts, attributes.
def add(a, b):
    return a + b

def index(seq, i):
    return seq[i]

def attr(o):
    return o.missing

for fn, args in [(add, (1, None)), (index, ([1], 3)), (attr, (5,))]:
    try:
        fn(*args)
    except Exception as e:
        print(type(e).__name__, e)

def top():
    values = {"a": [1, 2]}
    return add(values["a"][1], None) * 2

top()
