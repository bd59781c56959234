-m
nsdir
