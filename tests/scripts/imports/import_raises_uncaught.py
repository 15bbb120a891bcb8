import _raises
