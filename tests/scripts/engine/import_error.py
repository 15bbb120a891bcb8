# An uncaught ImportError from a missing name.
from sys import (argv,
    nope)
