def f():
    import does_not_exist_mod
f()
