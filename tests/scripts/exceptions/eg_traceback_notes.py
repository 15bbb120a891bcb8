# Notes on groups and on their sub-exceptions.
e1 = ValueError("one")
e1.add_note("note of one")
e2 = TypeError("two")
e2.add_note("multi\nline note")
e2.__notes__.append(7)
inner = ExceptionGroup("inner", [e2])
inner.add_note("inner note")
eg = ExceptionGroup("outer", [e1, inner])
eg.add_note("outer note")
raise eg
