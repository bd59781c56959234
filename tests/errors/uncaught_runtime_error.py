raise RuntimeError("boom", 42)
