print("running _pkg.deep as", __name__, "package", __package__)
from .. import helper as parent_helper

DEEP = parent_helper.double(5)
