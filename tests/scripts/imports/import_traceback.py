# An uncaught exception raised in an imported module's function: the traceback names each file.
import _tb_helper


def main():
    return _tb_helper.outer("b")


print("start")
main()
