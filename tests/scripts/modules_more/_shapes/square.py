from ._base import Shape
from ._geo.vec import length


class Square(Shape):
    sides = 4

    def diag(self):
        return length(1, 1)
