-m
pkg.tool
1
