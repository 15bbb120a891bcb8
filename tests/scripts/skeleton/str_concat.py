# String literals, concatenation, repetition, len and indexing.
s = "hello"
t = 'world'
print(s + ", " + t)
print(s * 3)
print(len(s), len(""), len(s + t))
print(s[0], s[4], s[-1])
greeting = ""
for part in ["a", "b", "c"]:
    greeting = greeting + part
print(greeting)
print("it's", 'say "hi"')
print("tab\there", "new\nline")
print(s == "hello", s != t, "abc" < "abd")
