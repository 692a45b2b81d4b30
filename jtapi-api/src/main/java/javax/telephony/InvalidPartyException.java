package javax.telephony;

/**
 * Thrown when a party named in a request, such as the originating or destination address of a call,
 * is not valid; the type tells which party.
 */
public class InvalidPartyException extends Exception {
    public static final int DESTINATION_PARTY = 1;
    public static final int ORIGINATING_PARTY = 0;
    public static final int UNKNOWN_PARTY = 2;

    private final int type;

    /**
     * Creates the exception without a message.
     *
     * @param value which party was invalid, one of the {@code *_PARTY} constants
     */
    public InvalidPartyException(int value) {
        this.type = value;
    }

    /**
     * Creates the exception with a message.
     *
     * @param value which party was invalid, one of the {@code *_PARTY} constants
     * @param string a description of the problem
     */
    public InvalidPartyException(int value, String string) {
        super(string);
        this.type = value;
    }

    /**
     * Tells which party of the request was invalid.
     *
     * @return the party code given when the exception was created
     */
    public int getType() {
        return type;
    }
}
