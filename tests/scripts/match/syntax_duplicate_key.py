match {"a": 1}:
    case {"a": _, "a": _}:
        pass
