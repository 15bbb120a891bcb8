with open("_no_such_file_here.txt") as f:
    print(f.read())
