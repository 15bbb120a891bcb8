# SIGINT during time.sleep: the sleep ends with KeyboardInterrupt.
import time

try:
    print("ready", flush=True)
    time.sleep(3600)
except KeyboardInterrupt:
    print("sleep interrupted")
