y = [(x := 1) for x in w]
