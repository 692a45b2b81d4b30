package javax.telephony.media.container;

/** Where this package says that Dialtone has not built a part of the JTAPI media API yet. */
final class NotBuilt {
    private NotBuilt() {
    }

    static UnsupportedOperationException member(String member) {
        return new UnsupportedOperationException(
                member + " is not implemented: Dialtone does not provide JTAPI media yet");
    }
}
