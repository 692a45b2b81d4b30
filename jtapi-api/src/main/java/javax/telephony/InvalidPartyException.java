package javax.telephony;

/**
 * Thrown when a party named in a request, such as the originating or destination address of a call,
 * is not valid; the type tells which party.
 */
public class InvalidPartyException extends Exception {
    public static final int DESTINATION_PARTY = 1;
    public static final int ORIGINATING_PARTY = 0;
    public static final int UNKNOWN_PARTY = 2;

    public InvalidPartyException(int value) {
    }

    public InvalidPartyException(int value, String string) {
        super(string);
    }

    public int getType() {
        throw NotBuilt.member("InvalidPartyException.getType");
    }
}
