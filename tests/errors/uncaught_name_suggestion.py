message = 'hi'
print(mesage)
