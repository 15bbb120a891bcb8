# leading comment

x = 1  # trailing comment
if x:
    # comment inside

    y = 2
        # oddly indented comment
    z = 3

if a:
	tab = 1
	if b:
		deeper = 2
x = (1,
     2,
  3)
y = [
    1,
    2,
]
z = {
  'a': 1,
}
s = 1 + \
    2
def f(
    a,
    b,
):
    pass
if True:
    pass
