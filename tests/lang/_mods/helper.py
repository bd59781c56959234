VALUE = 41 + 1
def greet(who):
    return "hello " + who
