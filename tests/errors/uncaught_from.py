try:
    {}["k"]
except KeyError as e:
    raise LookupError("lookup") from e
