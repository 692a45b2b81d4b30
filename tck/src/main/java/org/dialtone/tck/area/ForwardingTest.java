package org.dialtone.tck.area;

import static org.assertj.core.api.Assertions.assertThat;

import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.callcontrol.CallControlAddress;
import javax.telephony.callcontrol.CallControlForwarding;
import javax.telephony.callcontrol.events.CallCtlAddrForwardEv;
import javax.telephony.events.TermConnRingingEv;
import org.dialtone.tck.Area;
import org.dialtone.tck.Feature;
import org.dialtone.tck.Requires;
import org.dialtone.tck.TckTest;
import org.dialtone.tck.events.EventLog;
import org.junit.jupiter.api.Test;

/** Call forwarding of an address: CallControlAddress.setForwarding, getForwarding, cancelForwarding. */
@Area(value = "Forward", covers = "CallControlAddress.setForwarding, getForwarding, cancelForwarding")
@Requires({Feature.CALL_CONTROL, Feature.FORWARDING})
public class ForwardingTest extends TckTest {

    private CallControlAddress forwarded() {
        return (CallControlAddress) b.address();
    }

    @Test
    void unconditionalForwardingIsReadBack() throws Exception {
        forwarded().setForwarding(new CallControlForwarding[] {new CallControlForwarding(c.number())});

        CallControlForwarding[] now = forwarded().getForwarding();

        assertThat(now).hasSize(1);
        assertThat(now[0].getDestinationAddress()).isEqualTo(c.number());
        assertThat(now[0].getType()).isEqualTo(CallControlForwarding.FORWARD_UNCONDITIONALLY);
        assertThat(now[0].getFilter()).isEqualTo(CallControlForwarding.ALL_CALLS);
    }

    @Test
    void forwardingOnBusyIsReadBackWithItsType() throws Exception {
        forwarded().setForwarding(new CallControlForwarding[] {
            new CallControlForwarding(c.number(), CallControlForwarding.FORWARD_ON_BUSY)});

        CallControlForwarding[] now = forwarded().getForwarding();

        assertThat(now).hasSize(1);
        assertThat(now[0].getType()).isEqualTo(CallControlForwarding.FORWARD_ON_BUSY);
    }

    @Test
    void cancelForwardingClearsIt() throws Exception {
        forwarded().setForwarding(new CallControlForwarding[] {new CallControlForwarding(c.number())});

        forwarded().cancelForwarding();

        assertThat(none(forwarded().getForwarding())).as("getForwarding() after cancelForwarding()").isTrue();
    }

    @Test
    @Requires(Feature.CONNECT)
    void aCallToAnUnconditionallyForwardedAddressRingsTheDestination() throws Exception {
        forwarded().setForwarding(new CallControlForwarding[] {new CallControlForwarding(c.number())});
        EventLog log = newLog();
        Call call = provider.createCall();
        observe(call, log);

        Connection[] connections = call.connect(a.terminal(), a.address(), b.number());

        awaitTerminalConnection(log, call, c.terminal(), TermConnRingingEv.ID);
        assertThat(connections).hasSize(2);
        assertThat(connectionAt(call, c.address())).as("the connection at the forwarding destination").isNotNull();
    }

    @Test
    void addressObserversHearForwardingChanges() throws Exception {
        EventLog log = newLog();
        b.address().addObserver(log.addressObserver());

        forwarded().setForwarding(new CallControlForwarding[] {new CallControlForwarding(c.number())});

        log.awaitObserved(b.address(), CallCtlAddrForwardEv.ID);
    }

    @Test
    void addressListenersHearForwardingChanges() throws Exception {
        EventLog log = newLog();
        b.address().addAddressListener(log.addressListener());

        forwarded().setForwarding(new CallControlForwarding[] {new CallControlForwarding(c.number())});

        log.awaitHeard(b.address(), "cc.addressForwarded");
    }
}
