# SIGINT caught as KeyboardInterrupt: the except and finally blocks run, exit status 0.
def spin():
    while True:
        pass


try:
    print("ready", flush=True)
    spin()
except KeyboardInterrupt as e:
    print("caught", type(e).__name__, e.args)
finally:
    print("finally runs")
print("after")
