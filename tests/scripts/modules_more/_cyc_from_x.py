from _cyc_from_y import Y

X = "x"
