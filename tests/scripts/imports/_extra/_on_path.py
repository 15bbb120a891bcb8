FOUND = "found through sys.path"
