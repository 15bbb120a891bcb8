print("running _pkg.sub as", __name__, "package", __package__)
from . import helper
from .helper import double
from ._private import SECRET

SUB_VALUE = double(21)


def describe():
    return "sub sees helper %s and secret %s" % (helper.NAME, SECRET)
