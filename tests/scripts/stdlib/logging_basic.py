import logging
import sys

# The last resort: no handlers configured, WARNING and above go to stderr as the bare message.
logging.getLogger("quiet").info("not shown")
logging.getLogger("quiet").warning("last resort %s", "warning")

root = logging.getLogger()
print(root.name, root.level, root.getEffectiveLevel(), root is logging.root)
print(logging.getLogger("root") is root, logging.getLogger("") is root)

root.setLevel(logging.INFO)
handler = logging.StreamHandler(sys.stdout)
root.addHandler(handler)
root.info("start: %d", 3)
root.debug("hidden %d", 1)
root.warning("warn %s and %r", "x", "y")
root.error("plain")
root.critical("dict %(a)s", {"a": 1})
root.log(25, "custom level %d", 25)

# Hierarchy and propagation.
a = logging.getLogger("a")
ab = logging.getLogger("a.b")
abc = logging.getLogger("a.b.c")
print(ab.parent is a, abc.parent is ab, a.parent is root)
print(abc.getEffectiveLevel(), logging.getLevelName(abc.getEffectiveLevel()))
a.setLevel(logging.ERROR)
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.WARNING), abc.isEnabledFor(50))
abc.error("from a.b.c")
abc.warning("suppressed")
a.setLevel(logging.NOTSET)

x = logging.getLogger("x.y")
x_parent_before = x.parent is root
xp = logging.getLogger("x")
print(x_parent_before, x.parent is xp)

h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("[%(name)s|%(levelname)s|%(levelno)d] %(message)s"))
ab.addHandler(h2)
ab.info("twice")
ab.propagate = False
ab.info("once")
ab.removeHandler(h2)
ab.propagate = True

# Formatter fields.
fmt = logging.Formatter("%(levelname)-8s %(name)s %(funcName)s:%(lineno)d %(module)s "
                        "%(filename)s %(message)s")
handler.setFormatter(fmt)


def work():
    logging.getLogger("w").info("inside %s", "work")


work()
root.info("module level")
handler.setFormatter(None)

# Handler levels.
handler.setLevel(logging.ERROR)
root.warning("below handler level")
root.error("at handler level")
handler.setLevel(logging.NOTSET)

# Level names.
print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(17))
logging.addLevelName(17, "SEVENTEEN")
print(logging.getLevelName(17))
root.log(17, "invisible")
root.setLevel("DEBUG")
print(root.level)
root.log(17, "visible now")
for bad in ("NOPE", 1.5):
    try:
        root.setLevel(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    root.log("INFO", "x")
except Exception as e:
    print(type(e).__name__, e)

print(repr(root), repr(logging.getLogger("a.b")))
print(logging.WARN, logging.FATAL, logging.CRITICAL, logging.NOTSET)

# exception() appends the traceback.
handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
try:
    1 / 0
except ZeroDivisionError:
    root.exception("failed %d", 1)
try:
    {}["k"]
except KeyError as e:
    root.error("with exc_info", exc_info=e)
root.removeHandler(handler)
sys.stdout.flush()

# Adapter and filters.
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1


h3 = logging.StreamHandler(sys.stdout)
h3.addFilter(OnlyOdd())
f = logging.getLogger("filtered")
f.addHandler(h3)
f.propagate = False
for i in range(4):
    f.warning("n=%d", i)
