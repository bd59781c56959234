NAME = "m7pkg"
