/**
 * The peer {@code JtapiPeerFactory.getJtapiPeer(null)} loads: Dialtone's, so an application that
 * asks for the default peer gets Dialtone with no configuration.
 */
public class DefaultJtapiPeer extends org.dialtone.DialtonePeer {

    /** Creates the default peer. */
    public DefaultJtapiPeer() {
    }
}
