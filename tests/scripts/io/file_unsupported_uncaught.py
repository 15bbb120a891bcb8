# An uncaught io.UnsupportedOperation prints with its module name.
import os

path = "_tmp_file_unsupported_uncaught.txt"
f = open(path, "w")
os.remove(path)
f.read()
