package org.dialtone.internal.capability;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One question asked by the core and call-control capability interfaces, named after the operation
 * it asks about.
 *
 * <p>Where an operation has overloads, JTAPI 1.2 added one typed {@code canX(...)} form per overload
 * and deprecated the untyped {@code canX()}, whose answer is defined as that of one designated
 * overload; so the untyped form shares its designated overload's constant (noted below).
 */
public enum Capability {
    /** {@code isObservable()} of provider, call, address and terminal capabilities. */
    OBSERVE,
    /** {@code Call.connect}: {@code CallCapabilities.canConnect()}. */
    CONNECT,
    /** {@code Connection.disconnect}: {@code ConnectionCapabilities.canDisconnect()}. */
    DISCONNECT,
    /** {@code TerminalConnection.answer}: {@code TerminalConnectionCapabilities.canAnswer()}. */
    ANSWER,

    /** {@code CallControlCall.drop}: {@code canDrop()}. */
    DROP,
    /** {@code CallControlCall.offHook}: {@code canOffHook()}. */
    OFF_HOOK,
    /** {@code CallControlCall.setConferenceController}: {@code canSetConferenceController()}. */
    SET_CONFERENCE_CONTROLLER,
    /** {@code CallControlCall.setTransferController}: {@code canSetTransferController()}. */
    SET_TRANSFER_CONTROLLER,
    /** {@code CallControlCall.setConferenceEnable}: {@code canSetConferenceEnable()}. */
    SET_CONFERENCE_ENABLE,
    /** {@code CallControlCall.setTransferEnable}: {@code canSetTransferEnable()}. */
    SET_TRANSFER_ENABLE,
    /** {@code CallControlCall.conference(Call)}: {@code canConference()}. */
    CONFERENCE,
    /** {@code CallControlCall.addParty(String)}: {@code canAddParty()}. */
    ADD_PARTY,
    /**
     * {@code consult(TerminalConnection, String)}:
     * {@code canConsult(TerminalConnection, String)} and {@code canConsult()}.
     */
    CONSULT_TO_ADDRESS,
    /** {@code consult(TerminalConnection)}, dialled later: {@code canConsult(TerminalConnection)}. */
    CONSULT_WITHOUT_ADDRESS,
    /**
     * {@code transfer(Call)}, to a consultation call:
     * {@code canTransfer(Call)} and {@code canTransfer()}.
     */
    TRANSFER_TO_CALL,
    /** {@code transfer(String)}, blind: {@code canTransfer(String)}. */
    TRANSFER_TO_ADDRESS,

    /** {@code CallControlConnection.accept}: {@code canAccept()}. */
    ACCEPT,
    /** {@code CallControlConnection.reject}: {@code canReject()}. */
    REJECT,
    /** {@code CallControlConnection.redirect}: {@code canRedirect()}. */
    REDIRECT,
    /** {@code CallControlConnection.addToAddress}, overlap dialling: {@code canAddToAddress()}. */
    ADD_TO_ADDRESS,
    /** {@code CallControlConnection.park}: {@code canPark()}. */
    PARK,

    /** {@code CallControlTerminalConnection.hold}: {@code canHold()}. */
    HOLD,
    /** {@code CallControlTerminalConnection.unhold}: {@code canUnhold()}. */
    UNHOLD,
    /** {@code CallControlTerminalConnection.join}: {@code canJoin()}. */
    JOIN,
    /** {@code CallControlTerminalConnection.leave}: {@code canLeave()}. */
    LEAVE,

    /** {@code CallControlAddress.setForwarding}: {@code canSetForwarding()}. */
    SET_FORWARDING,
    /** {@code CallControlAddress.getForwarding}: {@code canGetForwarding()}. */
    GET_FORWARDING,
    /** {@code CallControlAddress.cancelForwarding}: {@code canCancelForwarding()}. */
    CANCEL_FORWARDING,
    /** {@code setDoNotDisturb} of an address or terminal: {@code canSetDoNotDisturb()} of both. */
    SET_DO_NOT_DISTURB,
    /** {@code getDoNotDisturb} of an address or terminal: {@code canGetDoNotDisturb()} of both. */
    GET_DO_NOT_DISTURB,
    /** {@code CallControlAddress.setMessageWaiting}: {@code canSetMessageWaiting()}. */
    SET_MESSAGE_WAITING,
    /** {@code CallControlAddress.getMessageWaiting}: {@code canGetMessageWaiting()}. */
    GET_MESSAGE_WAITING,

    /**
     * {@code pickup(Connection, Address)}:
     * {@code canPickup(Connection, Address)} and {@code canPickup()}.
     */
    PICKUP_CONNECTION,
    /** {@code pickup(TerminalConnection, Address)}: {@code canPickup(TerminalConnection, Address)}. */
    PICKUP_TERMINAL_CONNECTION,
    /**
     * {@code pickup(Address, Address)}, whatever alerts at an address:
     * {@code canPickup(Address, Address)}.
     */
    PICKUP_FROM_ADDRESS,
    /**
     * {@code pickupFromGroup(String, Address)}, a named group:
     * {@code canPickupFromGroup(String, Address)} and {@code canPickupFromGroup()}.
     */
    PICKUP_FROM_NAMED_GROUP,
    /** {@code pickupFromGroup(Address)}, the address's own group: {@code canPickupFromGroup(Address)}. */
    PICKUP_FROM_OWN_GROUP;

    /** Returns an unmodifiable set of the given constants. */
    public static Set<Capability> of(Capability... capabilities) {
        Objects.requireNonNull(capabilities, "capabilities");
        EnumSet<Capability> set = EnumSet.noneOf(Capability.class);
        for (Capability capability : capabilities) {
            set.add(Objects.requireNonNull(capability, "capabilities must not contain null"));
        }
        return Collections.unmodifiableSet(set);
    }
}
