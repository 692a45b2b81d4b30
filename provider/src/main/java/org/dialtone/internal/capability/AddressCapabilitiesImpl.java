package org.dialtone.internal.capability;

import static org.dialtone.internal.capability.Capability.CANCEL_FORWARDING;
import static org.dialtone.internal.capability.Capability.GET_DO_NOT_DISTURB;
import static org.dialtone.internal.capability.Capability.GET_FORWARDING;
import static org.dialtone.internal.capability.Capability.GET_MESSAGE_WAITING;
import static org.dialtone.internal.capability.Capability.OBSERVE;
import static org.dialtone.internal.capability.Capability.SET_DO_NOT_DISTURB;
import static org.dialtone.internal.capability.Capability.SET_FORWARDING;
import static org.dialtone.internal.capability.Capability.SET_MESSAGE_WAITING;

import java.util.Set;
import javax.telephony.callcontrol.capabilities.CallControlAddressCapabilities;

/** What can be done with an address, core and call control. */
public final class AddressCapabilitiesImpl extends GrantedCapabilities
        implements CallControlAddressCapabilities {
    private static final Set<Capability> ASKED = Capability.of(OBSERVE, SET_FORWARDING, GET_FORWARDING,
            CANCEL_FORWARDING, SET_DO_NOT_DISTURB, GET_DO_NOT_DISTURB, SET_MESSAGE_WAITING,
            GET_MESSAGE_WAITING);

    /** Grants the given capabilities; those an address is never asked about are ignored. */
    public AddressCapabilitiesImpl(Set<Capability> granted) {
        super(granted, ASKED);
    }

    /** Whether {@link Capability#OBSERVE} is granted. */
    @Override
    public boolean isObservable() {
        return has(OBSERVE);
    }

    /** Whether {@link Capability#SET_FORWARDING} is granted. */
    @Override
    public boolean canSetForwarding() {
        return has(SET_FORWARDING);
    }

    /** Whether {@link Capability#GET_FORWARDING} is granted. */
    @Override
    public boolean canGetForwarding() {
        return has(GET_FORWARDING);
    }

    /** Whether {@link Capability#CANCEL_FORWARDING} is granted. */
    @Override
    public boolean canCancelForwarding() {
        return has(CANCEL_FORWARDING);
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

    /** Whether {@link Capability#SET_MESSAGE_WAITING} is granted. */
    @Override
    public boolean canSetMessageWaiting() {
        return has(SET_MESSAGE_WAITING);
    }

    /** Whether {@link Capability#GET_MESSAGE_WAITING} is granted. */
    @Override
    public boolean canGetMessageWaiting() {
        return has(GET_MESSAGE_WAITING);
    }
}
