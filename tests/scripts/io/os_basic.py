# The os and os.path functions scripts use with files.
import os
import os.path
import sys

print(os.sep, os.name, os.linesep == "\n", os.curdir, os.pardir, os.pathsep)
print(os.path is sys.modules["os.path"], os.path.__name__)
print(os.getcwd() == os.path.dirname(os.path.abspath(__file__)))

print(os.path.join("a", "b", "c"), os.path.join("a/", "b"), os.path.join("a", "/b", "c"))
print(os.path.join("", "x"), os.path.join("a", ""), os.path.join("/"))
for p in ["a/b/c.txt", "/a", "a", "a/", "/", "", "a//b", "//a//b//", "./x"]:
    print(repr(p), os.path.split(p), os.path.dirname(p), os.path.basename(p))
for p in ["a.txt", "a.tar.gz", ".bashrc", "dir.d/file", "a.", "..x", "x/.y.z", "noext"]:
    print(repr(p), os.path.splitext(p))
for p in ["a/./b/../c", "/../x", "//a/b", "///a", "", ".", "a/..", "../../a", "a//b/"]:
    print(repr(p), os.path.normpath(p))
print(os.path.isabs("/x"), os.path.isabs("x"))
print(os.path.abspath("sub/../f.txt") == os.path.join(os.getcwd(), "f.txt"))

DIR = "_tmp_os_basic"
os.mkdir(DIR)
print(os.path.exists(DIR), os.path.isdir(DIR), os.path.isfile(DIR))
path = os.path.join(DIR, "f.txt")
with open(path, "w") as f:
    f.write("12345")
print(os.path.exists(path), os.path.isfile(path), os.path.isdir(path), os.path.getsize(path))
os.mkdir(os.path.join(DIR, "sub"))
print(sorted(os.listdir(DIR)))
os.rename(path, os.path.join(DIR, "g.txt"))
print(sorted(os.listdir(DIR)))
os.makedirs(os.path.join(DIR, "x", "y", "z"))
os.makedirs(os.path.join(DIR, "x", "y"), exist_ok=True)
print(sorted(os.listdir(os.path.join(DIR, "x", "y"))))


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("mkdir exists", lambda: os.mkdir(DIR))
attempt("makedirs exists", lambda: os.makedirs(DIR))
attempt("remove missing", lambda: os.remove(os.path.join(DIR, "nope")))
attempt("rmdir not empty", lambda: os.rmdir(DIR))
attempt("listdir missing", lambda: os.listdir("no_such_dir"))
attempt("getsize missing", lambda: os.path.getsize("no_such_file"))
attempt("remove type", lambda: os.remove(1.5))
attempt("join type", lambda: os.path.join("a", 1))
attempt("exists type", lambda: os.path.exists(1.5))
attempt("exists missing", lambda: os.path.exists("no_such_file"))
attempt("isfile int", lambda: os.path.isfile(12345))
attempt("basename type", lambda: os.path.basename(None))

os.remove(os.path.join(DIR, "g.txt"))
for d in ["sub", "x/y/z", "x/y", "x"]:
    os.rmdir(os.path.join(DIR, d))
os.rmdir(DIR)
print(os.path.exists(DIR))

print(isinstance(os.environ, dict) or hasattr(os.environ, "keys"))
os.environ["COIL_TEST_VAR"] = "value"
print(os.environ["COIL_TEST_VAR"], os.environ.get("COIL_NO_SUCH_VAR"), "PATH" in os.environ)
print(os.getenv("COIL_NO_SUCH_VAR"), os.getenv("COIL_NO_SUCH_VAR", "dflt"))
print(os.fspath("p"), type(os.getpid()).__name__)
