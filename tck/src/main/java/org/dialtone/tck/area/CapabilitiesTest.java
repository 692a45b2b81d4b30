package org.dialtone.tck.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.telephony.Call;
import javax.telephony.capabilities.AddressCapabilities;
import javax.telephony.capabilities.CallCapabilities;
import javax.telephony.capabilities.ConnectionCapabilities;
import javax.telephony.capabilities.TerminalCapabilities;
import javax.telephony.capabilities.TerminalConnectionCapabilities;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.capabilities.CallControlAddressCapabilities;
import javax.telephony.callcontrol.capabilities.CallControlCallCapabilities;
import javax.telephony.callcontrol.capabilities.CallControlConnectionCapabilities;
import javax.telephony.callcontrol.capabilities.CallControlTerminalCapabilities;
import javax.telephony.callcontrol.capabilities.CallControlTerminalConnectionCapabilities;
import org.dialtone.tck.Area;
import org.dialtone.tck.Feature;
import org.dialtone.tck.Requires;
import org.dialtone.tck.TckTest;
import org.dialtone.tck.TwoPartyCall;
import org.junit.jupiter.api.Test;

/**
 * Static and dynamic capabilities: every capability object answers, no object claims now what the
 * provider says it can never do, and the dynamic answers follow the objects' states.
 */
@Area(value = "Capabilities", covers = "Provider.get*Capabilities, getCapabilities of calls, connections, "
        + "terminal connections, addresses, terminals")
public class CapabilitiesTest extends TckTest {

