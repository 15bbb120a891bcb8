# complex: construction from strings and pairs, repr of special parts, arithmetic edge cases and errors.
def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)

for expr in ["complex()", "complex(1)", "complex(1, 2)", "complex('1+2j')", "complex(' (3-4j) ')", "complex('j')",
             "complex('-j')", "complex('1e3j')", "complex('inf+nanj')", "complex(1j, 1j)", "complex(1.5, -0.0)",
             "complex('1+')", "complex('x')", "complex('1', 2)", "complex(None)", "complex('1 + 2j')",
             "-0j", "0j", "1j * 1j", "(1+2j) / (3-4j)", "(1+2j) ** 2", "(1+2j) ** 0.5", "1j ** 1j", "abs(3+4j)",
             "(1+2j).conjugate()", "(1+2j).real", "(1+2j).imag", "(1+2j) == 1+2j", "(1+0j) == 1", "(1+0j) == 1.0",
             "hash(1+0j) == hash(1)", "1 / 0j", "0j ** -1", "(1+1j) // 1", "(1+1j) % 1", "(1+1j) < 1j",
             "int(1j)", "float(1j)", "round(1j)", "complex(1e300, 1e300) * 1e300", "complex('infj')",
             "repr(complex(float('nan'), -0.0))", "str(complex(0, float('inf')))", "divmod(1j, 1)", "1j.__class__.__name__",
             "complex(2, 0) + True", "bool(0j)", "bool(0.0 + 1e-300j)", "(2+3j) - 3j", "complex('1_0+2_0j')", "0j ** 0"]:
    show(expr)
