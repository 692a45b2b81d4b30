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

    public InvalidStateException(Object object, int value, int value2) {
    }

    public InvalidStateException(Object object, int value, int value2, String string) {
        super(string);
    }

    public Object getObject() {
        throw NotBuilt.member("InvalidStateException.getObject");
    }

    public int getObjectType() {
        throw NotBuilt.member("InvalidStateException.getObjectType");
    }

    public int getState() {
        throw NotBuilt.member("InvalidStateException.getState");
    }
}
