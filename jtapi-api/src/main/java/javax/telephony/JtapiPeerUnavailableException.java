package javax.telephony;

/**
 * Thrown by {@code JtapiPeerFactory} when the requested {@code JtapiPeer} implementation cannot be
 * found or instantiated.
 */
public class JtapiPeerUnavailableException extends Exception {
    /** Creates the exception without a message. */
    public JtapiPeerUnavailableException() {
    }

    /**
     * Creates the exception with a message.
     *
     * @param string a description of the problem
     */
    public JtapiPeerUnavailableException(String string) {
        super(string);
    }
}
