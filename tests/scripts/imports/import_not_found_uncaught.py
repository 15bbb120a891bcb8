from _pkg import helper
import _pkg.not_there
