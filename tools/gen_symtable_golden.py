#!/usr/bin/env python3
"""Writes tests/unit/symtable_data/*.golden: CPython 3.11's scopes and code-object layout.

For each *.py there, the golden file lists, sorted:
  scope <type> <name>: each symbol as name=<binding>/<flags> (from the `symtable` module)
  code <qualname>: argument counts, kind, parameters, other locals (sorted), cellvars, freevars
    (from compiling the file and walking co_consts).
symtable_test.cpp prints coil's table in the same form.
"""
import os
import symtable
import sys
import types

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "tests", "unit", "symtable_data")

BINDINGS = {1: "local", 2: "global_explicit", 3: "global_implicit", 4: "free", 5: "cell"}
# symtable.c's DEF_* bits, in the letters the C++ test uses.
FLAGS = [(4, "P"), (2, "L"), (1, "G"), (8, "N"), (16, "U"), (128, "I"), (256, "A"), (512, "C"),
         (64, "K")]


def scope_lines(table, out):
    if table.get_type() == "annotation":
        return
    syms = []
    for sym in sorted(table.get_symbols(), key=lambda s: s.get_name()):
        flags = sym._Symbol__flags
        letters = "".join(l for bit, l in FLAGS if flags & bit)
        binding = BINDINGS.get(sym._Symbol__scope, "?")
        syms.append(f"{sym.get_name()}={binding}/{letters}")
    out.append(f"scope {table.get_type()} {table.get_name()}: " + " ".join(syms))
    for child in table.get_children():
        scope_lines(child, out)


def code_lines(code, out):
    flags = code.co_flags
    if flags & 0x200:
        kind = "asyncgen"
    elif flags & 0x80:
        kind = "coro"
    elif flags & 0x20:
        kind = "gen"
    else:
        kind = "plain"
    nparams = code.co_argcount + code.co_kwonlyargcount + bool(flags & 4) + bool(flags & 8)
    params = code.co_varnames[:nparams]
    others = sorted(code.co_varnames[nparams:])
    out.append(
        f"code {code.co_qualname}: args={code.co_argcount}/{code.co_posonlyargcount}/"
        f"{code.co_kwonlyargcount} varargs={int(bool(flags & 4))} varkw={int(bool(flags & 8))} "
        f"kind={kind} params={','.join(params)} locals={','.join(others)} "
        f"cells={','.join(code.co_cellvars)} frees={','.join(code.co_freevars)}")
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            code_lines(const, out)


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("goldens must come from CPython 3.11")
    for name in sorted(os.listdir(DATA)):
        if not name.endswith(".py"):
            continue
        path = os.path.join(DATA, name)
        with open(path, encoding="utf-8") as f:
            source = f.read()
        out = []
        scope_lines(symtable.symtable(source, name, "exec"), out)
        code_lines(compile(source, name, "exec"), out)
        with open(path[:-3] + ".golden", "w", encoding="utf-8") as f:
            f.write("\n".join(sorted(out)) + "\n")
    print("goldens written")


if __name__ == "__main__":
    main()
