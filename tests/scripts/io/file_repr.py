# The repr and attributes of file objects.
import os

DIR = "_tmp_file_repr"
os.makedirs(DIR, exist_ok=True)
os.chdir(DIR)
for mode in ["w", "r", "a", "r+", "w+", "a+", "wb", "rb", "ab", "r+b", "w+b", "a+b"]:
    with open("x.txt", mode) as f:
        print(mode, repr(f), f.mode)
with open("x.txt", "w", encoding="utf-8") as f:
    print(repr(f), f.encoding, f.errors, f.newlines, f.line_buffering)
with open(b"x.txt") as f:
    print(repr(f), f.name)
f = open("x.txt")
f.close()
print(repr(f), f.closed)
os.remove("x.txt")
os.chdir("..")
os.rmdir(DIR)
