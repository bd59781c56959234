package dev.krait.frontend.scope;

/** Placeholder: replaced by the scope analysis. */
public final class SymbolTable {
}
