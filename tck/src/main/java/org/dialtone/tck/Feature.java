package org.dialtone.tck;

import javax.telephony.Provider;
import javax.telephony.callcontrol.capabilities.CallControlAddressCapabilities;
import javax.telephony.callcontrol.capabilities.CallControlCallCapabilities;
import javax.telephony.callcontrol.capabilities.CallControlConnectionCapabilities;
import javax.telephony.callcontrol.capabilities.CallControlTerminalCapabilities;
import javax.telephony.callcontrol.capabilities.CallControlTerminalConnectionCapabilities;

/**
 * A provider feature the kit can test, with the static capability questions that declare it. The
 * provider declares a feature when every question answers true; a call-control feature also needs
 * the capability objects to be the call-control ones.
 */
public enum Feature {
    /** Observing calls: {@code CallCapabilities.isObservable()}. */
    OBSERVE_CALLS("CallCapabilities.isObservable()", (p, n) -> p.getCallCapabilities().isObservable()),
    /** {@code Call.connect}: {@code canConnect()}. */
    CONNECT("CallCapabilities.canConnect()", (p, n) -> p.getCallCapabilities().canConnect()),
    /** {@code TerminalConnection.answer}: {@code canAnswer()}. */
    ANSWER("TerminalConnectionCapabilities.canAnswer()", (p, n) -> p.getTerminalConnectionCapabilities().canAnswer()),
    /** {@code Connection.disconnect}: {@code canDisconnect()}. */
    DISCONNECT("ConnectionCapabilities.canDisconnect()", (p, n) -> p.getConnectionCapabilities().canDisconnect()),
    /** The call-control package: its capability objects are the call-control ones. */
    CALL_CONTROL("call-control capabilities", (p, n) -> p.getCallCapabilities() instanceof CallControlCallCapabilities
            && p.getConnectionCapabilities() instanceof CallControlConnectionCapabilities
            && p.getTerminalConnectionCapabilities() instanceof CallControlTerminalConnectionCapabilities),
    /** {@code CallControlCall.drop}. */
    DROP("canDrop()", (p, n) -> call(p) != null && call(p).canDrop()),
    /** {@code CallControlCall.offHook}. */
    OFF_HOOK("canOffHook()", (p, n) -> call(p) != null && call(p).canOffHook()),
    /** {@code CallControlConnection.addToAddress}, overlap dialling. */
    ADD_TO_ADDRESS("canAddToAddress()", (p, n) -> connection(p) != null && connection(p).canAddToAddress()),
    /** {@code CallControlConnection.accept}. */
    ACCEPT("canAccept()", (p, n) -> connection(p) != null && connection(p).canAccept()),
    /** {@code CallControlConnection.reject}. */
    REJECT("canReject()", (p, n) -> connection(p) != null && connection(p).canReject()),
    /** {@code CallControlConnection.redirect}. */
    REDIRECT("canRedirect()", (p, n) -> connection(p) != null && connection(p).canRedirect()),
    /** {@code CallControlConnection.park}. */
    PARK("canPark()", (p, n) -> connection(p) != null && connection(p).canPark()),
    /** {@code CallControlTerminalConnection.hold} and {@code unhold}. */
    HOLD("canHold() and canUnhold()", (p, n) -> tc(p) != null && tc(p).canHold() && tc(p).canUnhold()),
    /** {@code CallControlTerminalConnection.join}. */
    JOIN("canJoin()", (p, n) -> tc(p) != null && tc(p).canJoin()),
    /** {@code CallControlTerminalConnection.leave}. */
    LEAVE("canLeave()", (p, n) -> tc(p) != null && tc(p).canLeave()),
    /** {@code CallControlCall.consult}. */
    CONSULT("canConsult()", (p, n) -> call(p) != null && call(p).canConsult()),
    /** {@code CallControlCall.transfer(Call)}. */
    TRANSFER("canTransfer()", (p, n) -> call(p) != null && call(p).canTransfer()),
    /** {@code CallControlCall.transfer(String)}, blind transfer. */
    BLIND_TRANSFER("canTransfer(String)", (p, n) -> call(p) != null && call(p).canTransfer(n)),
    /** {@code setTransferController} and {@code setTransferEnable}. */
    TRANSFER_SETTINGS("canSetTransferController() and canSetTransferEnable()",
            (p, n) -> call(p) != null && call(p).canSetTransferController() && call(p).canSetTransferEnable()),
    /** {@code CallControlCall.conference}. */
    CONFERENCE("canConference()", (p, n) -> call(p) != null && call(p).canConference()),
    /** {@code CallControlCall.addParty}. */
    ADD_PARTY("canAddParty()", (p, n) -> call(p) != null && call(p).canAddParty()),
    /** {@code setConferenceController} and {@code setConferenceEnable}. */
    CONFERENCE_SETTINGS("canSetConferenceController() and canSetConferenceEnable()",
            (p, n) -> call(p) != null && call(p).canSetConferenceController() && call(p).canSetConferenceEnable()),
    /** {@code CallControlTerminal.pickup}. */
    PICKUP("CallControlTerminalCapabilities.canPickup()", (p, n) -> terminal(p) != null && terminal(p).canPickup()),
    /** {@code CallControlTerminal.pickupFromGroup}. */
    PICKUP_FROM_GROUP("canPickupFromGroup()", (p, n) -> terminal(p) != null && terminal(p).canPickupFromGroup()),
    /** {@code CallControlAddress.setForwarding}, {@code getForwarding} and {@code cancelForwarding}. */
    FORWARDING("canSetForwarding(), canGetForwarding() and canCancelForwarding()", (p, n) -> address(p) != null
            && address(p).canSetForwarding() && address(p).canGetForwarding() && address(p).canCancelForwarding()),
    /** Do not disturb on an address: {@code CallControlAddress.setDoNotDisturb} and {@code getDoNotDisturb}. */
    ADDRESS_DO_NOT_DISTURB("CallControlAddressCapabilities.canSetDoNotDisturb() and canGetDoNotDisturb()",
            (p, n) -> address(p) != null && address(p).canSetDoNotDisturb() && address(p).canGetDoNotDisturb()),
    /** Do not disturb on a terminal: {@code CallControlTerminal.setDoNotDisturb} and {@code getDoNotDisturb}. */
    TERMINAL_DO_NOT_DISTURB("CallControlTerminalCapabilities.canSetDoNotDisturb() and canGetDoNotDisturb()",
            (p, n) -> terminal(p) != null && terminal(p).canSetDoNotDisturb() && terminal(p).canGetDoNotDisturb()),
    /** {@code CallControlAddress.setMessageWaiting} and {@code getMessageWaiting}. */
    MESSAGE_WAITING("canSetMessageWaiting() and canGetMessageWaiting()",
            (p, n) -> address(p) != null && address(p).canSetMessageWaiting() && address(p).canGetMessageWaiting());

