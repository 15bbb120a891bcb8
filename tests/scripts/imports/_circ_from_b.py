from _circ_from_a import A_VALUE

B_VALUE = "b"
