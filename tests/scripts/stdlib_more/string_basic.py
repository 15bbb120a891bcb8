# string: constants, capwords, Template substitute/safe_substitute and their errors.
import string
from string import Template

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits",
             "octdigits", "punctuation", "printable", "whitespace"]:
    print(name, repr(getattr(string, name)))
print(string.capwords("hello   big\tworld "), string.capwords("a-b-c", "-"),
      string.capwords("ALL CAPS here"), repr(string.capwords("")))

t = Template("$who likes ${what}, $$5 and $who again")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}))
print(t.substitute({"who": "ann", "what": "tea"}, who="override"))
print(t.safe_substitute(who="bob"))
print(t.template, t.get_identifiers(), t.is_valid())
for bad in ["$", "x $ y", "${name", "${}", "line1\nline2 $!", "$1", "ab\ncd\nef $%"]:
    tb = Template(bad)
    try:
        tb.substitute(name=1)
    except ValueError as e:
        print("ValueError", e)
    print(repr(tb.safe_substitute()), tb.is_valid())
try:
    Template("$missing").substitute()
except KeyError as e:
    print("KeyError", e)
try:
    Template("${missing}").substitute(other=1)
except KeyError as e:
    print("KeyError", e)
try:
    Template("$a").substitute({}, {})
except TypeError as e:
    print("TypeError", e)
print(Template("$a$b${c}d $_x9 $x_").substitute(a=1, b=2.5, c=None, _x9="u", x_=[1]))
print(Template("caf\u00e9 $n\u00e9").safe_substitute(n="N"))
print(Template("$a.$b").substitute(a="x", b="y"), Template("$$").substitute())


class Percent(Template):
    delimiter = "%"


print(Percent("%who owes %{amount} (100%%)").substitute(who="Al", amount=5))
print(Template("$x $y $x").get_identifiers(), Template("$x $").is_valid())
