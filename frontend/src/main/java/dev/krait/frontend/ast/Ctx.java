package dev.krait.frontend.ast;

/** Whether a name, attribute, subscript or display is read, bound or deleted (CPython's expr_context). */
public enum Ctx { LOAD, STORE, DEL }
