# str methods not covered elsewhere: casefold, partition edge cases, splitlines, expandtabs, isidentifier, fills, case.
def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)

for expr in ["'MASSE'.casefold() == 'Maße'.casefold()", "'a=b=c'.partition('=')",
             "'a=b=c'.rpartition('=')", "'=abc='.partition('=')", "''.partition('x')", "'abc'.partition('abc')",
             "'a\\r\\n\\nb'.splitlines()", "'a\\x1d\\x1e\\x85b'.splitlines()", "'\\r'.splitlines(True)",
             "'no newline'.splitlines()", "'a\\tbc\\td'.expandtabs(4)", "'\\t\\t'.expandtabs(3)", "'ab\\r\\tc'.expandtabs(4)",
             "'é\\tx'.expandtabs(4)", "'x\\ty'.expandtabs(-1)", "'_x1'.isidentifier()", "'1x'.isidentifier()",
             "'émoji'.isidentifier()", "'a-b'.isidentifier()", "''.isidentifier()", "'class'.isidentifier()",
             "'x'.center(6, '✓')", "'ab'.center(5, '*')", "'abc'.center(6, '*')", "'a'.ljust(0)", "'abc'.rjust(-1, 'x')",
             "'hello'.center(10)", "'ab'.ljust(4, 'ab')", "'12'.zfill(-1)", "'-'.zfill(3)", "'HeLLo WoRLD'.swapcase()",
             "'hello  world'.title()", "'1st 2nd'.title()", "'ǉ'.title()", "'o\\'neil'.capitalize()", "'ÉCOLE'.capitalize()",
             "'a,b,,c'.split(',')", "' a b '.split(' ')", "'a1b2c3'.rsplit('b', 1)", "'abcabc'.rfind('bc', 0, 4)",
             "'aaa'.count('aa')", "'abc'.index('c', -1)", "'abc'.startswith('bc', 1)", "'abc'.endswith(('x', 'bc'))",
             "'tab\\there'.split()", "'a\\u2003b'.split()", "'  '.strip()", "'abc'.strip('cab')", "'x'.join('abc')",
             "', '.join(['a', 'b'])", "''.join([])", "'-'.join(['a', 2])", "'-'.join('a', 'b')", "'-'.join(x for x in 'pq')",
             "'%s-%s' % ('a', 'b')", "'Hello'.replace('l', 'L', 1)", "'abc'.replace('x', 'y')", "'abc'.translate({97: 'A', 98: None})",
             "str.maketrans('ab', 'xy')", "'abc'.isalnum()", "'½'.isnumeric()", "'½'.isdigit()", "'²'.isdigit()",
             "'²'.isdecimal()", "'Ⅻ'.isnumeric()", "' \\t\\n'.isspace()", "''.isspace()", "'Ab Cd'.istitle()",
             "'ABC1'.isupper()", "'abc!'.islower()", "'\\x7f'.isprintable()", "'é'.isprintable()", "'\\u200b'.isprintable()"]:
    show(expr)
