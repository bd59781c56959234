e = TypeError("with note")
e.add_note("extra info")
raise e
