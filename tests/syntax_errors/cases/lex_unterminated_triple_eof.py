def f():
    """doc