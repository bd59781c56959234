assert True
assert 1 == 1, "never shown"
try:
    assert 1 == 2
except AssertionError as e:
    print("empty", repr(e), e.args)
try:
    assert [], "list is empty"
except AssertionError as e:
    print(e)
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(e.args)
