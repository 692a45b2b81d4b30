package javax.telephony;

/**
 * Static entry point that loads and returns a {@code JtapiPeer} implementation by class name, or
 * the default one, so an application can reach providers.
 */
public class JtapiPeerFactory {
    private JtapiPeerFactory() {}

    public static JtapiPeer getJtapiPeer(String string) throws JtapiPeerUnavailableException {
        throw NotBuilt.member("JtapiPeerFactory.getJtapiPeer");
    }
}
