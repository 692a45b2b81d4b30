package org.dialtone.internal.capability;

import static org.dialtone.internal.capability.Capability.ANSWER;
import static org.dialtone.internal.capability.Capability.HOLD;
import static org.dialtone.internal.capability.Capability.JOIN;
import static org.dialtone.internal.capability.Capability.LEAVE;
import static org.dialtone.internal.capability.Capability.UNHOLD;

import java.util.Set;
import javax.telephony.callcontrol.capabilities.CallControlTerminalConnectionCapabilities;

/** What can be done with a terminal connection, core and call control. */
public final class TerminalConnectionCapabilitiesImpl extends GrantedCapabilities
        implements CallControlTerminalConnectionCapabilities {
    private static final Set<Capability> ASKED = Capability.of(ANSWER, HOLD, UNHOLD, JOIN, LEAVE);

    /** Grants the given capabilities; those a terminal connection is never asked about are ignored. */
    public TerminalConnectionCapabilitiesImpl(Set<Capability> granted) {
        super(granted, ASKED);
    }

    /** Whether {@link Capability#ANSWER} is granted. */
    @Override
    public boolean canAnswer() {
        return has(ANSWER);
    }

    /** Whether {@link Capability#HOLD} is granted. */
    @Override
    public boolean canHold() {
        return has(HOLD);
    }

    /** Whether {@link Capability#UNHOLD} is granted. */
    @Override
    public boolean canUnhold() {
        return has(UNHOLD);
    }

    /** Whether {@link Capability#JOIN} is granted. */
    @Override
    public boolean canJoin() {
        return has(JOIN);
    }

    /** Whether {@link Capability#LEAVE} is granted. */
    @Override
    public boolean canLeave() {
        return has(LEAVE);
    }
}
