class C:
    def m(self): return self.nope
C().m()
