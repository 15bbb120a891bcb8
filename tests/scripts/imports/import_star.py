# from module import * honours __all__, else takes the public names.
from _star_all import *
print(public, _listed_private)
try:
    unlisted
except NameError as e:
    print("NameError", e)

from _star_noall import *
print(alpha, beta)
for name in ("_hidden", "_sys"):
    try:
        eval(name)
    except NameError as e:
        print("NameError", e)

try:
    from _star_bad_all import *
except TypeError as e:
    print("TypeError", e)

from _pkg import *
print(PKG_VALUE)
