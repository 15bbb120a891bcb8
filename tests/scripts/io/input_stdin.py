# input() and sys.stdin when stdin is empty (the test driver gives /dev/null).
import sys

print(sys.stdin.readable(), sys.stdin.mode, sys.stdin.name)
print(repr(sys.stdin.readline()), repr(sys.stdin.read()))
try:
    input("prompt> ")
except EOFError as e:
    print()
    print("EOFError", e)
try:
    input()
except EOFError as e:
    print("EOFError", e)
try:
    input("a", "b")
except TypeError as e:
    print("TypeError", e)


class FakeStdin:
    def __init__(self, lines):
        self.lines = lines

    def readline(self):
        return self.lines.pop(0) if self.lines else ""


sys.stdin = FakeStdin(["first line\n", "no newline"])
print(repr(input()), repr(input("? ")))
try:
    input()
except EOFError as e:
    print("EOFError", e)
sys.stdin = None
try:
    input()
except RuntimeError as e:
    print("RuntimeError", e)
