import logging

log = logging.getLogger('pkg.logs')


def from_library():
    log.warning('logged in the library')


def helper(msg, level=2):
    log.warning(msg, stacklevel=level)
