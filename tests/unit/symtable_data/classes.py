class Base:
    __slots = 1
    attr: int = 2

    def __init__(self, value):
        self.__value = value
        self.__dunder__ = 1

    def get(self):
        return self.__value

    class Nested:
        def inner(self):
            return __class__


class Child(Base):
    def __init__(self, value):
        super().__init__(value)

    @staticmethod
    def helper(x=Base):
        return x

    def lam(self):
        return lambda: super()


def factory(base):
    class Made(base):
        x = base

        def m(self):
            return base
    return Made
