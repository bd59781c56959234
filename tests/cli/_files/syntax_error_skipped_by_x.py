this first line is not Python and -x skips it
print("second line runs")
