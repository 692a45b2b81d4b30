package org.dialtone.tck.area;

import static org.assertj.core.api.Assertions.assertThat;

import javax.telephony.callcontrol.CallControlAddress;
import javax.telephony.callcontrol.events.CallCtlAddrMessageWaitingEv;
import org.dialtone.tck.Area;
import org.dialtone.tck.Feature;
import org.dialtone.tck.Requires;
import org.dialtone.tck.TckTest;
import org.dialtone.tck.events.EventLog;
import org.junit.jupiter.api.Test;

/** The message waiting indicator of an address: set/getMessageWaiting and its events. */
@Area(value = "Message waiting", covers = "CallControlAddress.setMessageWaiting, getMessageWaiting")
@Requires({Feature.CALL_CONTROL, Feature.MESSAGE_WAITING})
public class MessageWaitingTest extends TckTest {

    @Test
    void messageWaitingIsReadBack() throws Exception {
        CallControlAddress address = (CallControlAddress) b.address();

        address.setMessageWaiting(true);
        assertThat(address.getMessageWaiting()).as("getMessageWaiting() after setting true").isTrue();
        address.setMessageWaiting(false);
        assertThat(address.getMessageWaiting()).as("getMessageWaiting() after setting false").isFalse();
    }

    @Test
    void addressObserversAndListenersHearMessageWaiting() throws Exception {
        EventLog log = newLog();
        b.address().addObserver(log.addressObserver());
        b.address().addAddressListener(log.addressListener());

        ((CallControlAddress) b.address()).setMessageWaiting(true);

        log.awaitObserved(b.address(), CallCtlAddrMessageWaitingEv.ID);
        log.awaitHeard(b.address(), "cc.addressMessageWaiting");
    }
}
