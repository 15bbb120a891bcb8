# SystemExit with a list code: str(code) goes to stderr and the exit status is 1.
raise SystemExit(["a", 1])
