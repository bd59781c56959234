"""A small project compiled as a tree: packages, relative imports, data files read two ways."""
VERSION = "2.1"
