package org.dialtone.internal.capability;

import static org.dialtone.internal.capability.Capability.GET_DO_NOT_DISTURB;
import static org.dialtone.internal.capability.Capability.OBSERVE;
import static org.dialtone.internal.capability.Capability.PICKUP_CONNECTION;
import static org.dialtone.internal.capability.Capability.PICKUP_FROM_ADDRESS;
import static org.dialtone.internal.capability.Capability.PICKUP_FROM_NAMED_GROUP;
import static org.dialtone.internal.capability.Capability.PICKUP_FROM_OWN_GROUP;
import static org.dialtone.internal.capability.Capability.PICKUP_TERMINAL_CONNECTION;
import static org.dialtone.internal.capability.Capability.SET_DO_NOT_DISTURB;

import java.util.Set;
import javax.telephony.Address;
import javax.telephony.Connection;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.capabilities.CallControlTerminalCapabilities;

/**
 * What can be done with a terminal, core and call control. The untyped {@code canPickup()} and
 * {@code canPickupFromGroup()} (deprecated since JTAPI 1.2) answer as the overload the
 * specification names for them.
 */
public final class TerminalCapabilitiesImpl extends GrantedCapabilities
        implements CallControlTerminalCapabilities {
    private static final Set<Capability> ASKED = Capability.of(OBSERVE, SET_DO_NOT_DISTURB,
            GET_DO_NOT_DISTURB, PICKUP_CONNECTION, PICKUP_TERMINAL_CONNECTION, PICKUP_FROM_ADDRESS,
            PICKUP_FROM_NAMED_GROUP, PICKUP_FROM_OWN_GROUP);

    /** Grants the given capabilities; those a terminal is never asked about are ignored. */
    public TerminalCapabilitiesImpl(Set<Capability> granted) {
        super(granted, ASKED);
    }

    /** Whether {@link Capability#OBSERVE} is granted. */
    @Override
    public boolean isObservable() {
        return has(OBSERVE);
    }

    /** Whether {@link Capability#SET_DO_NOT_DISTURB} is granted. */
    @Override
    public boolean canSetDoNotDisturb() {
        return has(SET_DO_NOT_DISTURB);
    }

    /** Whether {@link Capability#GET_DO_NOT_DISTURB} is granted. */
    @Override
    public boolean canGetDoNotDisturb() {
        return has(GET_DO_NOT_DISTURB);
    }

    /** Whether {@link Capability#PICKUP_CONNECTION} is granted (the untyped 1.1 form). */
    @Override
    public boolean canPickup() {
        return has(PICKUP_CONNECTION);
    }

    /** Whether {@link Capability#PICKUP_CONNECTION} is granted; the arguments are not looked at. */
    @Override
    public boolean canPickup(Connection connection, Address terminalAddress) {
        return has(PICKUP_CONNECTION);
    }

    /** Whether {@link Capability#PICKUP_TERMINAL_CONNECTION} is granted; the arguments are not looked at. */
    @Override
    public boolean canPickup(TerminalConnection terminalConnection, Address terminalAddress) {
        return has(PICKUP_TERMINAL_CONNECTION);
    }

    /** Whether {@link Capability#PICKUP_FROM_ADDRESS} is granted; the arguments are not looked at. */
    @Override
    public boolean canPickup(Address pickupAddress, Address terminalAddress) {
        return has(PICKUP_FROM_ADDRESS);
    }

    /** Whether {@link Capability#PICKUP_FROM_NAMED_GROUP} is granted (the untyped 1.1 form). */
    @Override
    public boolean canPickupFromGroup() {
        return has(PICKUP_FROM_NAMED_GROUP);
    }

    /** Whether {@link Capability#PICKUP_FROM_NAMED_GROUP} is granted; the arguments are not looked at. */
    @Override
    public boolean canPickupFromGroup(String pickupGroup, Address terminalAddress) {
        return has(PICKUP_FROM_NAMED_GROUP);
    }

    /** Whether {@link Capability#PICKUP_FROM_OWN_GROUP} is granted; the argument is not looked at. */
    @Override
    public boolean canPickupFromGroup(Address terminalAddress) {
        return has(PICKUP_FROM_OWN_GROUP);
    }
}
