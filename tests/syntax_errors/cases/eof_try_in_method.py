class A:
    def f(self):
        try:
            pass
