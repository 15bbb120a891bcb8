import _circ_attr_a

B_VALUE = _circ_attr_a.A_VALUE
