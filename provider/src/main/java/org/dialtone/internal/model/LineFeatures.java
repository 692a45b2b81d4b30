package org.dialtone.internal.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.telephony.AddressListener;
import javax.telephony.AddressObserver;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;
import javax.telephony.TerminalListener;
import javax.telephony.TerminalObserver;
import javax.telephony.callcontrol.CallControlAddressEvent;
import javax.telephony.callcontrol.CallControlAddressObserver;
import javax.telephony.callcontrol.CallControlForwarding;
import javax.telephony.callcontrol.CallControlTerminalEvent;
import javax.telephony.callcontrol.CallControlTerminalObserver;
import javax.telephony.callcontrol.events.CallCtlAddrDoNotDisturbEv;
import javax.telephony.callcontrol.events.CallCtlAddrForwardEv;
import javax.telephony.callcontrol.events.CallCtlAddrMessageWaitingEv;
import javax.telephony.callcontrol.events.CallCtlTermDoNotDisturbEv;
import javax.telephony.events.AddrEv;
import javax.telephony.events.Ev;
import javax.telephony.events.TermEv;
import org.dialtone.internal.backend.ForwardingRule;
import org.dialtone.internal.event.AddressEventImpl;
import org.dialtone.internal.event.EvData;
import org.dialtone.internal.event.ObserverEvents;
import org.dialtone.internal.event.TerminalEventImpl;

/**
 * The switch features of a line that the application sets: an address's forwarding,
 * do-not-disturb and message waiting, and a terminal's do-not-disturb. Each setter runs on the
 * loop: it checks, records the new state on the address or terminal, tells the backend, and
 * queues the feature's event to the address's (or terminal's) observers and listeners. The event
 * is sent on every successful call, as the specification's post-conditions say, even when the
 * state was already the same.
 */
final class LineFeatures {
    private LineFeatures() {
    }

    // ---- forwarding ---------------------------------------------------------------------------

    /**
     * Checks {@code instructions} and returns them as this provider keeps them: copies of the
     * plain class, in the order given.
     *
     * @throws InvalidArgumentException if the array or an element is null, a type or filter is
     *     unknown, a destination or specific caller cannot be dialled, a destination is the address
     *     itself, or two instructions have the same type for the same callers
     */
    static CallControlForwarding[] checkForwarding(ProviderImpl provider, AddressImpl address,
            CallControlForwarding[] instructions) throws InvalidArgumentException {
        if (instructions == null) {
            throw Refusals.argument("setForwarding of " + address + " needs an array of instructions, got null;"
                    + " cancelForwarding() removes them all");
        }
        CallControlForwarding[] copy = new CallControlForwarding[instructions.length];
        Set<String> kinds = new HashSet<>();
        for (int i = 0; i < instructions.length; i++) {
            CallControlForwarding f = instructions[i];
            String which = "forwarding instruction " + i + " of " + address;
            if (f == null) {
                throw Refusals.argument(which + " is null");
            }
            copy[i] = normalized(provider, address, f, which);
            String kind = copy[i].getType() + "/" + copy[i].getFilter() + "/" + copy[i].getSpecificCaller();
            if (!kinds.add(kind)) {
                throw Refusals.argument(which + " repeats the type " + typeName(copy[i].getType())
                        + " for the same callers as an earlier instruction");
            }
        }
        return copy;
    }

    private static CallControlForwarding normalized(ProviderImpl provider, AddressImpl address,
            CallControlForwarding f, String which) throws InvalidArgumentException {
        String destination = f.getDestinationAddress();
        int type = f.getType();
        int filter = f.getFilter();
        String caller = f.getSpecificCaller();
        if (type != CallControlForwarding.FORWARD_UNCONDITIONALLY && type != CallControlForwarding.FORWARD_ON_BUSY
                && type != CallControlForwarding.FORWARD_ON_NOANSWER) {
            throw Refusals.argument(which + " has the unknown type " + type);
        }
        if (destination == null || !isDialable(provider, destination)) {
            throw Refusals.argument(which + " forwards to '" + destination + "', which provider "
                    + provider.getName() + " cannot dial");
        }
        if (destination.equals(address.getName())) {
            throw Refusals.argument(which + " forwards " + address + " to itself");
        }
        switch (filter) {
            case CallControlForwarding.ALL_CALLS:
                return new CallControlForwarding(destination, type);
            case CallControlForwarding.INTERNAL_CALLS:
            case CallControlForwarding.EXTERNAL_CALLS:
                return new CallControlForwarding(destination, type, filter == CallControlForwarding.INTERNAL_CALLS);
            case CallControlForwarding.SPECIFIC_ADDRESS:
                if (caller == null || !isDialable(provider, caller)) {
                    throw Refusals.argument(which + " is for the specific caller '" + caller
                            + "', which is not a number provider " + provider.getName() + " knows");
                }
                return new CallControlForwarding(destination, type, caller);
            default:
                throw Refusals.argument(which + " has the unknown filter " + filter);
        }
    }

    private static boolean isDialable(ProviderImpl provider, String number) {
        return provider.localAddress(number) != null || provider.backend().isDialable(number);
    }

    /** Loop only: the address's forwarding becomes {@code rules} (empty: none), with its event. */
    static void forward(ProviderImpl provider, AddressImpl address, CallControlForwarding[] rules)
            throws InvalidStateException {
        provider.requireInService();
        address.forwarding = rules.length == 0 ? null : rules;
        provider.backend().setForwarding(address.getName(), backendRules(rules));
        tellAddress(address, CallCtlAddrForwardEv.ID, CallControlAddressEvent.CALLCTL_ADDRESS_EVENT_FORWARD);
    }

