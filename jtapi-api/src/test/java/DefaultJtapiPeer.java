import javax.telephony.JtapiPeer;
import javax.telephony.Provider;
import javax.telephony.ProviderUnavailableException;

/** Test fixture: the peer JtapiPeerFactory loads when no class name is given. */
public class DefaultJtapiPeer implements JtapiPeer {
    @Override
    public String getName() {
        return "default test peer";
    }

    @Override
    public String[] getServices() {
        return new String[0];
    }

    @Override
    public Provider getProvider(String service) {
        throw new ProviderUnavailableException(ProviderUnavailableException.CAUSE_INVALID_SERVICE);
    }
}
