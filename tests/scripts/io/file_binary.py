# Binary files.
import os

DIR = "_tmp_file_binary"
os.makedirs(DIR, exist_ok=True)
path = os.path.join(DIR, "b.bin")

with open(path, "wb") as f:
    print(type(f).__name__, f.mode, repr(f).startswith("<_io.BufferedWriter name="))
    print(f.write(b"\x00\x01\x02line one\nline two\r\nend"))
    f.writelines([b"\n", b"more"])
with open(path, "rb") as f:
    print(type(f).__name__, f.mode)
    data = f.read()
    print(data, len(data))
with open(path, "rb") as f:
    print(f.read(3), f.readline(), f.readline(), f.readline(2), f.readline())
    print(f.tell(), f.read(), f.read(), f.tell())
    f.seek(3)
    print(f.read(4), f.tell())
    f.seek(-4, 2)
    print(f.read())
    f.seek(-4, 1)
    print(f.read(2))
with open(path, "rb") as f:
    print(list(f))
with open(path, "rb") as f:
    print(f.readlines())
with open(path, "r+b") as f:
    print(type(f).__name__, f.mode)
    f.seek(3)
    f.write(b"LINE")
    f.seek(0)
    print(f.read(12))
with open(path, "ab") as f:
    print(type(f).__name__, f.mode, f.tell())
    f.write(b"!")
with open(path, "rb") as f:
    print(f.read()[-5:])
with open(path, "rb", buffering=0) as f:
    print(type(f).__name__, f.read(2))

# Errors particular to binary files.
with open(path, "wb") as f:
    for bad in ["text", 1, None]:
        try:
            f.write(bad)
        except TypeError as e:
            print("TypeError", e)
with open(path, "rb") as f:
    try:
        f.write(b"x")
    except OSError as e:
        print(type(e).__name__, e)
for kwargs in [{"encoding": "utf-8"}, {"newline": ""}, {"errors": "strict"}]:
    try:
        open(path, "rb", **kwargs)
    except ValueError as e:
        print("ValueError", e)

os.remove(path)
os.rmdir(DIR)
