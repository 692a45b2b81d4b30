package org.dialtone.tck.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialtone.tck.events.Sequences.assertMatches;

import javax.telephony.events.ProvObservationEndedEv;
import javax.telephony.events.ProvShutdownEv;
import org.dialtone.tck.Area;
import org.dialtone.tck.TckTest;
import org.dialtone.tck.events.EventLog;
import org.dialtone.tck.events.Seen;
import org.junit.jupiter.api.Test;

/** Provider observers and listeners: adding, listing, removing, and what they hear at shutdown. */
@Area(value = "Provider events", covers = "ProviderObserver, ProviderListener")
public class ProviderEventsTest extends TckTest {

    @Test
    void anObserverHearsShutdownThenObservationEnded() throws Exception {
        EventLog log = newLog();
        provider.addObserver(log.providerObserver());

        provider.shutdown();

        log.awaitObserved(provider, ProvObservationEndedEv.ID);
        assertMatches("provider observer events", log.query().observer().names(),
                "ProvInServiceEv*", "ProvShutdownEv", "ProvObservationEndedEv");
    }

    @Test
    void aListenerHearsShutdownThenTransmissionEnded() throws Exception {
        EventLog log = newLog();
        provider.addProviderListener(log.providerListener());

        provider.shutdown();

        log.awaitHeard(provider, "providerEventTransmissionEnded");
        assertMatches("provider listener events", log.query().listener().names(),
                "providerInService*", "providerShutdown", "providerEventTransmissionEnded");
    }

    @Test
    void providerEventsNameTheirProvider() throws Exception {
        EventLog log = newLog();
        provider.addObserver(log.providerObserver());
        provider.addProviderListener(log.providerListener());

        provider.shutdown();

        log.awaitObserved(provider, ProvShutdownEv.ID);
        log.awaitHeard(provider, "providerShutdown");
        assertThat(log.all()).allSatisfy(s -> assertThat(s.provider()).as("provider of %s", s).isEqualTo(provider));
    }

    @Test
    void aRemovedObserverIsToldObservationEnded() throws Exception {
        EventLog log = newLog();
        provider.addObserver(log.providerObserver());

        provider.removeObserver(log.providerObserver());

        Seen ended = log.awaitObserved(provider, ProvObservationEndedEv.ID);
        assertThat(ended.provider()).isEqualTo(provider);
        assertThat(log.query().observer().names()).doesNotContain("ProvShutdownEv");
    }

    @Test
    void aRemovedListenerIsToldTransmissionEnded() throws Exception {
        EventLog log = newLog();
        provider.addProviderListener(log.providerListener());

        provider.removeProviderListener(log.providerListener());

        log.awaitHeard(provider, "providerEventTransmissionEnded");
        assertThat(log.query().listener().names()).doesNotContain("providerShutdown");
    }

    @Test
    void getObserversListsAnAddedObserverUntilItIsRemoved() throws Exception {
        EventLog log = newLog();

        provider.addObserver(log.providerObserver());
        assertThat(listOf(provider.getObservers())).contains(log.providerObserver());

        provider.removeObserver(log.providerObserver());
        assertThat(listOf(provider.getObservers())).doesNotContain(log.providerObserver());
    }

    @Test
    void getProviderListenersListsAnAddedListenerUntilItIsRemoved() throws Exception {
        EventLog log = newLog();

        provider.addProviderListener(log.providerListener());
        assertThat(listOf(provider.getProviderListeners())).contains(log.providerListener());

        provider.removeProviderListener(log.providerListener());
        assertThat(listOf(provider.getProviderListeners())).doesNotContain(log.providerListener());
    }

    @Test
    void addingTheSameObserverTwiceListsItOnce() throws Exception {
        EventLog log = newLog();

        provider.addObserver(log.providerObserver());
        provider.addObserver(log.providerObserver());

        assertThat(listOf(provider.getObservers()).stream().filter(log.providerObserver()::equals).count())
                .isEqualTo(1);
    }

    @Test
    void removingAnObserverOrListenerThatWasNeverAddedIsHarmless() throws Exception {
        EventLog log = newLog();

        provider.removeObserver(log.providerObserver());
        provider.removeProviderListener(log.providerListener());

        assertThat(provider.getState()).isEqualTo(javax.telephony.Provider.IN_SERVICE);
    }
}
