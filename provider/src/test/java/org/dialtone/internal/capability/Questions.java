package org.dialtone.internal.capability;

import static java.util.Map.entry;
import static org.dialtone.internal.capability.Capability.*;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.telephony.callcontrol.capabilities.CallControlAddressCapabilities;
import javax.telephony.callcontrol.capabilities.CallControlCallCapabilities;
import javax.telephony.callcontrol.capabilities.CallControlConnectionCapabilities;
import javax.telephony.callcontrol.capabilities.CallControlTerminalCapabilities;
import javax.telephony.callcontrol.capabilities.CallControlTerminalConnectionCapabilities;
import javax.telephony.capabilities.ProviderCapabilities;

/**
 * The expected answer table: every question of the six capability interfaces, keyed as
 * {@code DeclaringInterface#method(ParameterTypes)}, with the one constant that answers it.
 */
final class Questions {
    private Questions() {
    }

    /** A capability class, the one interface it must implement, and how to make one. */
    record Kind(Class<?> type, Class<?> api, Function<Set<Capability>, Object> factory) {
        @Override
        public String toString() {
            return type.getSimpleName();
        }
    }

    static final List<Kind> KINDS = List.of(
            new Kind(ProviderCapabilitiesImpl.class, ProviderCapabilities.class, ProviderCapabilitiesImpl::new),
            new Kind(CallCapabilitiesImpl.class, CallControlCallCapabilities.class, CallCapabilitiesImpl::new),
            new Kind(ConnectionCapabilitiesImpl.class, CallControlConnectionCapabilities.class,
                    ConnectionCapabilitiesImpl::new),
            new Kind(TerminalConnectionCapabilitiesImpl.class, CallControlTerminalConnectionCapabilities.class,
                    TerminalConnectionCapabilitiesImpl::new),
            new Kind(AddressCapabilitiesImpl.class, CallControlAddressCapabilities.class,
                    AddressCapabilitiesImpl::new),
            new Kind(TerminalCapabilitiesImpl.class, CallControlTerminalCapabilities.class,
                    TerminalCapabilitiesImpl::new));

    static final Map<String, Capability> ANSWERED_BY = Map.ofEntries(
            entry("ProviderCapabilities#isObservable()", OBSERVE),
            entry("CallCapabilities#isObservable()", OBSERVE),
            entry("CallCapabilities#canConnect()", CONNECT),
            entry("CallControlCallCapabilities#canDrop()", DROP),
            entry("CallControlCallCapabilities#canOffHook()", OFF_HOOK),
            entry("CallControlCallCapabilities#canSetConferenceController()", SET_CONFERENCE_CONTROLLER),
            entry("CallControlCallCapabilities#canSetTransferController()", SET_TRANSFER_CONTROLLER),
            entry("CallControlCallCapabilities#canSetConferenceEnable()", SET_CONFERENCE_ENABLE),
            entry("CallControlCallCapabilities#canSetTransferEnable()", SET_TRANSFER_ENABLE),
            entry("CallControlCallCapabilities#canConference()", CONFERENCE),
            entry("CallControlCallCapabilities#canAddParty()", ADD_PARTY),
            entry("CallControlCallCapabilities#canConsult()", CONSULT_TO_ADDRESS),
            entry("CallControlCallCapabilities#canConsult(TerminalConnection,String)", CONSULT_TO_ADDRESS),
            entry("CallControlCallCapabilities#canConsult(TerminalConnection)", CONSULT_WITHOUT_ADDRESS),
            entry("CallControlCallCapabilities#canTransfer()", TRANSFER_TO_CALL),
            entry("CallControlCallCapabilities#canTransfer(Call)", TRANSFER_TO_CALL),
            entry("CallControlCallCapabilities#canTransfer(String)", TRANSFER_TO_ADDRESS),
            entry("ConnectionCapabilities#canDisconnect()", DISCONNECT),
            entry("CallControlConnectionCapabilities#canAccept()", ACCEPT),
            entry("CallControlConnectionCapabilities#canReject()", REJECT),
            entry("CallControlConnectionCapabilities#canRedirect()", REDIRECT),
            entry("CallControlConnectionCapabilities#canAddToAddress()", ADD_TO_ADDRESS),
            entry("CallControlConnectionCapabilities#canPark()", PARK),
            entry("TerminalConnectionCapabilities#canAnswer()", ANSWER),
            entry("CallControlTerminalConnectionCapabilities#canHold()", HOLD),
            entry("CallControlTerminalConnectionCapabilities#canUnhold()", UNHOLD),
            entry("CallControlTerminalConnectionCapabilities#canJoin()", JOIN),
            entry("CallControlTerminalConnectionCapabilities#canLeave()", LEAVE),
            entry("AddressCapabilities#isObservable()", OBSERVE),
            entry("CallControlAddressCapabilities#canSetForwarding()", SET_FORWARDING),
            entry("CallControlAddressCapabilities#canGetForwarding()", GET_FORWARDING),
            entry("CallControlAddressCapabilities#canCancelForwarding()", CANCEL_FORWARDING),
            entry("CallControlAddressCapabilities#canSetDoNotDisturb()", SET_DO_NOT_DISTURB),
            entry("CallControlAddressCapabilities#canGetDoNotDisturb()", GET_DO_NOT_DISTURB),
            entry("CallControlAddressCapabilities#canSetMessageWaiting()", SET_MESSAGE_WAITING),
            entry("CallControlAddressCapabilities#canGetMessageWaiting()", GET_MESSAGE_WAITING),
            entry("TerminalCapabilities#isObservable()", OBSERVE),
            entry("CallControlTerminalCapabilities#canSetDoNotDisturb()", SET_DO_NOT_DISTURB),
            entry("CallControlTerminalCapabilities#canGetDoNotDisturb()", GET_DO_NOT_DISTURB),
            entry("CallControlTerminalCapabilities#canPickup()", PICKUP_CONNECTION),
            entry("CallControlTerminalCapabilities#canPickup(Connection,Address)", PICKUP_CONNECTION),
            entry("CallControlTerminalCapabilities#canPickup(TerminalConnection,Address)",
                    PICKUP_TERMINAL_CONNECTION),
            entry("CallControlTerminalCapabilities#canPickup(Address,Address)", PICKUP_FROM_ADDRESS),
            entry("CallControlTerminalCapabilities#canPickupFromGroup()", PICKUP_FROM_NAMED_GROUP),
            entry("CallControlTerminalCapabilities#canPickupFromGroup(String,Address)", PICKUP_FROM_NAMED_GROUP),
            entry("CallControlTerminalCapabilities#canPickupFromGroup(Address)", PICKUP_FROM_OWN_GROUP));

    /** The questions an interface asks, itself and through the interfaces it extends. */
    static List<Method> questionsOf(Class<?> api) {
        return Arrays.stream(api.getMethods())
                .filter(method -> method.getName().startsWith("can") || method.getName().startsWith("is"))
                .toList();
    }

    /** The key of a question in {@link #ANSWERED_BY}. */
    static String key(Method method) {
        String parameters = Arrays.stream(method.getParameterTypes())
                .map(Class::getSimpleName)
                .collect(Collectors.joining(","));
        return method.getDeclaringClass().getSimpleName() + "#" + method.getName() + "(" + parameters + ")";
    }
}
