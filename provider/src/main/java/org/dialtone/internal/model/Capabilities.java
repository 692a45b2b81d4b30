package org.dialtone.internal.model;

import static org.dialtone.internal.capability.Capability.ACCEPT;
import static org.dialtone.internal.capability.Capability.ADD_PARTY;
import static org.dialtone.internal.capability.Capability.ADD_TO_ADDRESS;
import static org.dialtone.internal.capability.Capability.ANSWER;
import static org.dialtone.internal.capability.Capability.CANCEL_FORWARDING;
import static org.dialtone.internal.capability.Capability.CONFERENCE;
import static org.dialtone.internal.capability.Capability.CONNECT;
import static org.dialtone.internal.capability.Capability.CONSULT_TO_ADDRESS;
import static org.dialtone.internal.capability.Capability.CONSULT_WITHOUT_ADDRESS;
import static org.dialtone.internal.capability.Capability.DISCONNECT;
import static org.dialtone.internal.capability.Capability.DROP;
import static org.dialtone.internal.capability.Capability.GET_DO_NOT_DISTURB;
import static org.dialtone.internal.capability.Capability.GET_FORWARDING;
import static org.dialtone.internal.capability.Capability.GET_MESSAGE_WAITING;
import static org.dialtone.internal.capability.Capability.HOLD;
import static org.dialtone.internal.capability.Capability.JOIN;
import static org.dialtone.internal.capability.Capability.LEAVE;
import static org.dialtone.internal.capability.Capability.OBSERVE;
import static org.dialtone.internal.capability.Capability.OFF_HOOK;
import static org.dialtone.internal.capability.Capability.PARK;
import static org.dialtone.internal.capability.Capability.PICKUP_CONNECTION;
import static org.dialtone.internal.capability.Capability.PICKUP_FROM_ADDRESS;
import static org.dialtone.internal.capability.Capability.PICKUP_FROM_NAMED_GROUP;
import static org.dialtone.internal.capability.Capability.PICKUP_FROM_OWN_GROUP;
import static org.dialtone.internal.capability.Capability.PICKUP_TERMINAL_CONNECTION;
import static org.dialtone.internal.capability.Capability.REDIRECT;
import static org.dialtone.internal.capability.Capability.REJECT;
import static org.dialtone.internal.capability.Capability.SET_CONFERENCE_CONTROLLER;
import static org.dialtone.internal.capability.Capability.SET_CONFERENCE_ENABLE;
import static org.dialtone.internal.capability.Capability.SET_DO_NOT_DISTURB;
import static org.dialtone.internal.capability.Capability.SET_FORWARDING;
import static org.dialtone.internal.capability.Capability.SET_MESSAGE_WAITING;
import static org.dialtone.internal.capability.Capability.SET_TRANSFER_CONTROLLER;
import static org.dialtone.internal.capability.Capability.SET_TRANSFER_ENABLE;
import static org.dialtone.internal.capability.Capability.TRANSFER_TO_ADDRESS;
import static org.dialtone.internal.capability.Capability.TRANSFER_TO_CALL;
import static org.dialtone.internal.capability.Capability.UNHOLD;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import javax.telephony.Call;
import javax.telephony.Provider;
import org.dialtone.ext.Extension;
import org.dialtone.internal.backend.Backend;
import org.dialtone.internal.capability.AddressCapabilitiesImpl;
import org.dialtone.internal.capability.CallCapabilitiesImpl;
import org.dialtone.internal.capability.Capability;
import org.dialtone.internal.capability.ConnectionCapabilitiesImpl;
import org.dialtone.internal.capability.ProviderCapabilitiesImpl;
import org.dialtone.internal.capability.TerminalCapabilitiesImpl;
import org.dialtone.internal.capability.TerminalConnectionCapabilitiesImpl;

/**
 * What the provider can do (static capabilities) and what an object can do now, in its present
 * state (dynamic ones). An operation that the model does not implement ({@link #SUPPORTED}) or the
 * provider's backend does not carry ({@link #offeredBy}) throws MethodNotSupportedException
 * ({@link ProviderImpl#require}), so no capability ever claims it.
 */
