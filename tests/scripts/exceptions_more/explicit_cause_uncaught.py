# Uncaught exception with an explicit cause, and a three-level chain mixing cause and context.
class ConfigError(Exception):
    pass


def load(d):
    try:
        return d["port"]
    except KeyError as e:
        raise ConfigError("port missing") from e


def start():
    try:
        load({})
    except ConfigError:
        raise RuntimeError("cannot start")


start()