    private static List<ForwardingRule> backendRules(CallControlForwarding[] rules) {
        List<ForwardingRule> out = new ArrayList<>(rules.length);
        for (CallControlForwarding f : rules) {
            ForwardingRule.Condition condition = switch (f.getType()) {
                case CallControlForwarding.FORWARD_ON_BUSY -> ForwardingRule.Condition.BUSY;
                case CallControlForwarding.FORWARD_ON_NOANSWER -> ForwardingRule.Condition.NO_ANSWER;
                default -> ForwardingRule.Condition.ALWAYS;
            };
            ForwardingRule.Callers callers = switch (f.getFilter()) {
                case CallControlForwarding.INTERNAL_CALLS -> ForwardingRule.Callers.INTERNAL;
                case CallControlForwarding.EXTERNAL_CALLS -> ForwardingRule.Callers.EXTERNAL;
                case CallControlForwarding.SPECIFIC_ADDRESS -> ForwardingRule.Callers.SPECIFIC;
                default -> ForwardingRule.Callers.ALL;
            };
            out.add(new ForwardingRule(condition, callers, f.getSpecificCaller(), f.getDestinationAddress()));
        }
        return out;
    }

    private static String typeName(int type) {
        return switch (type) {
            case CallControlForwarding.FORWARD_ON_BUSY -> "FORWARD_ON_BUSY";
            case CallControlForwarding.FORWARD_ON_NOANSWER -> "FORWARD_ON_NOANSWER";
            default -> "FORWARD_UNCONDITIONALLY";
        };
    }

    // ---- do not disturb and message waiting ---------------------------------------------------

    /** Loop only: switches the address's do-not-disturb, with its event. */
    static void doNotDisturb(ProviderImpl provider, AddressImpl address, boolean on) throws InvalidStateException {
        provider.requireInService();
        address.doNotDisturb = on;
        provider.backend().setAddressDoNotDisturb(address.getName(), on);
        tellAddress(address, CallCtlAddrDoNotDisturbEv.ID,
                CallControlAddressEvent.CALLCTL_ADDRESS_EVENT_DO_NOT_DISTURB);
    }

    /** Loop only: switches the address's message-waiting lamp, with its event. */
    static void messageWaiting(ProviderImpl provider, AddressImpl address, boolean on) throws InvalidStateException {
        provider.requireInService();
        address.messageWaiting = on;
        provider.backend().setMessageWaiting(address.getName(), on);
        tellAddress(address, CallCtlAddrMessageWaitingEv.ID,
                CallControlAddressEvent.CALLCTL_ADDRESS_EVENT_MESSAGE_WAITING);
    }

    /** Loop only: switches the terminal's do-not-disturb, with its event. */
    static void doNotDisturb(ProviderImpl provider, TerminalImpl terminal, boolean on) throws InvalidStateException {
        provider.requireInService();
        terminal.doNotDisturb = on;
        provider.backend().setTerminalDoNotDisturb(terminal.getName(), on);
        EvData data = EvData.builder(Ev.CAUSE_NORMAL, Ev.META_UNKNOWN, false).terminal(terminal).doNotDisturb(on)
                .build();
        for (TerminalObserver o : terminal.observers.targets()) {
            if (o instanceof CallControlTerminalObserver) {
                TermEv[] evs = {(TermEv) ObserverEvents.forId(CallCtlTermDoNotDisturbEv.ID, data, terminal)};
                terminal.observers.subscriberOf(o).deliver(() -> o.terminalChangedEvent(evs));
            }
        }
        TerminalEventImpl event = new TerminalEventImpl(CallControlTerminalEvent.CALLCTL_TERMINAL_EVENT_DO_NOT_DISTURB,
                Ev.CAUSE_NORMAL, Ev.CAUSE_NORMAL, null, terminal, on);
        for (TerminalListener l : terminal.listeners.targets()) {
            terminal.listeners.subscriberOf(l).deliver(() -> ListenerDispatch.toTerminalListener(l, event));
        }
    }

    /**
     * Queues an address feature event, carrying the address's present state of all three features,
     * to its call-control observers and its listeners (the dispatch picks the call-control ones).
     */
    private static void tellAddress(AddressImpl address, int observerId, int listenerId) {
        CallControlForwarding[] rules = address.forwarding;
        EvData data = EvData.builder(Ev.CAUSE_NORMAL, Ev.META_UNKNOWN, false).address(address)
                .doNotDisturb(address.doNotDisturb).forwarding(rules).messageWaiting(address.messageWaiting).build();
        for (AddressObserver o : address.observers.targets()) {
            if (o instanceof CallControlAddressObserver) {
                AddrEv[] evs = {(AddrEv) ObserverEvents.forId(observerId, data, address)};
                address.observers.subscriberOf(o).deliver(() -> o.addressChangedEvent(evs));
            }
        }
        AddressEventImpl event = new AddressEventImpl(listenerId, Ev.CAUSE_NORMAL, Ev.CAUSE_NORMAL, null, address,
                address.doNotDisturb, rules, address.messageWaiting);
        for (AddressListener l : address.listeners.targets()) {
            address.listeners.subscriberOf(l).deliver(() -> ListenerDispatch.toAddressListener(l, event));
        }
    }
}
