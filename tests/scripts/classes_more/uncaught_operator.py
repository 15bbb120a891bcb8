# An uncaught TypeError from an unsupported operand inside a method: markers under the operator.
class Money:
    def __init__(self, v):
        self.v = v

    def total(self, other):
        return self.v + other


print("computing")
Money(1).total(Money(2).v) + Money(3)
