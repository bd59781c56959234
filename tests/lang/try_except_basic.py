def risky(k):
    if k == 0: return 1 / 0
    if k == 1: return [][1]
    if k == 2: return {}["x"]
    if k == 3: return int("z")
    if k == 4: raise RuntimeError("custom")
    return "fine"
for k in range(6):
    try:
        r = risky(k)
    except ZeroDivisionError:
        print(k, "zero")
    except (IndexError, KeyError) as e:
        print(k, "lookup", type(e).__name__, e)
    except Exception as e:
        print(k, "other", type(e).__name__, e)
    else:
        print(k, "ok", r)
    finally:
        print(k, "finally")
