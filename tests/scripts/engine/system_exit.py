# SystemExit with a code ends the program quietly with that status.
def bye():
    print("bye")
    raise SystemExit(3)

try:
    bye()
finally:
    print("cleanup")
