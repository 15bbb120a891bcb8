import logging

# Module-level functions configure a stderr handler with BASIC_FORMAT on first use.
logging.info("not shown: root is at WARNING")
logging.warning("shown %s", "once")
logging.error("error")
print(logging.getLogger().handlers[0].formatter._fmt)
