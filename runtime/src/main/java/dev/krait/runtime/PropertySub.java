package dev.krait.runtime;

/**
 * An instance of a Python subclass of {@code property}: the accessors, the class's instance dict, and the
 * descriptor methods the class overrides ({@code __get__}, {@code __set__}, {@code __delete__}), which attribute
 * lookup then calls. Operations other than the descriptor protocol already dispatch through the type.
 */
final class PropertySub extends PyProperty implements SubclassInstance {
    private final PyType type;
    private final PyDict dict;
    /** Non-zero while a built-in method of property runs on this object (super().__get__, for one). */
    private int inBase;

    PropertySub(PyType type) {
        this.type = type;
        this.dict = type.instancesHaveDict ? new PyDict() : null;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }

    @Override
    public void enterBase() {
        inBase++;
    }

    @Override
    public void exitBase() {
        inBase--;
    }

    @Override
    public boolean overridesNow(String dunder) {
        return inBase == 0 && type.overrides(dunder);
    }

    @Override
    public PyObject descrGet(PyObject obj, PyObject owner) {
        if (overridesNow("__get__")) return Attributes.slotDescrGet(this, obj, owner);
        return super.descrGet(obj, owner);
    }

    @Override
    public void descrSet(PyObject obj, PyObject value) {
        if (overridesNow(value == null ? "__delete__" : "__set__")) Attributes.slotDescrSet(this, obj, value);
        else super.descrSet(obj, value);
    }
}
