# sys.stdout/sys.stderr: write returns lengths, print(file=), flush, replacing stdout temporarily.
import io
import sys

out = sys.stdout
print(out.write("abc"), out.write("\n"))
print("to stdout", file=sys.stdout, flush=True)
print("to stderr", file=sys.stderr)
buf = io.StringIO()
sys.stdout = buf
print("captured", 1, 2, sep="-")
sys.stdout.write("raw\n")
sys.stdout = out
print(repr(buf.getvalue()))
print(sys.stdout is sys.__stdout__)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", file=5)
except AttributeError as e:
    print(type(e).__name__, e)


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("<flush>")


c = Collector()
print("a", "b", file=c, end="!", flush=True)
print(c.parts)
sys.stdout = c
print("redirected")
sys.stdout = out
print(c.parts[-2:])
print("end", end="")
print()
