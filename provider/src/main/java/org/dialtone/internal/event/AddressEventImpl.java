package org.dialtone.internal.event;

import java.util.Arrays;
import java.util.Set;
import javax.telephony.Address;
import javax.telephony.AddressEvent;
import javax.telephony.MetaEvent;
import javax.telephony.callcontrol.CallControlAddressEvent;
import javax.telephony.callcontrol.CallControlForwarding;

/**
 * An address event, for address listeners: the end of event transmission, or a change of the
 * address's do-not-disturb, forwarding or message-waiting feature. The id tells which changed;
 * the event carries the address's current state of all three, so every getter answers.
 *
 * <p>{@link #getSource()} is the address, the object the event reports on.
 */
public final class AddressEventImpl extends ListenerEvent implements CallControlAddressEvent {
    private static final Set<Integer> IDS =
            EventNames.idsDeclaredBy(AddressEvent.class, CallControlAddressEvent.class);

    private final int callControlCause;
    private final Address address;
    private final boolean doNotDisturb;
    private final CallControlForwarding[] forwarding;
    private final boolean messageWaiting;

    /**
     * Creates an address event.
     *
     * @param id {@code AddressEvent.ADDRESS_EVENT_TRANSMISSION_ENDED} or a
     *     {@code CallControlAddressEvent.CALLCTL_ADDRESS_EVENT_*} id
     * @param cause the core cause ({@code Event.CAUSE_*})
     * @param callControlCause a {@code CallControlEvent.CAUSE_*}, or the core cause when none
     *     applies
     * @param metaEvent the meta event bracketing this one, or null
     * @param address the address the event is about; not null
     * @param doNotDisturb the address's do-not-disturb state
     * @param forwarding the forwarding rules in force (copied); null means none
     * @param messageWaiting the address's message-waiting state
     * @throws IllegalArgumentException if the id or a cause is not a valid value
     * @throws NullPointerException if the address or a forwarding rule is null
     */
    public AddressEventImpl(int id, int cause, int callControlCause, MetaEvent metaEvent,
            Address address, boolean doNotDisturb, CallControlForwarding[] forwarding,
            boolean messageWaiting) {
        super(id, IDS, cause, metaEvent);
        this.callControlCause = checkCallControlCause(callControlCause);
        this.address = require(address, "address");
        this.doNotDisturb = doNotDisturb;
        this.forwarding = EvData.copyOfForwarding(forwarding, family());
        this.messageWaiting = messageWaiting;
    }

    @Override
    public Address getAddress() {
        return address;
    }

    /** Returns the call-control cause, or the core cause when no call-control cause applies. */
    @Override
    public int getCallControlCause() {
        return callControlCause;
    }

    @Override
    public boolean getDoNotDisturbState() {
        return doNotDisturb;
    }

    /** Returns a fresh copy of the forwarding rules in force; empty when there are none. */
    @Override
    public CallControlForwarding[] getForwarding() {
        return forwarding.clone();
    }

    @Override
    public boolean getMessageWaitingState() {
        return messageWaiting;
    }

    /** Returns the address, which this event reports on. */
    @Override
    public Object getSource() {
        return address;
    }

    /** Shows the feature state the id is about, e.g. {@code doNotDisturb=true}. */
    @Override
    void appendDetails(StringBuilder text) {
        text.append(" address=").append(address);
        appendCallControlCause(text, callControlCause);
        switch (getID()) {
            case CALLCTL_ADDRESS_EVENT_DO_NOT_DISTURB ->
                    text.append(" doNotDisturb=").append(doNotDisturb);
            case CALLCTL_ADDRESS_EVENT_FORWARD ->
                    text.append(" forwarding=").append(Arrays.toString(forwarding));
            case CALLCTL_ADDRESS_EVENT_MESSAGE_WAITING ->
                    text.append(" messageWaiting=").append(messageWaiting);
            default -> {
                // the end of transmission has no feature state to show
            }
        }
    }
}