final class Capabilities {
    /** Every operation this provider carries out; the rest answer MethodNotSupportedException. */
    static final Set<Capability> SUPPORTED = Capability.of(OBSERVE, CONNECT, DISCONNECT, ANSWER, DROP, OFF_HOOK,
            ACCEPT, REJECT, ADD_TO_ADDRESS, JOIN, LEAVE, PARK, PICKUP_CONNECTION, PICKUP_TERMINAL_CONNECTION,
            PICKUP_FROM_ADDRESS, PICKUP_FROM_NAMED_GROUP, PICKUP_FROM_OWN_GROUP,
            REDIRECT, SET_FORWARDING, GET_FORWARDING, CANCEL_FORWARDING, SET_DO_NOT_DISTURB, GET_DO_NOT_DISTURB,
            SET_MESSAGE_WAITING, GET_MESSAGE_WAITING,
            HOLD, UNHOLD, CONSULT_TO_ADDRESS, CONSULT_WITHOUT_ADDRESS, TRANSFER_TO_CALL, TRANSFER_TO_ADDRESS,
            CONFERENCE, ADD_PARTY, SET_TRANSFER_CONTROLLER, SET_CONFERENCE_CONTROLLER, SET_TRANSFER_ENABLE,
            SET_CONFERENCE_ENABLE);

    /** The extensions this provider carries out; the rest answer MethodNotSupportedException. */
    static final Set<Extension> EXTENSIONS = Collections.unmodifiableSet(EnumSet.of(Extension.INDIRECT_PARK,
            Extension.SECURE_CALL, Extension.HANDOFF, Extension.ADDRESS_TRANSLATION, Extension.DIGITS,
            Extension.CALL_COMPLETION,
            Extension.SWAP_HOLD, Extension.CONFERENCE_SETUP));

    /**
     * The part of {@link #SUPPORTED} that {@code provider}'s backend carries out (a sim switch with
     * no park orbit cannot park; SIP carries fewer operations than sim). Computed once per provider.
     */
    static Set<Capability> offeredBy(Backend backend) {
        EnumSet<Capability> offered = EnumSet.noneOf(Capability.class);
        offered.addAll(SUPPORTED);
        offered.retainAll(backend.operations());
        return Collections.unmodifiableSet(offered);
    }

    /** The part of {@link #EXTENSIONS} that {@code backend} carries out, as {@link #offeredBy}. */
    static Set<Extension> extensionsOf(Backend backend) {
        EnumSet<Extension> offered = EnumSet.noneOf(Extension.class);
        offered.addAll(EXTENSIONS);
        offered.retainAll(backend.extensions());
        return Collections.unmodifiableSet(offered);
    }

    private Capabilities() {
    }

    static ProviderCapabilitiesImpl provider(ProviderImpl provider) {
        return new ProviderCapabilitiesImpl(provider.offered());
    }

    static CallCapabilitiesImpl staticCall(ProviderImpl provider) {
        return new CallCapabilitiesImpl(provider.offered());
    }

    static ConnectionCapabilitiesImpl staticConnection(ProviderImpl provider) {
        return new ConnectionCapabilitiesImpl(provider.offered());
    }

    static TerminalConnectionCapabilitiesImpl staticTerminalConnection(ProviderImpl provider) {
        return new TerminalConnectionCapabilitiesImpl(provider.offered());
    }

    static AddressCapabilitiesImpl staticAddress(ProviderImpl provider) {
        return new AddressCapabilitiesImpl(provider.offered());
    }

    static TerminalCapabilitiesImpl staticTerminal(ProviderImpl provider) {
        return new TerminalCapabilitiesImpl(provider.offered());
    }

    static CallCapabilitiesImpl call(CallImpl call) {
        Set<Capability> now = EnumSet.of(OBSERVE);
        boolean inService = call.provider().getState() == Provider.IN_SERVICE;
        if (inService && call.getState() == Call.IDLE) {
            now.add(CONNECT);
            now.add(OFF_HOOK);
            now.addAll(EnumSet.of(CONSULT_TO_ADDRESS, CONSULT_WITHOUT_ADDRESS, SET_TRANSFER_ENABLE,
                    SET_CONFERENCE_ENABLE));
        }
        if (inService && call.getState() == Call.ACTIVE) {
            now.add(DROP);
            now.addAll(EnumSet.of(SET_TRANSFER_CONTROLLER, SET_CONFERENCE_CONTROLLER));
            addIf(now, TRANSFER_TO_CALL, Transfer.mayTransferToCall(call));
            addIf(now, TRANSFER_TO_ADDRESS, Transfer.mayTransferToAddress(call));
            addIf(now, CONFERENCE, Conference.mayConference(call));
            addIf(now, ADD_PARTY, Conference.mayAddParty(call));
        }
        now.retainAll(call.provider().offered());
        return new CallCapabilitiesImpl(now);
    }

