class Config:
    debug = True
c = Config()
print(c.debgu)
