package org.dialtone.internal.event;

import java.util.Arrays;
import java.util.Objects;
import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.Provider;
import javax.telephony.Terminal;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlForwarding;

/**
 * What one observer event says, apart from who observes it: causes, meta code, the JTAPI objects
 * involved and the event-specific values. Immutable, so one instance is shared by the copies of
 * an event that go to different observers.
 *
 * <p>Built with {@link #builder}; fields an event does not use stay at their defaults. The event
 * classes check, when created, that the fields their interface needs are present.
 */
public final class EvData {
    private static final CallControlForwarding[] NO_FORWARDING = new CallControlForwarding[0];

    private final int cause;
    private final int callControlCause;
    private final int metaCode;
    private final boolean newMetaEvent;
    private final Provider provider;
    private final Call call;
    private final Connection connection;
    private final TerminalConnection terminalConnection;
    private final Address address;
    private final Terminal terminal;
    private final CallInfo parties;
    private final String digits;
    private final int numberInQueue;
    private final boolean doNotDisturb;
    private final boolean messageWaiting;
    private final CallControlForwarding[] forwarding;
    private final Object endedObject;
    private final Object privateData;

    private EvData(Builder b) {
        cause = b.cause;
        callControlCause = b.callControlCause;
        metaCode = b.metaCode;
        newMetaEvent = b.newMetaEvent;
        provider = b.provider;
        call = b.call;
        connection = b.connection;
        terminalConnection = b.terminalConnection;
        address = b.address;
        terminal = b.terminal;
        parties = b.parties;
        digits = b.digits;
        numberInQueue = b.numberInQueue;
        doNotDisturb = b.doNotDisturb;
        messageWaiting = b.messageWaiting;
        forwarding = b.forwarding;
        endedObject = b.endedObject;
        privateData = b.privateData;
    }

    /**
     * Starts the data of an event with what every observer event carries.
     *
     * @param cause the core cause, one of {@code Ev.CAUSE_*}
     * @param metaCode the meta code, one of {@code Ev.META_*}
     * @param newMetaEvent whether this event starts a new meta event group
     * @return a builder; the call-control cause defaults to {@code cause}
     * @throws IllegalArgumentException if the cause or meta code is not a JTAPI constant
     */
    public static Builder builder(int cause, int metaCode, boolean newMetaEvent) {
        return new Builder(cause, metaCode, newMetaEvent);
    }

    /** Returns the core cause ({@code Ev.CAUSE_*}). */
    public int cause() {
        return cause;
    }

    /** Returns the call-control cause, or the core cause when no call-control cause applies. */
    public int callControlCause() {
        return callControlCause;
    }

    /** Returns the meta code ({@code Ev.META_*}). */
    public int metaCode() {
        return metaCode;
    }

    /** Tells whether the event starts a new meta event group. */
    public boolean isNewMetaEvent() {
        return newMetaEvent;
    }

    /** Returns the provider, or null. */
    public Provider provider() {
        return provider;
    }

    /** Returns the call, or null. */
    public Call call() {
        return call;
    }

    /** Returns the connection, or null. */
    public Connection connection() {
        return connection;
    }

    /** Returns the terminal connection, or null. */
    public TerminalConnection terminalConnection() {
        return terminalConnection;
    }

    /** Returns the address, or null. */
    public Address address() {
        return address;
    }

    /** Returns the terminal, or null. */
    public Terminal terminal() {
        return terminal;
    }

    /** Returns the call's parties; {@link CallInfo#NONE} when none were given. */
    public CallInfo parties() {
        return parties;
    }

    /** Returns the digits dialed (dialing events), or null. */
    public String digits() {
        return digits;
    }

    /** Returns the number of calls queued (queued events), 0 by default. */
    public int numberInQueue() {
        return numberInQueue;
    }

    /** Returns the do-not-disturb state (do-not-disturb events). */
    public boolean doNotDisturb() {
        return doNotDisturb;
    }

    /** Returns the message-waiting state (message-waiting events). */
    public boolean messageWaiting() {
        return messageWaiting;
    }

    /** Returns a copy of the forwarding rules (forwarding events); empty when none were given. */
    public CallControlForwarding[] forwarding() {
        return forwarding.clone();
    }

    /** Returns the object whose observation ended (observation-ended events), or null. */
    public Object endedObject() {
        return endedObject;
    }

