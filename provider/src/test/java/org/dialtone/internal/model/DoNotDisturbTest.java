package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dialtone.internal.model.Sequences.asListener;
import static org.dialtone.internal.model.Sequences.connect;
import static org.dialtone.internal.model.Sequences.disconnected;
import static org.dialtone.internal.model.Sequences.diverted;
import static org.dialtone.internal.model.Sequences.invalid;
import static org.dialtone.internal.model.Sequences.lines;
import static org.dialtone.internal.model.Sequences.ringing;
import static org.dialtone.internal.model.SimLab.describe;

import java.util.List;
import javax.telephony.Connection;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.callcontrol.CallControlAddress;
import javax.telephony.callcontrol.CallControlAddressEvent;
import javax.telephony.callcontrol.CallControlForwarding;
import javax.telephony.callcontrol.CallControlTerminal;
import javax.telephony.callcontrol.CallControlTerminalEvent;
import javax.telephony.callcontrol.events.CallCtlAddrDoNotDisturbEv;
import javax.telephony.callcontrol.events.CallCtlConnFailedEv;
import javax.telephony.callcontrol.events.CallCtlEv;
import javax.telephony.callcontrol.events.CallCtlTermDoNotDisturbEv;
import javax.telephony.events.Ev;
import org.dialtone.sim.ExternalBehaviour;
import org.dialtone.sim.SwitchPlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Do-not-disturb on addresses and terminals: read back as set, announced to observers and
 * listeners, and applied by the sim switch, which refuses a call to an address in do-not-disturb
 * (or whose terminals all are) as busy, with CAUSE_DO_NOT_DISTURB, unless a busy forwarding rule
 * takes it. A terminal in do-not-disturb on a shared line does not ring while the others do.
 */
class DoNotDisturbTest {
    private static final String FAR = "5550100";

    private final SimLab lab = new SimLab(SwitchPlan.builder().address("1001").address("1002").address("1003")
            .address("2001").terminal("1001", "1001").terminal("1002", "1002").terminal("1003", "1003")
            .terminal("A", "2001").terminal("B", "2001").external(FAR, ExternalBehaviour.ANSWER).build());
    private final Recorder observer = new Recorder();
    private final Recorder listener = new Recorder();
    private final EventLog log = new EventLog();

    @AfterEach
    void shutDown() {
        lab.close();
    }

    private CallControlAddress address(String name) {
        return (CallControlAddress) lab.address(name);
    }

    private CallControlTerminal terminal(String name) {
        return (CallControlTerminal) lab.terminal(name);
    }

    private Connection[] callFrom1001(String to) throws Exception {
        lab.address("1001").addCallObserver(observer);
        lab.address("1001").addCallListener(listener);
        lab.address("1001").addCallObserver(log);
        lab.address("1001").addCallListener(log);
        return lab.connect("1001", to);
    }

    private void assertBothModelsSaw(List<String> expected) throws Exception {
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(expected);
        assertThat(listener.await("CALL_EVENT_TRANSMISSION_ENDED")).containsExactlyElementsOf(asListener(expected));
    }

