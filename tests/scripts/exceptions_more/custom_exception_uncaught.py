# An uncaught custom exception with a custom __str__ and notes, raised from a nested method.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem

    def __str__(self):
        return f"{self.field}: {self.problem}"


class Form:
    def validate(self, data):
        for key in ("name", "age"):
            if key not in data:
                err = ValidationError(key, "required")
                err.add_note(f"form had keys {sorted(data)}")
                raise err


Form().validate({"name": "x"})
