# open() and file-method errors, with CPython's types and messages.
import io
import os

DIR = "_tmp_file_errors"
os.makedirs(DIR, exist_ok=True)
path = os.path.join(DIR, "e.txt")
with open(path, "w") as f:
    f.write("data\n")


def attempt(label, fn):
    try:
        result = fn()
        print(label, "->", repr(result))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("missing", lambda: open(os.path.join(DIR, "missing.txt")))
attempt("missing dir", lambda: open(os.path.join(DIR, "nodir", "x.txt"), "w"))
attempt("directory", lambda: open(DIR))
attempt("exists", lambda: open(path, "x"))
attempt("bad mode", lambda: open(path, "z"))
attempt("two modes", lambda: open(path, "rw"))
attempt("no mode", lambda: open(path, "b"))
attempt("dup mode", lambda: open(path, "rr"))
attempt("text+binary", lambda: open(path, "rtb"))
attempt("U mode", lambda: open(path, "U"))
attempt("unbuffered text", lambda: open(path, "r", buffering=0))
attempt("bad file", lambda: open([]))
attempt("bad file", lambda: open(None))
attempt("bad mode type", lambda: open(path, 1))
attempt("bad encoding type", lambda: open(path, encoding=1))
attempt("unknown encoding", lambda: open(path, encoding="no-such-codec"))
attempt("closefd", lambda: open(path, closefd=False))

try:
    open(os.path.join(DIR, "missing.txt"))
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename.endswith("missing.txt"), e.args)
    print(isinstance(e, OSError), isinstance(e, LookupError))

f = open(path)
f.close()
f.close()
for name in ["read", "readline", "readlines", "tell", "flush", "fileno", "readable", "__enter__"]:
    attempt("closed " + name, getattr(f, name))
attempt("closed seek", lambda: f.seek(0))
attempt("closed write", lambda: f.write("x"))
attempt("closed iter", lambda: next(f))
attempt("closed iter", lambda: iter(f))
print(f.closed, f.name == path)

with open(path) as f:
    attempt("write to reader", lambda: f.write("x"))
    attempt("writelines to reader", lambda: f.writelines(["x"]))
    attempt("bad read arg", lambda: f.read("3"))
    attempt("bad read arg", lambda: f.read(1.5))
    attempt("read None", lambda: f.read(None))
    attempt("cur seek", lambda: f.seek(1, 1))
    attempt("end seek", lambda: f.seek(-1, 2))
    attempt("negative seek", lambda: f.seek(-1))
    attempt("bad whence", lambda: f.seek(0, 5))
    attempt("zero cur seek", lambda: f.seek(0, 1))
with open(path, "w") as f:
    attempt("read from writer", lambda: f.read())
    attempt("readline from writer", lambda: f.readline())
    attempt("write bytes to text", lambda: f.write(b"x"))
    attempt("write int", lambda: f.write(5))
    attempt("writelines ints", lambda: f.writelines([1]))
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))

with open(path, "wb") as f:
    f.write(b"ok\xff\xfe bad utf-8\n")
with open(path) as f:
    attempt("decode", lambda: f.read())
with open(path, encoding="latin-1") as f:
    attempt("latin-1", lambda: f.read())
with open(path, "w", encoding="ascii") as f:
    attempt("ascii encode", lambda: f.write("caf\u00e9"))

os.remove(path)
os.rmdir(DIR)
