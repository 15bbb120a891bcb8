y = [x for x in (z := w)]
