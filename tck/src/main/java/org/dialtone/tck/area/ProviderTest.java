package org.dialtone.tck.area;

import static org.assertj.core.api.Assertions.assertThat;

import javax.telephony.Call;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;
import javax.telephony.JtapiPeer;
import javax.telephony.JtapiPeerFactory;
import javax.telephony.Provider;
import org.dialtone.tck.Area;
import org.dialtone.tck.Phone;
import org.dialtone.tck.TckTest;
import org.dialtone.tck.TwoPartyCall;
import org.junit.jupiter.api.Test;

/** The peer, the provider's lookups, createCall and shutdown. */
@Area(value = "Provider", covers = "JtapiPeer, Provider.getAddress/getTerminal/getCalls, createCall, shutdown")
public class ProviderTest extends TckTest {

    @Test
    void thePeerHasANameAndLoadsByItsClassName() throws Exception {
        JtapiPeer peer = JtapiPeerFactory.getJtapiPeer(harness().peerClassName());

        assertThat(peer.getName()).as("JtapiPeer.getName()").isNotBlank();
    }

    @Test
    void theProviderIsInServiceAndNamed() throws Exception {
        assertThat(provider.getState()).as("Provider.getState()").isEqualTo(Provider.IN_SERVICE);
        assertThat(provider.getName()).as("Provider.getName()").isNotNull();
    }

    @Test
    void getAddressFindsEachHarnessAddressByName() throws Exception {
        for (Phone p : new Phone[] {a, b, c}) {
            assertThat(provider.getAddress(p.number()).getName()).isEqualTo(p.number());
            assertThat(provider.getAddress(p.number()).getProvider()).isEqualTo(provider);
        }
    }

    @Test
    void getAddressesListsEveryHarnessAddress() throws Exception {
        assertThat(listOf(provider.getAddresses())).contains(a.address(), b.address(), c.address());
    }

    @Test
    void getTerminalFindsEachHarnessTerminalByName() throws Exception {
        for (Phone p : new Phone[] {a, b, c}) {
            String name = p.terminal().getName();
            assertThat(provider.getTerminal(name).getName()).isEqualTo(name);
            assertThat(provider.getTerminal(name).getProvider()).isEqualTo(provider);
        }
    }

    @Test
    void getTerminalsListsEveryHarnessTerminal() throws Exception {
        assertThat(listOf(provider.getTerminals())).contains(a.terminal(), b.terminal(), c.terminal());
    }

    @Test
    void anUnknownAddressNameIsRefusedWithInvalidArgument() throws Exception {
        assertThrowsExactlyOrSubtype(InvalidArgumentException.class,
                () -> provider.getAddress("tck-no-such-address-" + System.nanoTime()));
    }

    @Test
    void anUnknownTerminalNameIsRefusedWithInvalidArgument() throws Exception {
        assertThrowsExactlyOrSubtype(InvalidArgumentException.class,
                () -> provider.getTerminal("tck-no-such-terminal-" + System.nanoTime()));
    }

    @Test
    void aTerminalAndItsAddressListEachOther() throws Exception {
        assertThat(listOf(a.terminal().getAddresses())).as("addresses of terminal %s", a.terminal().getName())
                .contains(a.address());
        assertThat(listOf(a.address().getTerminals())).as("terminals of address %s", a.number())
                .contains(a.terminal());
    }

    @Test
    void createCallGivesAnIdleCallOfThisProviderWithNoConnections() throws Exception {
        Call call = provider.createCall();

        assertCallState(call, Call.IDLE);
        assertThat(call.getProvider()).isEqualTo(provider);
        assertThat(none(call.getConnections())).as("connections of a new call").isTrue();
    }

    @Test
    void createCallGivesADistinctCallEachTime() throws Exception {
        assertThat(provider.createCall()).isNotSameAs(provider.createCall());
    }

    @Test
    void aFreshProviderHasNoCalls() throws Exception {
        assertThat(none(provider.getCalls())).as("Provider.getCalls() before any call").isTrue();
    }

    @Test
    void getCallsListsAnActiveCall() throws Exception {
        TwoPartyCall call = talk(a, b, newLog());

        assertThat(listOf(provider.getCalls())).contains(call.call());
    }

    @Test
    void shutdownMovesTheProviderToShutdown() throws Exception {
        provider.shutdown();

        assertThat(provider.getState()).as("state after shutdown").isEqualTo(Provider.SHUTDOWN);
    }

    @Test
    void shutdownTwiceIsHarmless() throws Exception {
        provider.shutdown();
        provider.shutdown();

        assertThat(provider.getState()).isEqualTo(Provider.SHUTDOWN);
    }

    @Test
    void createCallAfterShutdownIsRefusedWithInvalidState() throws Exception {
        provider.shutdown();

        assertThrowsExactlyOrSubtype(InvalidStateException.class, () -> provider.createCall());
    }

    @Test
    void connectAfterShutdownIsRefusedAndTheCallStaysIdle() throws Exception {
        Call call = provider.createCall();
        provider.shutdown();

        assertRefused(InvalidStateException.class, call, () -> call.connect(a.terminal(), a.address(), b.number()));
        assertCallState(call, Call.IDLE);
    }
}
