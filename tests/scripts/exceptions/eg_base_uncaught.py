# An uncaught BaseExceptionGroup (KeyboardInterrupt inside) and its exit status.
def work():
    raise BaseExceptionGroup("stopped", [KeyboardInterrupt(), ValueError("bad")])
try:
    work()
except* ValueError as e:
    print("handled", repr(e))
