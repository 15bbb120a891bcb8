# The clocks move forward, have the right types, and sleep checks its argument.
import time

t1, m1, p1 = time.time(), time.monotonic(), time.perf_counter()
ns = time.time_ns()
time.sleep(0.02)
print(time.time() >= t1, time.monotonic() - m1 >= 0.02, time.perf_counter() - p1 >= 0.02)
print(type(t1).__name__, type(ns).__name__, type(time.monotonic_ns()).__name__, type(time.perf_counter_ns()).__name__)
print(abs(ns / 1e9 - t1) < 5, time.process_time() >= 0, type(time.process_time_ns()).__name__)
print(time.monotonic_ns() > 0, time.perf_counter_ns() > 0)
time.sleep(0)
time.sleep(0.001)
for bad in [-1, -0.5, "1", None, float("nan")]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    time.time(1)
except TypeError as e:
    print(type(e).__name__)
