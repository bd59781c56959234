-m
pkg
