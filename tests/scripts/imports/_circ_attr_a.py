import _circ_attr_b

A_VALUE = 1
