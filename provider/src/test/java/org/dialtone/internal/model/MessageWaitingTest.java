package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.telephony.AddressObserver;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.callcontrol.CallControlAddress;
import javax.telephony.callcontrol.CallControlAddressEvent;
import javax.telephony.callcontrol.events.CallCtlAddrMessageWaitingEv;
import javax.telephony.events.AddrEv;
import javax.telephony.events.AddrObservationEndedEv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The message-waiting lamp of an address: read back as set, announced to the address's observers
 * and listeners, and lit on the phones of the sim switch.
 */
class MessageWaitingTest {
    private final SimLab lab = new SimLab();

    @AfterEach
    void shutDown() {
        lab.close();
    }

    private CallControlAddress address(String name) {
        return (CallControlAddress) lab.address(name);
    }

    @Test
    void messageWaitingIsReadBackLitOnThePhoneAndAnnouncedWithItsState() throws Exception {
        Recorder features = new Recorder();
        lab.address("1002").addObserver(features);
        lab.address("1002").addAddressListener(features);
        assertThat(address("1002").getMessageWaiting()).isFalse();

        address("1002").setMessageWaiting(true);
        assertThat(address("1002").getMessageWaiting()).isTrue();
        assertThat(lab.party("1002").isMessageWaiting()).isTrue();
        assertThat(lab.party("1003").isMessageWaiting()).isFalse();
        address("1002").setMessageWaiting(false);
        assertThat(address("1002").getMessageWaiting()).isFalse();
        assertThat(lab.party("1002").isMessageWaiting()).isFalse();

        assertThat(features.await("CALLCTL_ADDRESS_EVENT_MESSAGE_WAITING 1002 false")).containsExactly(
                "CallCtlAddrMessageWaitingEv 1002 true", "CALLCTL_ADDRESS_EVENT_MESSAGE_WAITING 1002 true",
                "CallCtlAddrMessageWaitingEv 1002 false", "CALLCTL_ADDRESS_EVENT_MESSAGE_WAITING 1002 false");
    }

    @Test
    void theEventsCarryTheAddressAndItsState() throws Exception {
        EventLog log = new EventLog();
        lab.address("1002").addObserver(log);
        lab.address("1002").addAddressListener(log);

        address("1002").setMessageWaiting(true);

        CallCtlAddrMessageWaitingEv ev = log.observed(CallCtlAddrMessageWaitingEv.class);
        assertThat(ev.getAddress()).isSameAs(lab.address("1002"));
        assertThat(ev.getMessageWaitingState()).isTrue();
        CallControlAddressEvent heard = (CallControlAddressEvent) log.heard(
                CallControlAddressEvent.CALLCTL_ADDRESS_EVENT_MESSAGE_WAITING, e -> true);
        assertThat(heard.getAddress()).isSameAs(lab.address("1002"));
        assertThat(heard.getMessageWaitingState()).isTrue();
        assertThat(heard.getDoNotDisturbState()).isFalse();
    }

    @Test
    void aPlainAddressObserverIsNotToldOfCallControlEvents() throws Exception {
        PlainAddressObserver plain = new PlainAddressObserver();
        lab.address("1002").addObserver(plain);

        address("1002").setMessageWaiting(true);
        lab.address("1002").removeObserver(plain);

        assertThat(plain.await()).containsExactly(AddrObservationEndedEv.ID);
    }

    /** An AddressObserver that is not a CallControlAddressObserver, keeping the ids it hears. */
    private static final class PlainAddressObserver implements AddressObserver {
        private final List<Integer> ids = new ArrayList<>();

        @Override
        public synchronized void addressChangedEvent(AddrEv[] events) {
            for (AddrEv ev : events) {
                ids.add(ev.getID());
            }
            notifyAll();
        }

        synchronized List<Integer> await() throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!ids.contains(AddrObservationEndedEv.ID) && System.nanoTime() < deadline) {
                TimeUnit.NANOSECONDS.timedWait(this, deadline - System.nanoTime());
            }
            return new ArrayList<>(ids);
        }
    }

    @Test
    void anAddressBeyondTheSwitchHasNoMessageWaiting() throws Exception {
        Recorder observer = new Recorder();
        lab.address("1001").addCallObserver(observer);
        CallControlAddress remote = (CallControlAddress) lab.connect("1001", "5550100")[1].getAddress();

        assertThatThrownBy(() -> remote.setMessageWaiting(true)).isInstanceOf(MethodNotSupportedException.class)
                .hasMessageContaining("message waiting").hasMessageContaining("5550100");
        assertThatThrownBy(remote::getMessageWaiting).isInstanceOf(MethodNotSupportedException.class);
        assertThatThrownBy(() -> lab.party("5550100").isMessageWaiting()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aShutDownProviderRefusesToSwitchTheLampAndKeepsTheLastState() throws Exception {
        address("1002").setMessageWaiting(true);
        lab.provider.shutdown();

        assertThatThrownBy(() -> address("1002").setMessageWaiting(false)).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("shut down");

        assertThat(address("1002").getMessageWaiting()).isTrue();
        assertThat(lab.party("1002").isMessageWaiting()).as("no provider uses the switch any more").isFalse();
    }
}
