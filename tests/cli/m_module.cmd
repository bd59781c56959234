-m
modrun
x
--flag
