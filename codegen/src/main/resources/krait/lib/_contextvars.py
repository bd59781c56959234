"""Krait's _contextvars: the implementation module behind contextvars."""
from contextvars import Context, ContextVar, Token, copy_context  # noqa: F401
