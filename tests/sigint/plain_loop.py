# SIGINT during a busy loop: KeyboardInterrupt with its traceback, death by SIGINT; output
# still in the buffer is written at exit.
print("ready", flush=True)
print("buffered output is not lost")
n = 0
while True:
    n += 1
