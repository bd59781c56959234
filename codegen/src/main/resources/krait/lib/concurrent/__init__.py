"""concurrent: a package for running work concurrently (only concurrent.futures)."""
