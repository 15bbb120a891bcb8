def greet(name):
    return "hello, " + name


for who in ["world", "coil"]:
    print(greet(who))
