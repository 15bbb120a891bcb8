import logging
import sys

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("{levelname}:{name}:{message}", style="{"))
log = logging.getLogger("brace")
log.addHandler(handler)
log.warning("brace style %s", "args")
handler.setFormatter(logging.Formatter("$levelname/${message}", style="$"))
log.warning("dollar style")
try:
    logging.Formatter("x", style="?")
except ValueError as e:
    print("ValueError", e)
