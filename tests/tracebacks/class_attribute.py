class O: pass
z = O.attr.other
