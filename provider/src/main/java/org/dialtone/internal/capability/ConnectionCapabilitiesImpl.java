package org.dialtone.internal.capability;

import static org.dialtone.internal.capability.Capability.ACCEPT;
import static org.dialtone.internal.capability.Capability.ADD_TO_ADDRESS;
import static org.dialtone.internal.capability.Capability.DISCONNECT;
import static org.dialtone.internal.capability.Capability.PARK;
import static org.dialtone.internal.capability.Capability.REDIRECT;
import static org.dialtone.internal.capability.Capability.REJECT;

import java.util.Set;
import javax.telephony.callcontrol.capabilities.CallControlConnectionCapabilities;

/** What can be done with a connection, core and call control. */
public final class ConnectionCapabilitiesImpl extends GrantedCapabilities
        implements CallControlConnectionCapabilities {
    private static final Set<Capability> ASKED =
            Capability.of(DISCONNECT, ACCEPT, REJECT, REDIRECT, ADD_TO_ADDRESS, PARK);

    /** Grants the given capabilities; those a connection is never asked about are ignored. */
    public ConnectionCapabilitiesImpl(Set<Capability> granted) {
        super(granted, ASKED);
    }

    /** Whether {@link Capability#DISCONNECT} is granted. */
    @Override
    public boolean canDisconnect() {
        return has(DISCONNECT);
    }

    /** Whether {@link Capability#ACCEPT} is granted. */
    @Override
    public boolean canAccept() {
        return has(ACCEPT);
    }

    /** Whether {@link Capability#REJECT} is granted. */
    @Override
    public boolean canReject() {
        return has(REJECT);
    }

    /** Whether {@link Capability#REDIRECT} is granted. */
    @Override
    public boolean canRedirect() {
        return has(REDIRECT);
    }

    /** Whether {@link Capability#ADD_TO_ADDRESS} is granted. */
    @Override
    public boolean canAddToAddress() {
        return has(ADD_TO_ADDRESS);
    }

    /** Whether {@link Capability#PARK} is granted. */
    @Override
    public boolean canPark() {
        return has(PARK);
    }
}