    /** Every no-argument boolean question of {@code dynamic} that answers true where {@code fixed} answers false. */
    private static List<String> claimsBeyond(Object dynamic, Object fixed) throws Exception {
        Set<String> out = new TreeSet<>();
        for (Class<?> type : telephonyInterfaces(dynamic.getClass())) {
            if (!type.isInstance(fixed)) {
                continue;
            }
            for (Method m : type.getMethods()) {
                if (m.getParameterCount() == 0 && m.getReturnType() == boolean.class
                        && (Boolean) m.invoke(dynamic) && !(Boolean) m.invoke(fixed)) {
                    out.add(type.getSimpleName() + "." + m.getName() + "()");
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static Set<Class<?>> telephonyInterfaces(Class<?> type) {
        Set<Class<?>> out = new LinkedHashSet<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                addWithSupers(i, out);
            }
        }
        out.removeIf(i -> !i.getName().startsWith("javax.telephony."));
        return out;
    }

    private static void addWithSupers(Class<?> type, Set<Class<?>> out) {
        if (out.add(type)) {
            for (Class<?> i : type.getInterfaces()) {
                addWithSupers(i, out);
            }
        }
    }

    @Test
    void everyStaticCapabilityObjectIsThere() throws Exception {
        assertThat(provider.getCapabilities()).as("Provider.getCapabilities()").isNotNull();
        assertThat(provider.getProviderCapabilities()).as("Provider.getProviderCapabilities()").isNotNull();
        assertThat(provider.getCallCapabilities()).as("Provider.getCallCapabilities()").isNotNull();
        assertThat(provider.getConnectionCapabilities()).as("Provider.getConnectionCapabilities()").isNotNull();
        assertThat(provider.getTerminalConnectionCapabilities()).as("getTerminalConnectionCapabilities()").isNotNull();
        assertThat(provider.getAddressCapabilities()).as("Provider.getAddressCapabilities()").isNotNull();
        assertThat(provider.getTerminalCapabilities()).as("Provider.getTerminalCapabilities()").isNotNull();
    }

    @Test
    @Requires(Feature.CALL_CONTROL)
    void aCallControlProviderGivesCallControlCapabilityObjects() throws Exception {
        assertThat(provider.getCallCapabilities()).isInstanceOf(CallControlCallCapabilities.class);
        assertThat(provider.getConnectionCapabilities()).isInstanceOf(CallControlConnectionCapabilities.class);
        assertThat(provider.getTerminalConnectionCapabilities())
                .isInstanceOf(CallControlTerminalConnectionCapabilities.class);
        assertThat(provider.getAddressCapabilities()).isInstanceOf(CallControlAddressCapabilities.class);
        assertThat(provider.getTerminalCapabilities()).isInstanceOf(CallControlTerminalCapabilities.class);
    }

    @Test
    void anAddressAndATerminalClaimNothingTheProviderDenies() throws Exception {
        AddressCapabilities address = a.address().getCapabilities();
        TerminalCapabilities terminal = a.terminal().getCapabilities();

        assertThat(claimsBeyond(address, provider.getAddressCapabilities())).as("address capabilities").isEmpty();
        assertThat(claimsBeyond(terminal, provider.getTerminalCapabilities())).as("terminal capabilities").isEmpty();
    }

    @Test
    void anIdleCallClaimsNothingTheProviderDenies() throws Exception {
        Call call = provider.createCall();

        CallCapabilities now = call.getCapabilities(a.terminal(), a.address());

        assertThat(claimsBeyond(now, provider.getCallCapabilities())).as("capabilities of an idle call").isEmpty();
    }

    @Test
    @Requires(Feature.CONNECT)
    void theObjectsOfARingingCallClaimNothingTheProviderDenies() throws Exception {
        TwoPartyCall call = ring(a, b, newLog());

        assertThat(claimsBeyond(call.call().getCapabilities(a.terminal(), a.address()), provider.getCallCapabilities()))
                .as("call capabilities").isEmpty();
        assertThat(claimsBeyond(call.destination().getCapabilities(), provider.getConnectionCapabilities()))
                .as("capabilities of the alerting connection").isEmpty();
        assertThat(claimsBeyond(call.calleeTc().getCapabilities(), provider.getTerminalConnectionCapabilities()))
                .as("capabilities of the ringing terminal connection").isEmpty();
    }

    @Test
    @Requires({Feature.CONNECT, Feature.ANSWER})
    void theObjectsOfAnAnsweredCallClaimNothingTheProviderDenies() throws Exception {
        TwoPartyCall call = talk(a, b, newLog());

        assertThat(claimsBeyond(call.origin().getCapabilities(), provider.getConnectionCapabilities()))
                .as("capabilities of a connected connection").isEmpty();
        assertThat(claimsBeyond(call.callerTc().getCapabilities(), provider.getTerminalConnectionCapabilities()))
                .as("capabilities of a talking terminal connection").isEmpty();
    }

    @Test
    @Requires(Feature.CONNECT)
    void anIdleCallCanConnectAndAnActiveOneCannot() throws Exception {
        Call idle = provider.createCall();
        assertThat(idle.getCapabilities(a.terminal(), a.address()).canConnect()).as("canConnect() of an IDLE call")
                .isTrue();

        TwoPartyCall active = ring(a, b, newLog());
        assertThat(active.call().getCapabilities(a.terminal(), a.address()).canConnect())
                .as("canConnect() of an ACTIVE call").isFalse();
    }

    @Test
    @Requires({Feature.CONNECT, Feature.ANSWER})
    void aRingingTerminalConnectionCanAnswerAndAnAnsweredOneCannot() throws Exception {
        TwoPartyCall call = ring(a, b, newLog());
        TerminalConnectionCapabilities ringing = call.calleeTc().getCapabilities();
        assertThat(ringing.canAnswer()).as("canAnswer() while RINGING").isTrue();
        assertThat(call.callerTc().getCapabilities().canAnswer()).as("canAnswer() of the caller").isFalse();

        call.calleeTc().answer();

        assertThat(call.calleeTc().getCapabilities().canAnswer()).as("canAnswer() once ACTIVE").isFalse();
    }

    @Test
    @Requires({Feature.CONNECT, Feature.DISCONNECT})
    void aConnectedConnectionCanDisconnectAndADisconnectedOneCannot() throws Exception {
        TwoPartyCall call = talk(a, b, newLog());
        ConnectionCapabilities connected = call.origin().getCapabilities();
        assertThat(connected.canDisconnect()).as("canDisconnect() while CONNECTED").isTrue();

        call.origin().disconnect();

        assertThat(call.origin().getCapabilities().canDisconnect()).as("canDisconnect() once DISCONNECTED").isFalse();
    }

    @Test
    @Requires({Feature.CONNECT, Feature.DROP})
    void anActiveCallCanDropAndAnEndedOneCannot() throws Exception {
        TwoPartyCall call = talk(a, b, newLog());
        assertThat(((CallControlCallCapabilities) call.call().getCapabilities(a.terminal(), a.address())).canDrop())
                .as("canDrop() of an ACTIVE call").isTrue();

        ((CallControlCall) call.call()).drop();

        assertThat(((CallControlCallCapabilities) call.call().getCapabilities(a.terminal(), a.address())).canDrop())
                .as("canDrop() of an INVALID call").isFalse();
    }

    @Test
    @Requires({Feature.CONNECT, Feature.HOLD})
    void aTalkingTerminalConnectionCanHoldButNotUnhold() throws Exception {
        TwoPartyCall call = talk(a, b, newLog());

        CallControlTerminalConnectionCapabilities now =
                (CallControlTerminalConnectionCapabilities) call.callerTc().getCapabilities();

        assertThat(now.canHold()).as("canHold() while TALKING").isTrue();
        assertThat(now.canUnhold()).as("canUnhold() while TALKING").isFalse();
    }

    @Test
    @Requires({Feature.CONNECT, Feature.ADD_TO_ADDRESS})
    void anEstablishedConnectionCannotAddToAddress() throws Exception {
        TwoPartyCall call = ring(a, b, newLog());

        assertThat(((CallControlConnectionCapabilities) call.origin().getCapabilities()).canAddToAddress())
                .as("canAddToAddress() of an ESTABLISHED connection").isFalse();
    }

    @Test
    void theTerminalAndAddressFormsAnswerForAHarnessTerminal() throws Exception {
        assertThat(provider.getProviderCapabilities(a.terminal())).isNotNull();
        assertThat(provider.getAddressCapabilities(a.terminal())).isNotNull();
        assertThat(provider.getTerminalCapabilities(a.terminal())).isNotNull();
        assertThat(provider.getTerminalConnectionCapabilities(a.terminal())).isNotNull();
        assertThat(provider.getCallCapabilities(a.terminal(), a.address())).isNotNull();
        assertThat(provider.getConnectionCapabilities(a.terminal(), a.address())).isNotNull();
    }

    @Test
    void anObservableAddressAcceptsObservers() throws Exception {
        if (!a.address().getCapabilities().isObservable()) {
            throw new org.dialtone.tck.NotSupported("observing addresses (AddressCapabilities.isObservable() says no)");
        }
        org.dialtone.tck.events.EventLog log = newLog();

        a.address().addObserver(log.addressObserver());

        assertThat(listOf(a.address().getObservers())).contains(log.addressObserver());
    }
}