    /** The call to {@code to} failed for do-not-disturb; the caller stays until it hangs up. */
    private void assertRefused(Connection[] parts, String to) throws Exception {
        observer.await("CallCtlConnFailedEv " + to);
        CallCtlConnFailedEv failed = log.observed(CallCtlConnFailedEv.class);
        assertThat(failed.getCause()).isEqualTo(Ev.CAUSE_NORMAL);
        assertThat(failed.getCallControlCause()).isEqualTo(CallCtlEv.CAUSE_DO_NOT_DISTURB);
        assertThat(describe(parts[0].getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]", to + " FAILED");
        parts[0].disconnect();
        assertThat(describe(parts[1])).isEqualTo(to + " DISCONNECTED");
        assertBothModelsSaw(lines(connect("1001", to), "-- META_CALL_PROGRESS", "ConnFailedEv " + to,
                "CallCtlConnFailedEv " + to, "-- META_CALL_ENDING", disconnected("1001", "1001"), disconnected(to),
                invalid()));
    }

    // ---- address ------------------------------------------------------------------------------

    @Test
    void addressDoNotDisturbIsReadBackAndAnnouncedWithItsState() throws Exception {
        Recorder features = new Recorder();
        lab.address("1002").addObserver(features);
        lab.address("1002").addAddressListener(features);
        assertThat(address("1002").getDoNotDisturb()).isFalse();

        address("1002").setDoNotDisturb(true);
        assertThat(address("1002").getDoNotDisturb()).isTrue();
        address("1002").setDoNotDisturb(false);
        assertThat(address("1002").getDoNotDisturb()).isFalse();

        assertThat(features.await("CALLCTL_ADDRESS_EVENT_DO_NOT_DISTURB 1002 false")).containsExactly(
                "CallCtlAddrDoNotDisturbEv 1002 true", "CALLCTL_ADDRESS_EVENT_DO_NOT_DISTURB 1002 true",
                "CallCtlAddrDoNotDisturbEv 1002 false", "CALLCTL_ADDRESS_EVENT_DO_NOT_DISTURB 1002 false");
    }

    @Test
    void theAddressEventsCarryTheAddressAndEveryFeatureState() throws Exception {
        lab.address("1002").addObserver(log);
        lab.address("1002").addAddressListener(log);
        address("1002").setMessageWaiting(true);

        address("1002").setDoNotDisturb(true);

        CallCtlAddrDoNotDisturbEv ev = log.observed(CallCtlAddrDoNotDisturbEv.class);
        assertThat(ev.getAddress()).isSameAs(lab.address("1002"));
        assertThat(ev.getDoNotDisturbState()).isTrue();
        assertThat(ev.getCallControlCause()).isEqualTo(Ev.CAUSE_NORMAL);
        CallControlAddressEvent heard = (CallControlAddressEvent) log.heard(
                CallControlAddressEvent.CALLCTL_ADDRESS_EVENT_DO_NOT_DISTURB, e -> true);
        assertThat(heard.getAddress()).isSameAs(lab.address("1002"));
        assertThat(heard.getSource()).isSameAs(lab.address("1002"));
        assertThat(heard.getDoNotDisturbState()).isTrue();
        assertThat(heard.getMessageWaitingState()).isTrue();
    }

    @Test
    void aCallToAnAddressInDoNotDisturbIsRefusedAsBusyWithItsCause() throws Exception {
        address("1002").setDoNotDisturb(true);

        assertRefused(callFrom1001("1002"), "1002");
    }

    @Test
    void anAddressOutOfDoNotDisturbRingsAgain() throws Exception {
        address("1002").setDoNotDisturb(true);
        address("1002").setDoNotDisturb(false);

        Connection[] parts = callFrom1001("1002");
        observer.await("CallCtlTermConnRingingEv 1002");

        assertThat(describe(parts[1])).isEqualTo("1002 ALERTING [1002 RINGING]");
    }

    @Test
    void busyForwardingTakesACallRefusedForDoNotDisturb() throws Exception {
        address("1002").setDoNotDisturb(true);
        address("1002").setForwarding(new CallControlForwarding[] {
            new CallControlForwarding("1003", CallControlForwarding.FORWARD_ON_BUSY)});

        Connection[] parts = callFrom1001("1002");
        observer.await("CallCtlTermConnRingingEv 1003");

        assertThat(describe(parts[0].getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "1003 ALERTING [1003 RINGING]");
        parts[0].disconnect();
        assertBothModelsSaw(lines(connect("1001", "1002"), "-- META_CALL_PROGRESS", diverted("1002", "1003"),
                ringing("1003", "1003"), "-- META_CALL_ENDING", disconnected("1001", "1001"),
                disconnected("1003", "1003"), invalid()));
    }

    @Test
    void doNotDisturbDoesNotStopTheAddressFromCalling() throws Exception {
        address("1001").setDoNotDisturb(true);

        Connection[] parts = callFrom1001("1002");
        observer.await("CallCtlTermConnRingingEv 1002");

        assertThat(describe(parts[0].getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "1002 ALERTING [1002 RINGING]");
    }

    // ---- terminal ------------------------------------------------------------------------------

    @Test
    void terminalDoNotDisturbIsReadBackAndAnnouncedWithItsState() throws Exception {
        Recorder features = new Recorder();
        lab.terminal("1002").addObserver(features);
        lab.terminal("1002").addTerminalListener(features);
        lab.terminal("1002").addObserver(log);

        terminal("1002").setDoNotDisturb(true);
        assertThat(terminal("1002").getDoNotDisturb()).isTrue();
        assertThat(address("1002").getDoNotDisturb()).as("the address keeps its own").isFalse();
        terminal("1002").setDoNotDisturb(false);
        assertThat(terminal("1002").getDoNotDisturb()).isFalse();

        assertThat(features.await("CALLCTL_TERMINAL_EVENT_DO_NOT_DISTURB 1002 false")).containsExactly(
                "CallCtlTermDoNotDisturbEv 1002 true", "CALLCTL_TERMINAL_EVENT_DO_NOT_DISTURB 1002 true",
                "CallCtlTermDoNotDisturbEv 1002 false", "CALLCTL_TERMINAL_EVENT_DO_NOT_DISTURB 1002 false");
        CallCtlTermDoNotDisturbEv ev = log.observed(CallCtlTermDoNotDisturbEv.class);
        assertThat(ev.getTerminal()).isSameAs(lab.terminal("1002"));
        assertThat(ev.getDoNotDisturbState()).isTrue();
    }

    @Test
    void theTerminalListenerEventCarriesTheTerminal() throws Exception {
        lab.terminal("1002").addTerminalListener(log);

        terminal("1002").setDoNotDisturb(true);

        CallControlTerminalEvent heard = (CallControlTerminalEvent) log.heard(
                CallControlTerminalEvent.CALLCTL_TERMINAL_EVENT_DO_NOT_DISTURB, e -> true);
        assertThat(heard.getTerminal()).isSameAs(lab.terminal("1002"));
        assertThat(heard.getDoNotDisturbState()).isTrue();
    }

    @Test
    void aCallToAnAddressWhoseOnlyTerminalIsInDoNotDisturbIsRefused() throws Exception {
        terminal("1002").setDoNotDisturb(true);

        assertRefused(callFrom1001("1002"), "1002");
    }

    @Test
    void onASharedLineOnlyTheTerminalsNotInDoNotDisturbRing() throws Exception {
        terminal("A").setDoNotDisturb(true);

        Connection[] parts = callFrom1001("2001");
        observer.await("CallCtlTermConnRingingEv B");

        assertThat(describe(parts[1])).isEqualTo("2001 ALERTING [B RINGING]");
        assertThat(lab.terminal("A").getTerminalConnections()).isNull();
        parts[1].getTerminalConnections()[0].answer();
        assertThat(describe(parts[1])).isEqualTo("2001 ESTABLISHED [B TALKING]");
        parts[0].disconnect();
        assertBothModelsSaw(lines(connect("1001", "2001"), ringing("2001", "B"), Sequences.answered("2001", "B"),
                "-- META_CALL_ENDING", disconnected("1001", "1001"), disconnected("2001", "B"), invalid()));
    }

    @Test
    void aSharedLineWhoseTerminalsAreAllInDoNotDisturbIsRefused() throws Exception {
        terminal("A").setDoNotDisturb(true);
        terminal("B").setDoNotDisturb(true);

        assertRefused(callFrom1001("2001"), "2001");
    }

    // ---- refusals ------------------------------------------------------------------------------

    @Test
    void anAddressBeyondTheSwitchHasNoDoNotDisturb() throws Exception {
        CallControlAddress remote = (CallControlAddress) callFrom1001(FAR)[1].getAddress();

        assertThatThrownBy(() -> remote.setDoNotDisturb(true)).isInstanceOf(MethodNotSupportedException.class)
                .hasMessageContaining("do not disturb").hasMessageContaining(FAR);
        assertThatThrownBy(remote::getDoNotDisturb).isInstanceOf(MethodNotSupportedException.class);
    }

    @Test
    void aShutDownProviderRefusesToSwitchDoNotDisturbAndKeepsTheLastState() throws Exception {
        address("1002").setDoNotDisturb(true);
        lab.provider.shutdown();

        assertThatThrownBy(() -> address("1002").setDoNotDisturb(false)).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("shut down");
        assertThatThrownBy(() -> terminal("1002").setDoNotDisturb(true)).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("shut down");

        assertThat(address("1002").getDoNotDisturb()).isTrue();
        assertThat(terminal("1002").getDoNotDisturb()).isFalse();
    }
}
