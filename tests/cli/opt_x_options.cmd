-X
int_max_str_digits=700
-X
dev
-c
import sys\nprint(sys.get_int_max_str_digits(), sys._xoptions)\ntry:\n    int('1' * 701)\nexcept ValueError as e:\n    print(e)
