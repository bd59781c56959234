class C:
    def m(self):
        return self.missing
C().m()
