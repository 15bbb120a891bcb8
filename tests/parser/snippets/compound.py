if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    y = 2

while x:
    x -= 1
    if x: break
    else: continue
else:
    done()

for i in range(10): print(i)
for a, b in pairs:
    pass
else:
    pass
for (a, *b), c in x: pass
for x in *a, b: pass

try:
    f()
except ValueError:
    pass
except (TypeError, KeyError) as e:
    raise
except:
    pass
else:
    ok()
finally:
    cleanup()

try:
    f()
finally:
    g()

try:
    f()
except* ValueError as eg:
    pass
except* (TypeError, KeyError):
    pass

with open(f) as fh: data = fh.read()
with a, b as c, d() as (e, f):
    pass
with (a as b, c as d,):
    pass
with (a, b):
    pass
with (a, b) as c:
    pass
with (yield):
    pass
with (a) as b, (c):
    pass
if x: a = 1; b = 2;
def semi():
    x = 1; pass; del x;