    static ConnectionCapabilitiesImpl connection(ConnectionImpl c) {
        Set<Capability> now = EnumSet.noneOf(Capability.class);
        if (c.call().provider().getState() == Provider.IN_SERVICE) {
            ConnectionState s = c.state();
            if (s != ConnectionState.IDLE && s != ConnectionState.DISCONNECTED) {
                now.add(DISCONNECT);
            }
            if (s == ConnectionState.OFFERED) {
                now.add(ACCEPT);
                now.add(REJECT);
            }
            if (c.isLocal() && (s == ConnectionState.ALERTING || s == ConnectionState.OFFERED)) {
                now.add(REDIRECT);
            }
            if (s == ConnectionState.INITIATED || s == ConnectionState.DIALING) {
                now.add(ADD_TO_ADDRESS);
            }
            if (Park.refusal(c) == null) {
                now.add(PARK);
            }
        }
        now.retainAll(c.call().provider().offered());
        return new ConnectionCapabilitiesImpl(now);
    }

    static TerminalConnectionCapabilitiesImpl terminalConnection(TerminalConnectionImpl tc) {
        Set<Capability> now = EnumSet.noneOf(Capability.class);
        if (tc.connection().call().provider().getState() == Provider.IN_SERVICE) {
            TerminalConnectionState s = tc.state();
            if (s == TerminalConnectionState.RINGING) {
                now.add(ANSWER);
            }
            if (s == TerminalConnectionState.BRIDGED
                    && tc.connection().state() == ConnectionState.ESTABLISHED && !tc.connection().call().isSecure()) {
                now.add(JOIN);
            }
            if (s != TerminalConnectionState.IDLE && s != TerminalConnectionState.DROPPED) {
                now.add(LEAVE);
            }
            addIf(now, HOLD, s == TerminalConnectionState.TALKING);
            addIf(now, UNHOLD, s == TerminalConnectionState.HELD);
        }
        now.retainAll(tc.connection().call().provider().offered());
        return new TerminalConnectionCapabilitiesImpl(now);
    }

    private static void addIf(Set<Capability> set, Capability capability, boolean condition) {
        if (condition) {
            set.add(capability);
        }
    }

    private static final AddressCapabilitiesImpl REMOTE_ADDRESS = new AddressCapabilitiesImpl(Set.of());

    /** A local address's features can be read always, and changed while the provider is in service. */
    static AddressCapabilitiesImpl address(AddressImpl address) {
        if (!address.isLocal()) {
            return REMOTE_ADDRESS;
        }
        Set<Capability> now = EnumSet.of(OBSERVE, GET_FORWARDING, GET_DO_NOT_DISTURB, GET_MESSAGE_WAITING);
        if (address.getProvider().getState() == Provider.IN_SERVICE) {
            now.addAll(Set.of(SET_FORWARDING, CANCEL_FORWARDING, SET_DO_NOT_DISTURB, SET_MESSAGE_WAITING));
        }
        now.retainAll(((ProviderImpl) address.getProvider()).offered());
        return new AddressCapabilitiesImpl(now);
    }

    /**
     * A terminal's do-not-disturb can be read always; while the provider is in service it can be
     * switched, and calls picked up as far as the switch offers pickup.
     */
    static TerminalCapabilitiesImpl terminal(TerminalImpl terminal) {
        ProviderImpl provider = (ProviderImpl) terminal.getProvider();
        Set<Capability> now = EnumSet.of(OBSERVE, GET_DO_NOT_DISTURB);
        if (provider.getState() == Provider.IN_SERVICE) {
            now.add(SET_DO_NOT_DISTURB);
            now.addAll(EnumSet.of(PICKUP_CONNECTION, PICKUP_TERMINAL_CONNECTION, PICKUP_FROM_ADDRESS,
                    PICKUP_FROM_NAMED_GROUP));
            addIf(now, PICKUP_FROM_OWN_GROUP, Pickup.hasOwnGroup(terminal));
        }
        now.retainAll(provider.offered());
        return new TerminalCapabilitiesImpl(now);
    }
}
