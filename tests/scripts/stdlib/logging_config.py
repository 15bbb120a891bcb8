import logging
import sys

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s",
                    stream=sys.stdout)
logging.debug("debug %d", 1)
logging.info("info")
log = logging.getLogger("app.db")
log.info("connected to %s", "db")
logging.basicConfig(level=logging.ERROR)
logging.warning("still configured at DEBUG")
logging.basicConfig(format="%(message)s!", stream=sys.stdout, force=True)
logging.info("after force: %s", "info still enabled")
logging.warning("after force")
try:
    logging.basicConfig(force=True, stream=sys.stdout, filename="x.log")
except ValueError as e:
    print("ValueError", e)
try:
    logging.basicConfig(force=True, nonsense=1)
except ValueError as e:
    print("ValueError", e)
print(len(logging.getLogger().handlers))
