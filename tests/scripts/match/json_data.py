# Matching JSON-like data: nested dicts and lists, as json.loads returns them.
null = None

DOCUMENT = [
  {"kind": "user", "name": "ada", "roles": ["admin", "dev"], "address": {"city": "London"}},
  {"kind": "user", "name": "bob", "roles": [], "address": null},
  {"kind": "group", "name": "staff", "members": ["ada", "bob"]},
  {"kind": "event", "at": [2024, 5, 1], "what": {"action": "login", "user": "ada"}},
  {"kind": "event", "at": [2024, 5, 2], "what": {"action": "logout"}},
  {"kind": "metric", "values": [1, 2.5, 3]},
  {"kind": "metric", "values": []},
  42,
  "text",
  null
]


def summarize(item):
    match item:
        case {"kind": "user", "name": str(name), "roles": [], **rest}:
            return f"user {name} without roles (other keys: {sorted(rest)})"
        case {"kind": "user", "name": name, "roles": ["admin", *others], "address": {"city": c}}:
            return f"admin {name} from {c}, also {others}"
        case {"kind": "group", "members": [*members]}:
            return f"group of {len(members)}: {', '.join(members)}"
        case {"kind": "event", "at": [y, m, d], "what": {"action": "login", "user": u}}:
            return f"{u} logged in on {y}-{m:02}-{d:02}"
        case {"kind": "event", "what": {"action": action}}:
            return f"event {action}"
        case {"kind": "metric", "values": [_, *_] as values}:
            return f"metric total {sum(values)}"
        case {"kind": "metric"}:
            return "metric without values"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s!r}"
        case None:
            return "null"


for item in DOCUMENT:
    print(summarize(item))
