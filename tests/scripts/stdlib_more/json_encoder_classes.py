# JSONEncoder subclasses (default, encode, iterencode), default=, cls=, dump/load with files.
import io
import json


class Money:
    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency


class MoneyEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Money):
            return {"amount": o.amount, "currency": o.currency}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({"price": Money(5, "EUR"), "tags": {"b", "a"}}, cls=MoneyEncoder))
print(json.dumps([Money(1, "USD")], cls=MoneyEncoder, indent=2, sort_keys=True))
print(MoneyEncoder().encode({"m": Money(2, "GBP")}))
print(MoneyEncoder(separators=(",", ":")).encode([1, 2, {"a": 3}]))
try:
    json.dumps(object, cls=MoneyEncoder)
except TypeError as e:
    print("TypeError", e)

print(json.dumps({"when": complex(1, 2)}, default=lambda o: [o.real, o.imag]))
print(json.dumps([1, Money(3, "JPY")], default=vars))
print(json.dumps(Money(3, "JPY"), default=lambda o: o.__dict__, sort_keys=True, indent=1))

enc = json.JSONEncoder(indent=2)
print(enc.item_separator == ",", enc.key_separator, json.JSONEncoder().item_separator)
chunks = list(json.JSONEncoder().iterencode({"a": [1, 2]}))
print("".join(chunks))
print(json.JSONEncoder(ensure_ascii=False).encode("\u00e9"), json.JSONEncoder().encode("\u00e9"))


class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()


print(json.dumps({"a": "b"}, cls=Upper))


class CountingDecoder(json.JSONDecoder):
    def __init__(self, **kwargs):
        super().__init__(object_hook=self.hook, **kwargs)
        self.objects = 0

    def hook(self, d):
        self.objects += 1
        return d


dec = CountingDecoder()
print(dec.decode('[{"a": {}}, {}]'), dec.objects)
print(json.loads('{"x": 1}', cls=CountingDecoder))
print(json.loads('[1.5]', cls=json.JSONDecoder, parse_float=lambda s: s + "!"))

buf = io.StringIO()
json.dump({"k": [1, 2, {"z": None}]}, buf, indent=1)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
buf = io.StringIO()
json.dump([Money(9, "CHF")], buf, cls=MoneyEncoder)
print(buf.getvalue())
print(json.load(io.StringIO('{"a": [1, 2.0]}'), parse_int=float))
try:
    json.dump([float("nan")], io.StringIO(), allow_nan=False)
except ValueError as e:
    print("ValueError", e)
