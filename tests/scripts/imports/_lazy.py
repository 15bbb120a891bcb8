"""Module-level __getattr__ (PEP 562)."""
REAL = "real"


def __getattr__(name):
    if name.startswith("lazy_"):
        return "computed " + name[5:]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