    /** How a feature is read from a provider's static capabilities. */
    @FunctionalInterface
    interface Probe {
        boolean declared(Provider provider, String number) throws Exception;
    }

    private final String questions;
    private final Probe probe;

    Feature(String questions, Probe probe) {
        this.questions = questions;
        this.probe = probe;
    }

    /** The capability questions that declare the feature, for messages. */
    public String questions() {
        return questions;
    }

    /**
     * Whether {@code provider}'s static capabilities declare this feature.
     *
     * @param number a local address, for the questions that take one
     * @throws AssertionError if asking the capabilities throws
     */
    public boolean isDeclaredBy(Provider provider, String number) {
        try {
            return probe.declared(provider, number);
        } catch (Exception | LinkageError e) {
            throw new AssertionError("asking the provider's capabilities " + questions + " threw " + e, e);
        }
    }

    private static CallControlCallCapabilities call(Provider p) {
        return p.getCallCapabilities() instanceof CallControlCallCapabilities c ? c : null;
    }

    private static CallControlConnectionCapabilities connection(Provider p) {
        return p.getConnectionCapabilities() instanceof CallControlConnectionCapabilities c ? c : null;
    }

    private static CallControlTerminalConnectionCapabilities tc(Provider p) {
        return p.getTerminalConnectionCapabilities() instanceof CallControlTerminalConnectionCapabilities c ? c : null;
    }

    private static CallControlTerminalCapabilities terminal(Provider p) {
        return p.getTerminalCapabilities() instanceof CallControlTerminalCapabilities c ? c : null;
    }

    private static CallControlAddressCapabilities address(Provider p) {
        return p.getAddressCapabilities() instanceof CallControlAddressCapabilities c ? c : null;
    }
}
