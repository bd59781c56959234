-u
-c
import sys\nprint('out')\nprint('err', file=sys.stderr)\nprint('out again')
