print("running _pkg/__init__ as", __name__, "package", __package__)
PKG_VALUE = "pkg"
