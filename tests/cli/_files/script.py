import sys
print("argv", sys.argv[1:])
print("name", __name__)
print("file", __file__.replace("\\", "/").rsplit("/", 2)[-2:])
print("path0 is the script's directory:", sys.path[0].replace("\\", "/").endswith("_files"))
