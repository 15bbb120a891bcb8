# Text files: write, read, readline, readlines, iteration and with.
import os

DIR = "_tmp_file_text_basic"
os.makedirs(DIR, exist_ok=True)
path = os.path.join(DIR, "a.txt")

with open(path, "w") as f:
    print(type(f).__name__, f.name, f.mode, f.encoding, f.closed)
    print(f.write("first line\n"), f.write("second\nthird"), f.writelines(["\n", "fourth\n"]))
    print(f.writable(), f.readable(), f.seekable())
print(f.closed)

with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    print([line.rstrip() for line in f])
with open(path) as f:
    print(repr(f.read(5)), repr(f.read(0)), repr(f.read(7)), repr(f.read()), repr(f.read()))
with open(path, "r") as f:
    print(f.readlines(8))
with open(path) as f:
    for i, line in enumerate(f):
        if i == 1:
            break
    print(repr(next(f)), repr(f.read()))

# Append and read-write modes.
with open(path, "a") as f:
    f.write("appended\n")
with open(path, "r+") as f:
    print(f.readline(), end="")
    f.seek(0)
    f.write("FIRST")
with open(path) as f:
    print(f.read().splitlines())
with open(path, "w+") as f:
    f.write("rewritten")
    f.seek(0)
    print(repr(f.read()))

# Non-ASCII text is UTF-8 by default.
with open(path, "w") as f:
    print(f.write("héllo wörld ✓ 𝄞\n"))
with open(path) as f:
    text = f.read()
    print(text, len(text))
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="utf-8") as f:
    print(repr(f.read(3)), repr(f.read(2)))

os.remove(path)
os.rmdir(DIR)
print(os.path.exists(DIR))
