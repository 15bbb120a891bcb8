# An uncaught exception of a user class: the traceback names it without the __main__ prefix.
class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field


class Model:
    def __init__(self, **fields):
        for name, value in fields.items():
            setattr(self, name, value)

    def validate(self):
        if not isinstance(self.age, int):
            raise ValidationError("age", "must be an int")
        return True


print(Model(age=3).validate())
try:
    Model(age="x").validate()
except ValueError as e:
    print(type(e).__name__, e, e.field, isinstance(e, ValidationError))


def load():
    try:
        Model(age=None).validate()
    except ValidationError as e:
        raise RuntimeError("loading failed") from e


load()
