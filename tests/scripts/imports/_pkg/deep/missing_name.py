from ..helper import no_such_name  # noqa
