# tell and seek on text files (byte positions for UTF-8 text without newline translation).
import os

DIR = "_tmp_file_tell_seek"
os.makedirs(DIR, exist_ok=True)
path = os.path.join(DIR, "t.txt")
with open(path, "w") as f:
    print(f.tell())
    f.write("abc\n")
    print(f.tell())
    f.write("déf\n")
    print(f.tell())
with open(path) as f:
    print(f.tell(), repr(f.readline()), f.tell(), repr(f.readline()), f.tell())
    print(f.seek(0), repr(f.read(2)), f.tell())
    print(f.seek(4), repr(f.readline()))
    print(f.seek(0, 2), repr(f.read()))
    print(f.seek(0, 0), f.read(1))
with open(path, "a") as f:
    print(f.tell())
with open(path, "r+") as f:
    f.seek(0, 2)
    f.write("end\n")
    print(f.tell())
with open(path) as f:
    print(f.read().splitlines())
with open(path, "r+") as f:
    print(f.truncate(3))
with open(path) as f:
    print(repr(f.read()))

os.remove(path)
os.rmdir(DIR)
