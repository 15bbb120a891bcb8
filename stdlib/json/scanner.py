"""json.scanner: make_scanner(decoder) returns the decoder's scan_once (native, from _json)."""
from _json import make_scanner

__all__ = ["make_scanner"]
