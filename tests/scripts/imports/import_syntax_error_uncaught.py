print("before")
import _bad_syntax
print("not reached")
