import _mods.helper
print(__name__, _mods.helper.__name__)
if __name__ == "__main__":
    print("running as main")
