package org.dialtone.tck.fake;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import javax.telephony.JtapiPeer;
import javax.telephony.Provider;
import javax.telephony.ProviderUnavailableException;
import org.dialtone.DialtonePeer;

/**
 * A deliberately faulty JTAPI peer for testing the kit itself: Dialtone's provider behind a
 * {@link Membrane} that makes the {@link Fault}s named in the provider string,
 * {@code "reversed-batches,forgets-disconnect|sim"}. With no fault ({@code "|sim"}) it is Dialtone
 * unchanged, which shows the wrapping alone breaks nothing.
 */
public final class FaultyPeer implements JtapiPeer {
    /** Used by JtapiPeerFactory. */
    public FaultyPeer() {
    }

    @Override
    public String getName() {
        return FaultyPeer.class.getName();
    }

    @Override
    public String[] getServices() {
        return new DialtonePeer().getServices();
    }

    @Override
    public Provider getProvider(String providerString) {
        int bar = providerString == null ? -1 : providerString.indexOf('|');
        if (bar < 0) {
            throw new ProviderUnavailableException(ProviderUnavailableException.CAUSE_INVALID_ARGUMENT,
                    "expected FAULTS|PROVIDER, got " + providerString);
        }
        Set<Fault> faults = EnumSet.noneOf(Fault.class);
        for (String name : providerString.substring(0, bar).split(",")) {
            if (!name.isBlank()) {
                faults.add(Fault.valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
            }
        }
        Provider real = new DialtonePeer().getProvider(providerString.substring(bar + 1));
        return (Provider) new Membrane(faults).toApplication(real);
    }
}
