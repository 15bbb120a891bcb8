import sys
import warnings


def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)


warnings.warn("plain warning")
warnings.warn("custom category", RuntimeWarning)
for i in range(3):
    warnings.warn("shown once per line")
old()
warnings.warn(UserWarning("an instance"))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("recorded 1")
    warnings.warn("recorded 2", FutureWarning)
    print(len(caught), [str(w.message) for w in caught], caught[1].category.__name__)
    print(caught[0].lineno, caught[0].filename)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("UserWarning raised:", e)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("ignored")

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="skip")
    warnings.warn("skip me")
    warnings.warn("keep me")

with warnings.catch_warnings():
    warnings.filterwarnings("error", category=RuntimeWarning)
    try:
        warnings.warn("rt", RuntimeWarning)
    except RuntimeWarning as e:
        print("RuntimeWarning raised:", e)
    warnings.warn("user still printed")

print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "line of code"), end="")
for bad in (lambda: warnings.warn("x", int), lambda: warnings.simplefilter("bogus")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
sys.stderr.flush()
