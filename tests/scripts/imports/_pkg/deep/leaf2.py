from ..sub import SUB_VALUE
from .. import PKG_VALUE
from . import DEEP
from .. import helper

LEAF = (SUB_VALUE, PKG_VALUE, DEEP, helper.NAME, __name__, __package__)
