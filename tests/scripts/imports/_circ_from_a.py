from _circ_from_b import B_VALUE

A_VALUE = "a"
