from .. import _base as parent_base

GEO = "geo"
