-W
ignore
-Wdefault
-c
import sys; print(sys.warnoptions)
