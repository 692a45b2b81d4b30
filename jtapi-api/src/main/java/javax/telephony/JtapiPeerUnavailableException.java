package javax.telephony;

/**
 * Thrown by {@code JtapiPeerFactory} when the requested {@code JtapiPeer} implementation cannot be
 * found or instantiated.
 */
public class JtapiPeerUnavailableException extends Exception {
    public JtapiPeerUnavailableException() {
    }

    public JtapiPeerUnavailableException(String string) {
        super(string);
    }
}
