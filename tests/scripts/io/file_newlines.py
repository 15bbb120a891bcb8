# Universal newlines on reading, and the newline argument.
import os

DIR = "_tmp_file_newlines"
os.makedirs(DIR, exist_ok=True)
path = os.path.join(DIR, "n.txt")

with open(path, "wb") as f:
    f.write(b"unix\nwindows\r\nmac\rlast")
for newline in [None, "", "\n", "\r", "\r\n"]:
    with open(path, newline=newline) as f:
        print(repr(newline), f.readlines())
    with open(path, newline=newline) as f:
        print(repr(newline), repr(f.read()))
with open(path) as f:
    print(repr(f.read(8)), repr(f.read(5)), repr(f.read()))

# A \r\n split across reads is still one newline.
with open(path, "wb") as f:
    f.write(b"a\r" + b"\n" * 1 + b"b\r\r\nc\r")
with open(path) as f:
    print(f.readlines())
with open(path, newline="") as f:
    print(f.readlines())

# Writing: '\n' becomes the newline given.
for newline in [None, "", "\n", "\r", "\r\n"]:
    with open(path, "w", newline=newline) as f:
        f.write("one\ntwo\r\nthree\n")
    with open(path, "rb") as f:
        print(repr(newline), f.read())

try:
    open(path, newline="x")
except ValueError as e:
    print("ValueError", e)
try:
    open(path, newline=5)
except TypeError as e:
    print("TypeError", e)

os.remove(path)
os.rmdir(DIR)
