package org.dialtone.internal.capability;

import java.util.Set;
import javax.telephony.capabilities.ProviderCapabilities;

/** What can be done with a provider: only whether it can be observed. */
public final class ProviderCapabilitiesImpl extends GrantedCapabilities implements ProviderCapabilities {
    private static final Set<Capability> ASKED = Capability.of(Capability.OBSERVE);

    /** Grants the given capabilities; those a provider is never asked about are ignored. */
    public ProviderCapabilitiesImpl(Set<Capability> granted) {
        super(granted, ASKED);
    }

    /** Whether {@link Capability#OBSERVE} is granted. */
    @Override
    public boolean isObservable() {
        return has(Capability.OBSERVE);
    }
}
