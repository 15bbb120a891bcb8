# An exception raised in finally while another propagates: context chain in the traceback.
def cleanup():
    raise OSError("cleanup failed")


def work():
    try:
        {}["missing"]
    finally:
        cleanup()


work()
