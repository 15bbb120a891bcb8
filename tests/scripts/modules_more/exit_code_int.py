# sys.exit(42) from a nested function ends the program with status 42 and no traceback.
import sys


def main():
    print("main")
    sys.stdout.flush()
    sys.exit(42)


main()
print("not reached")
