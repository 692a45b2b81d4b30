package javax.telephony.testpeers;

import javax.telephony.JtapiPeer;
import javax.telephony.Provider;

/** Test fixture: a peer class that is not public, so JtapiPeerFactory may not instantiate it. */
class HiddenPeer implements JtapiPeer {
    public HiddenPeer() {
    }

    @Override
    public String getName() {
        return "hidden";
    }

    @Override
    public String[] getServices() {
        return new String[0];
    }

    @Override
    public Provider getProvider(String service) {
        return null;
    }
}
