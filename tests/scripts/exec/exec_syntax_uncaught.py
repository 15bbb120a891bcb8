print("start")
exec("x = 1\nif x:\ny = 2\n")
