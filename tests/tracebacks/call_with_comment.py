y = int('z') # comment
