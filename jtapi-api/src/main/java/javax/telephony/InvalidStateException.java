package javax.telephony;

/**
 * Thrown when an operation is attempted on a JTAPI object that is not in a state allowing it;
 * records the object, its kind and its state.
 */
public class InvalidStateException extends Exception {
    public static final int ADDRESS_OBJECT = 4;
    public static final int CALL_OBJECT = 1;
    public static final int CONNECTION_OBJECT = 2;
    public static final int PROVIDER_OBJECT = 0;
    public static final int TERMINAL_CONNECTION_OBJECT = 5;
    public static final int TERMINAL_OBJECT = 3;

    // Transient: providers, calls and the like are live objects that need not be serializable.
    private final transient Object object;
    private final int objectType;
    private final int state;

    /**
     * Creates the exception without a message.
     *
     * @param object the object whose state did not allow the operation
     * @param value what kind of object it is, one of the {@code *_OBJECT} constants
     * @param value2 the state the object was in, as defined by that object's interface
     */
    public InvalidStateException(Object object, int value, int value2) {
        this.object = object;
        this.objectType = value;
        this.state = value2;
    }

    /**
     * Creates the exception with a message.
     *
     * @param object the object whose state did not allow the operation
     * @param value what kind of object it is, one of the {@code *_OBJECT} constants
     * @param value2 the state the object was in, as defined by that object's interface
     * @param string a description of the problem
     */
    public InvalidStateException(Object object, int value, int value2, String string) {
        super(string);
        this.object = object;
        this.objectType = value;
        this.state = value2;
    }

    /**
     * Returns the object that was in the wrong state.
     *
     * @return the object given when the exception was created (null after deserialization)
     */
    public Object getObject() {
        return object;
    }

    /**
     * Tells what kind of object {@link #getObject()} is.
     *
     * @return one of the {@code *_OBJECT} constants, as given when the exception was created
     */
    public int getObjectType() {
        return objectType;
    }

    /**
     * Returns the state the object was in when the operation was refused.
     *
     * @return the state code given when the exception was created
     */
    public int getState() {
        return state;
    }
}
