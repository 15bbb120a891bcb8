import sys

attempts = getattr(sys, "_fails_once_attempts", 0) + 1
sys._fails_once_attempts = attempts
print("_fails_once attempt", attempts)
if attempts == 1:
    raise ValueError("first attempt fails")
OK = "second attempt works"