    /** Returns the provider's private data (private data events), or null. */
    public Object privateData() {
        return privateData;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof EvData)) {
            return false;
        }
        EvData that = (EvData) other;
        return cause == that.cause && callControlCause == that.callControlCause
                && metaCode == that.metaCode && newMetaEvent == that.newMetaEvent
                && numberInQueue == that.numberInQueue && doNotDisturb == that.doNotDisturb
                && messageWaiting == that.messageWaiting
                && Objects.equals(provider, that.provider) && Objects.equals(call, that.call)
                && Objects.equals(connection, that.connection)
                && Objects.equals(terminalConnection, that.terminalConnection)
                && Objects.equals(address, that.address)
                && Objects.equals(terminal, that.terminal)
                && parties.equals(that.parties) && Objects.equals(digits, that.digits)
                && Arrays.equals(forwarding, that.forwarding)
                && Objects.equals(endedObject, that.endedObject)
                && Objects.equals(privateData, that.privateData);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cause, callControlCause, metaCode, newMetaEvent, provider, call,
                connection, terminalConnection, address, terminal, parties, digits,
                numberInQueue, doNotDisturb, messageWaiting, Arrays.hashCode(forwarding),
                endedObject, privateData);
    }

    /** Names the causes and meta code and lists the objects that are set. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("EvData[cause=").append(EventNames.cause(cause));
        if (callControlCause != cause) {
            text.append(" ccCause=").append(EventNames.cause(callControlCause));
        }
        text.append(" meta=").append(EventNames.metaCode(metaCode));
        if (newMetaEvent) {
            text.append(" new");
        }
        appendIfSet(text, "provider", provider);
        appendIfSet(text, "call", call);
        appendIfSet(text, "conn", connection);
        appendIfSet(text, "termConn", terminalConnection);
        appendIfSet(text, "address", address);
        appendIfSet(text, "terminal", terminal);
        parties.appendTo(text);
        appendIfSet(text, "digits", digits);
        appendIfSet(text, "ended", endedObject);
        appendIfSet(text, "privateData", privateData);
        return text.append(']').toString();
    }

    private static void appendIfSet(StringBuilder text, String name, Object value) {
        if (value != null) {
            text.append(' ').append(name).append('=').append(value);
        }
    }

    /** Collects the fields of an {@link EvData}; not thread-safe, use it where it is created. */
    public static final class Builder {
        private final int cause;
        private final int metaCode;
        private final boolean newMetaEvent;
        private int callControlCause;
        private Provider provider;
        private Call call;
        private Connection connection;
        private TerminalConnection terminalConnection;
        private Address address;
        private Terminal terminal;
        private CallInfo parties = CallInfo.NONE;
        private String digits;
        private int numberInQueue;
        private boolean doNotDisturb;
        private boolean messageWaiting;
        private CallControlForwarding[] forwarding = NO_FORWARDING;
        private Object endedObject;
        private Object privateData;

        private Builder(int cause, int metaCode, boolean newMetaEvent) {
            EventNames.requireCoreCause(cause, "EvData");
            if (!EventNames.isMetaCode(metaCode)) {
                throw new IllegalArgumentException("EvData: meta code " + metaCode
                        + " is not one of the Ev.META_* values");
            }
            this.cause = cause;
            this.callControlCause = cause;
            this.metaCode = metaCode;
            this.newMetaEvent = newMetaEvent;
        }

        /**
         * Sets the call-control cause of call-control events (default: the core cause).
         *
         * @throws IllegalArgumentException if it is neither a call-control nor a core cause
         */
        public Builder callControlCause(int value) {
            EventNames.requireCallControlCause(value, "EvData");
            callControlCause = value;
            return this;
        }

        /** Sets the provider of provider events. */
        public Builder provider(Provider value) {
            provider = value;
            return this;
        }

        /** Sets the call of call, connection and terminal connection events. */
        public Builder call(Call value) {
            call = value;
            return this;
        }

        /** Sets the connection of connection events. */
        public Builder connection(Connection value) {
            connection = value;
            return this;
        }

        /** Sets the terminal connection of terminal connection events. */
        public Builder terminalConnection(TerminalConnection value) {
            terminalConnection = value;
            return this;
        }

        /** Sets the address of address events. */
        public Builder address(Address value) {
            address = value;
            return this;
        }

        /** Sets the terminal of terminal events. */
        public Builder terminal(Terminal value) {
            terminal = value;
            return this;
        }

        /** Sets the call's parties for call-control events; null means {@link CallInfo#NONE}. */
        public Builder parties(CallInfo value) {
            parties = value == null ? CallInfo.NONE : value;
            return this;
        }

        /** Sets the digits of a dialing event (may be null). */
        public Builder digits(String value) {
            digits = value;
            return this;
        }

        /** Sets the number of calls in the queue of a queued event. */
        public Builder numberInQueue(int value) {
            numberInQueue = value;
            return this;
        }

        /** Sets the do-not-disturb state of a do-not-disturb event. */
        public Builder doNotDisturb(boolean value) {
            doNotDisturb = value;
            return this;
        }

        /** Sets the message-waiting state of a message-waiting event. */
        public Builder messageWaiting(boolean value) {
            messageWaiting = value;
            return this;
        }

        /**
         * Sets the forwarding rules of a forwarding event; the array is copied, null means none.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder forwarding(CallControlForwarding[] value) {
            forwarding = copyOfForwarding(value, "EvData");
            return this;
        }

        /** Sets the object whose observation ended (call observation ended events). */
        public Builder endedObject(Object value) {
            endedObject = value;
            return this;
        }

        /** Sets the provider's private data of a private data event. */
        public Builder privateData(Object value) {
            privateData = value;
            return this;
        }

        /** Returns the immutable data; the builder may go on to build more. */
        public EvData build() {
            return new EvData(this);
        }
    }

    /** Copies forwarding rules, turning null into none and refusing null elements. */
    static CallControlForwarding[] copyOfForwarding(CallControlForwarding[] rules, String owner) {
        if (rules == null || rules.length == 0) {
            return NO_FORWARDING;
        }
        CallControlForwarding[] copy = rules.clone();
        for (int i = 0; i < copy.length; i++) {
            Objects.requireNonNull(copy[i], owner + ": forwarding rule " + i + " is null");
        }
        return copy;
    }
}
