#!/usr/bin/env python3
"""Regenerates the parser goldens in tests/parser from python3 (CPython is the oracle):

  snippets/*.py -> *.ast (ast.dump) and *.pos (ast.dump(include_attributes=True))
  errors.txt    -> errors.golden: hex(source) TAB kind|msg|lineno|offset [TAB post] per case
                   ("post: " marks errors raised after parsing, by the validator or symtable)
  eval.txt      -> eval.golden: hex(source) TAB ast.dump(ast.parse(source, mode='eval'))
  interactive.txt -> interactive.golden: hex(source) TAB incomplete|complete|error
  snippets/*.py -> *.tokens: python3's tokenize stream (layout tokens without positions)

Cases in errors.txt and interactive.txt are one per line, with Python escapes (\\n)."""
import ast
import codeop
import io
import os
import sys
import tokenize
import warnings

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "parser")


def decode(line):
    return line.encode("utf-8").decode("unicode_escape").encode("latin-1")


def cases(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line:
                yield decode(line)


def eval_dump(source):
    try:
        return ast.dump(ast.parse(source, mode="eval"))
    except SyntaxError as e:
        return f"{type(e).__name__}|{e.msg}"


def error_of(source):
    try:
        compile(source, "x.py", "exec")
    except SyntaxError as e:
        return f"{type(e).__name__}|{e.msg}|{e.lineno}|{e.offset}"
    return "OK"


def interactive_of(source):
    try:
        code = codeop.compile_command(source.decode("utf-8"), "<input>", "single")
    except (SyntaxError, ValueError, OverflowError):
        return "error"
    return "incomplete" if code is None else "complete"


def tokens_of(source):
    out = []
    layout = {tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER}
    for tok in tokenize.tokenize(io.BytesIO(source).readline):
        if tok.type in (tokenize.ENCODING, tokenize.NL, tokenize.COMMENT):
            continue
        name = tokenize.tok_name[tok.type]
        if tok.type in layout:
            out.append(name)
        else:
            out.append(f"{name} {tok.start[0]}:{tok.start[1]} {tok.string!r}")
    return "\n".join(out) + "\n"


def main():
    warnings.simplefilter("ignore")
    snippets = os.path.join(HERE, "snippets")
    for name in sorted(os.listdir(snippets)):
        if not name.endswith(".py"):
            continue
        path = os.path.join(snippets, name)
        with open(path, "rb") as f:
            source = f.read()
        tree = ast.parse(source, name)
        base = path[:-3]
        with open(base + ".ast", "w", encoding="utf-8") as f:
            f.write(ast.dump(tree) + "\n")
        with open(base + ".pos", "w", encoding="utf-8") as f:
            f.write(ast.dump(tree, include_attributes=True) + "\n")
        if source.isascii():
            with open(base + ".tokens", "w", encoding="utf-8") as f:
                f.write(tokens_of(source))
    with open(os.path.join(HERE, "errors.golden"), "w", encoding="utf-8") as f:
        with open(os.path.join(HERE, "errors.txt"), encoding="utf-8") as cases_file:
            for line in cases_file:
                line = line.rstrip("\n")
                if not line:
                    continue
                post = line.startswith("post: ")
                source = decode(line[6:] if post else line)
                f.write(f"{source.hex()}\t{error_of(source)}{chr(9) + 'post' if post else ''}\n")
    with open(os.path.join(HERE, "eval.golden"), "w", encoding="utf-8") as f:
        for source in cases("eval.txt"):
            f.write(f"{source.hex()}\t{eval_dump(source)}\n")
    with open(os.path.join(HERE, "interactive.golden"), "w", encoding="utf-8") as f:
        for source in cases("interactive.txt"):
            f.write(f"{source.hex()}\t{interactive_of(source)}\n")


if __name__ == "__main__":
    sys.exit(main())
