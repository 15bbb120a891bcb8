é = 1
def f():
    éé = 2
    global éé
