# f-strings: conversions, format specs, nesting.
name = "coil"
n = 42
print(f"hello {name}!", f"{n}", f"{n!r}", f"{name!r:>8}|", f"{n:5}|{n:<5}|")
print(f"{'nested ' + name}", f"{n * 2}", f"{3.5}", f"a{{b}}c")
width = 6
print(f"{n:{width}}|")
