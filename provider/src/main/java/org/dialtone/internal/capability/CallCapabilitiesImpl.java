package org.dialtone.internal.capability;

import static org.dialtone.internal.capability.Capability.ADD_PARTY;
import static org.dialtone.internal.capability.Capability.CONFERENCE;
import static org.dialtone.internal.capability.Capability.CONNECT;
import static org.dialtone.internal.capability.Capability.CONSULT_TO_ADDRESS;
import static org.dialtone.internal.capability.Capability.CONSULT_WITHOUT_ADDRESS;
import static org.dialtone.internal.capability.Capability.DROP;
import static org.dialtone.internal.capability.Capability.OBSERVE;
import static org.dialtone.internal.capability.Capability.OFF_HOOK;
import static org.dialtone.internal.capability.Capability.SET_CONFERENCE_CONTROLLER;
import static org.dialtone.internal.capability.Capability.SET_CONFERENCE_ENABLE;
import static org.dialtone.internal.capability.Capability.SET_TRANSFER_CONTROLLER;
import static org.dialtone.internal.capability.Capability.SET_TRANSFER_ENABLE;
import static org.dialtone.internal.capability.Capability.TRANSFER_TO_ADDRESS;
import static org.dialtone.internal.capability.Capability.TRANSFER_TO_CALL;

import java.util.Set;
import javax.telephony.Call;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.capabilities.CallControlCallCapabilities;

/**
 * What can be done with a call, core and call control. The untyped {@code canConsult()} and
 * {@code canTransfer()} (deprecated since JTAPI 1.2) answer as the overload the specification
 * names for them.
 */
public final class CallCapabilitiesImpl extends GrantedCapabilities implements CallControlCallCapabilities {
    private static final Set<Capability> ASKED = Capability.of(OBSERVE, CONNECT, DROP, OFF_HOOK,
            SET_CONFERENCE_CONTROLLER, SET_TRANSFER_CONTROLLER, SET_CONFERENCE_ENABLE, SET_TRANSFER_ENABLE,
            CONFERENCE, ADD_PARTY, CONSULT_TO_ADDRESS, CONSULT_WITHOUT_ADDRESS, TRANSFER_TO_CALL,
            TRANSFER_TO_ADDRESS);

    /** Grants the given capabilities; those a call is never asked about are ignored. */
    public CallCapabilitiesImpl(Set<Capability> granted) {
        super(granted, ASKED);
    }

    /** Whether {@link Capability#OBSERVE} is granted. */
    @Override
    public boolean isObservable() {
        return has(OBSERVE);
    }

    /** Whether {@link Capability#CONNECT} is granted. */
    @Override
    public boolean canConnect() {
        return has(CONNECT);
    }

    /** Whether {@link Capability#DROP} is granted. */
    @Override
    public boolean canDrop() {
        return has(DROP);
    }

    /** Whether {@link Capability#OFF_HOOK} is granted. */
    @Override
    public boolean canOffHook() {
        return has(OFF_HOOK);
    }

    /** Whether {@link Capability#SET_CONFERENCE_CONTROLLER} is granted. */
    @Override
    public boolean canSetConferenceController() {
        return has(SET_CONFERENCE_CONTROLLER);
    }

    /** Whether {@link Capability#SET_TRANSFER_CONTROLLER} is granted. */
    @Override
    public boolean canSetTransferController() {
        return has(SET_TRANSFER_CONTROLLER);
    }

    /** Whether {@link Capability#SET_CONFERENCE_ENABLE} is granted. */
    @Override
    public boolean canSetConferenceEnable() {
        return has(SET_CONFERENCE_ENABLE);
    }

    /** Whether {@link Capability#SET_TRANSFER_ENABLE} is granted. */
    @Override
    public boolean canSetTransferEnable() {
        return has(SET_TRANSFER_ENABLE);
    }

    /** Whether {@link Capability#CONFERENCE} is granted. */
    @Override
    public boolean canConference() {
        return has(CONFERENCE);
    }

    /** Whether {@link Capability#ADD_PARTY} is granted. */
    @Override
    public boolean canAddParty() {
        return has(ADD_PARTY);
    }

    /** Whether {@link Capability#CONSULT_TO_ADDRESS} is granted (the untyped 1.1 form). */
    @Override
    public boolean canConsult() {
        return has(CONSULT_TO_ADDRESS);
    }

    /** Whether {@link Capability#CONSULT_TO_ADDRESS} is granted; the arguments are not looked at. */
    @Override
    public boolean canConsult(TerminalConnection terminalConnection, String destination) {
        return has(CONSULT_TO_ADDRESS);
    }

    /** Whether {@link Capability#CONSULT_WITHOUT_ADDRESS} is granted; the argument is not looked at. */
    @Override
    public boolean canConsult(TerminalConnection terminalConnection) {
        return has(CONSULT_WITHOUT_ADDRESS);
    }

    /** Whether {@link Capability#TRANSFER_TO_CALL} is granted (the untyped 1.1 form). */
    @Override
    public boolean canTransfer() {
        return has(TRANSFER_TO_CALL);
    }

    /** Whether {@link Capability#TRANSFER_TO_CALL} is granted; the argument is not looked at. */
    @Override
    public boolean canTransfer(Call otherCall) {
        return has(TRANSFER_TO_CALL);
    }

    /** Whether {@link Capability#TRANSFER_TO_ADDRESS} is granted; the argument is not looked at. */
    @Override
    public boolean canTransfer(String destination) {
        return has(TRANSFER_TO_ADDRESS);
    }
}
