assert False, "custom message"
