# A match-heavy program: a tokenizer, a parser to tuples, an evaluator and a simplifier for
# arithmetic with variables, plus a small command interpreter driving them.
from dataclasses import dataclass


@dataclass
class Num:
    value: float


@dataclass
class Var:
    name: str


@dataclass
class BinOp:
    op: str
    left: object
    right: object


@dataclass
class Neg:
    operand: object


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        match ch:
            case " ":
                i += 1
            case "+" | "-" | "*" | "/" | "(" | ")" | "^":
                tokens.append(("op", ch))
                i += 1
            case _ if ch.isdigit():
                j = i
                while j < len(text) and (text[j].isdigit() or text[j] == "."):
                    j += 1
                tokens.append(("num", float(text[i:j])))
                i = j
            case _ if ch.isalpha():
                j = i
                while j < len(text) and text[j].isalnum():
                    j += 1
                tokens.append(("name", text[i:j]))
                i = j
            case _:
                raise SyntaxError(f"bad character {ch!r}")
    return tokens


class Parser:
    PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}

    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def next(self):
        token = self.peek()
        self.pos += 1
        return token

    def atom(self):
        match self.next():
            case ("num", value):
                return Num(value)
            case ("name", name):
                return Var(name)
            case ("op", "-"):
                return Neg(self.atom())
            case ("op", "("):
                inner = self.expression(0)
                match self.next():
                    case ("op", ")"):
                        return inner
                    case other:
                        raise SyntaxError(f"expected ')', got {other}")
            case None:
                raise SyntaxError("unexpected end")
            case token:
                raise SyntaxError(f"unexpected {token}")

    def expression(self, min_prec):
        left = self.atom()
        while True:
            match self.peek():
                case ("op", op) if op in self.PRECEDENCE and self.PRECEDENCE[op] >= min_prec:
                    self.next()
                    right_prec = self.PRECEDENCE[op] + (0 if op == "^" else 1)
                    left = BinOp(op, left, self.expression(right_prec))
                case _:
                    return left


def evaluate(node, env):
    match node:
        case Num(v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unknown variable {name}")
        case Neg(x):
            return -evaluate(x, env)
        case BinOp("+", a, b):
            return evaluate(a, env) + evaluate(b, env)
        case BinOp("-", a, b):
            return evaluate(a, env) - evaluate(b, env)
        case BinOp("*", a, b):
            return evaluate(a, env) * evaluate(b, env)
        case BinOp("/", a, b):
            divisor = evaluate(b, env)
            if divisor == 0:
                raise ZeroDivisionError("division by zero in expression")
            return evaluate(a, env) / divisor
        case BinOp("^", a, b):
            return evaluate(a, env) ** evaluate(b, env)


def simplify(node):
    match node:
        case BinOp(op, a, b):
            a, b = simplify(a), simplify(b)
            match op, a, b:
                case ("+", Num(0.0), x) | ("+", x, Num(0.0)):
                    return x
                case ("*", Num(1.0), x) | ("*", x, Num(1.0)):
                    return x
                case ("*", Num(0.0), _) | ("*", _, Num(0.0)):
                    return Num(0.0)
                case _, Num(x), Num(y):
                    return Num(evaluate(BinOp(op, Num(x), Num(y)), {}))
                case "-", x, y if x == y:
                    return Num(0.0)
                case _:
                    return BinOp(op, a, b)
        case Neg(Neg(x)):
            return simplify(x)
        case Neg(Num(v)):
            return Num(-v)
        case _:
            return node


def show(node):
    match node:
        case Num(v) if v == int(v):
            return str(int(v))
        case Num(v):
            return str(v)
        case Var(name):
            return name
        case Neg(x):
            return f"-{show(x)}"
        case BinOp(op, a, b):
            return f"({show(a)} {op} {show(b)})"


def run(lines):
    env = {}
    for line in lines:
        match line.split(maxsplit=1):
            case []:
                continue
            case ["let", rest]:
                match rest.split("=", 1):
                    case [name, expr] if name.strip().isidentifier():
                        try:
                            env[name.strip()] = evaluate(Parser(tokenize(expr)).expression(0), env)
                            print(f"{name.strip()} = {env[name.strip()]}")
                        except (SyntaxError, NameError, ZeroDivisionError) as e:
                            print("error:", type(e).__name__, e)
                    case _:
                        print("usage: let NAME = EXPR")
            case ["eval", expr]:
                try:
                    print(evaluate(Parser(tokenize(expr)).expression(0), env))
                except (SyntaxError, NameError, ZeroDivisionError) as e:
                    print("error:", type(e).__name__, e)
            case ["simplify", expr]:
                print(show(simplify(Parser(tokenize(expr)).expression(0))))
            case ["vars"]:
                for name, value in sorted(env.items()):
                    print(f"  {name}: {value}")
            case ["quit" | "exit"]:
                print("bye")
                return
            case [command, *_]:
                print(f"unknown command {command!r}")


run([
    "let x = 3",
    "let y = x * 2 + 1",
    "eval (x + y) * 2",
    "eval 2 ^ 3 ^ 2",
    "eval -x + 10 / 4",
    "eval z + 1",
    "eval 1 / (x - 3)",
    "eval (1 + 2",
    "eval 1 $ 2",
    "let 9 = 1",
    "simplify 0 + a * 1",
    "simplify (a - a) * b + 2 * 3",
    "simplify --b",
    "simplify x * 0 + y",
    "vars",
    "",
    "frobnicate now",
    "exit",
    "eval 1",
])
