import sys
print('out')
sys.exit('fatal: stopping')
