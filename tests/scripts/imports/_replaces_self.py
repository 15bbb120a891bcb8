import sys

sys.modules[__name__] = "a string stands in for the module"
