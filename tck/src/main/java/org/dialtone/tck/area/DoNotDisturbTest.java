package org.dialtone.tck.area;

import static org.assertj.core.api.Assertions.assertThat;

import javax.telephony.callcontrol.CallControlAddress;
import javax.telephony.callcontrol.CallControlTerminal;
import javax.telephony.callcontrol.events.CallCtlAddrDoNotDisturbEv;
import javax.telephony.callcontrol.events.CallCtlTermDoNotDisturbEv;
import org.dialtone.tck.Area;
import org.dialtone.tck.Feature;
import org.dialtone.tck.Requires;
import org.dialtone.tck.TckTest;
import org.dialtone.tck.events.EventLog;
import org.junit.jupiter.api.Test;

/** Do not disturb on addresses and terminals: setDoNotDisturb, getDoNotDisturb and their events. */
@Area(value = "Do not disturb", covers = "CallControlAddress/CallControlTerminal set/getDoNotDisturb")
@Requires(Feature.CALL_CONTROL)
public class DoNotDisturbTest extends TckTest {

    @Test
    @Requires(Feature.ADDRESS_DO_NOT_DISTURB)
    void anAddressDoNotDisturbIsReadBack() throws Exception {
        CallControlAddress address = (CallControlAddress) b.address();

        address.setDoNotDisturb(true);
        assertThat(address.getDoNotDisturb()).as("getDoNotDisturb() after setting true").isTrue();
        address.setDoNotDisturb(false);
        assertThat(address.getDoNotDisturb()).as("getDoNotDisturb() after setting false").isFalse();
    }

    @Test
    @Requires(Feature.ADDRESS_DO_NOT_DISTURB)
    void addressObserversAndListenersHearDoNotDisturb() throws Exception {
        EventLog log = newLog();
        b.address().addObserver(log.addressObserver());
        b.address().addAddressListener(log.addressListener());

        ((CallControlAddress) b.address()).setDoNotDisturb(true);

        log.awaitObserved(b.address(), CallCtlAddrDoNotDisturbEv.ID);
        log.awaitHeard(b.address(), "cc.addressDoNotDisturb");
    }

    @Test
    @Requires(Feature.TERMINAL_DO_NOT_DISTURB)
    void aTerminalDoNotDisturbIsReadBack() throws Exception {
        CallControlTerminal terminal = (CallControlTerminal) b.terminal();

        terminal.setDoNotDisturb(true);
        assertThat(terminal.getDoNotDisturb()).as("getDoNotDisturb() after setting true").isTrue();
        terminal.setDoNotDisturb(false);
        assertThat(terminal.getDoNotDisturb()).as("getDoNotDisturb() after setting false").isFalse();
    }

    @Test
    @Requires(Feature.TERMINAL_DO_NOT_DISTURB)
    void terminalObserversAndListenersHearDoNotDisturb() throws Exception {
        EventLog log = newLog();
        b.terminal().addObserver(log.terminalObserver());
        b.terminal().addTerminalListener(log.terminalListener());

        ((CallControlTerminal) b.terminal()).setDoNotDisturb(true);

        log.awaitObserved(b.terminal(), CallCtlTermDoNotDisturbEv.ID);
        log.awaitHeard(b.terminal(), "cc.terminalDoNotDisturb");
    }
}
