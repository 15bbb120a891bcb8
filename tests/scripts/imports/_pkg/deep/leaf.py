print("running _pkg.deep.leaf")
from ..sub import SUB_VALUE
from .. import PKG_VALUE
from . import DEEP
from ...imports_nothing import x  # noqa: beyond the top-level package
