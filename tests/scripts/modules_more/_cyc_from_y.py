from _cyc_from_x import X

Y = "y"
