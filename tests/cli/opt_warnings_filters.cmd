-Werror::DeprecationWarning
-W
ignore:noisy
-W
once::UserWarning:__main__
-W
bogus
-W
always::NoSuchWarning
-c
import warnings; print([(f[0], getattr(f[1], 'pattern', f[1]), f[2].__name__, getattr(f[3], 'pattern', f[3])) for f in warnings.filters[:4]]); warnings.warn('noisy one'); warnings.warn('shown'); warnings.warn('shown'); warnings.warn('dep', DeprecationWarning)
