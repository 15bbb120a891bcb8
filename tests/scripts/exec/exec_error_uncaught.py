def run():
    exec("def inner():\n    return undefined_thing\ninner()\n")


run()
