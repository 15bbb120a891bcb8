# A SyntaxError in an imported file names the file and line.
import os
import sys

for name in ("_bad_syntax", "_bad_indent"):
    try:
        __import__(name)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, os.path.basename(e.filename), e.lineno, e.offset)
        print(repr(e.text), name in sys.modules)
        print(str(e))
