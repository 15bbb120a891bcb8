# Width and depth limits of group printing: 15 sub-exceptions, 10 levels.
wide = ExceptionGroup("wide", [ValueError(i) for i in range(18)])
deep = KeyError("bottom")
for level in range(12):
    deep = ExceptionGroup(f"level {level}", [deep, ValueError(level)])
raise ExceptionGroup("limits", [wide, deep])
