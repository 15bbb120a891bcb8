from ._base import Shape

print("loading", __name__, "package", __package__)


class Circle(Shape):
    sides = 0
