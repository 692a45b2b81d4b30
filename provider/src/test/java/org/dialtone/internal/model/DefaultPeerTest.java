package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.telephony.JtapiPeer;
import javax.telephony.JtapiPeerFactory;
import javax.telephony.JtapiPeerUnavailableException;
import javax.telephony.Provider;
import javax.telephony.ProviderUnavailableException;
import org.dialtone.DialtonePeer;
import org.dialtone.sim.SimSwitch;
import org.junit.jupiter.api.Test;

/** The way in for an application: the default peer, its services and its provider strings. */
class DefaultPeerTest {

    @Test
    void defaultPeerIsDialtonesAndServesTheSimSwitch() throws Exception {
        JtapiPeer peer = JtapiPeerFactory.getJtapiPeer(null);

        assertThat(peer.getClass().getName()).isEqualTo("DefaultJtapiPeer");
        assertThat(peer).isInstanceOf(DialtonePeer.class);
        Provider provider = peer.getProvider("sim");
        try {
            assertThat(provider.getState()).isEqualTo(Provider.IN_SERVICE);
            assertThat(provider.getName()).isEqualTo("sim");
            assertThat(provider.getAddresses()).hasSize(99);
            assertThat(provider.getAddress("1001").getTerminals()).containsExactly(provider.getTerminal("1001"));
            assertThat(SimSwitch.of(provider)).isPresent();
        } finally {
            provider.shutdown();
        }
    }

    @Test
    void anEmptyPeerNameAlsoSelectsTheDefaultPeer() throws Exception {
        assertThat(JtapiPeerFactory.getJtapiPeer("").getClass().getName()).isEqualTo("DefaultJtapiPeer");
    }

    @Test
    void peerCanBeNamedByTheNameItGives() throws Exception {
        JtapiPeer peer = JtapiPeerFactory.getJtapiPeer(null);

        assertThat(JtapiPeerFactory.getJtapiPeer(peer.getName())).isInstanceOf(DialtonePeer.class);
    }

    @Test
    void unknownPeerClassIsUnavailable() {
        assertThatThrownBy(() -> JtapiPeerFactory.getJtapiPeer("com.example.NoSuchPeer"))
                .isInstanceOf(JtapiPeerUnavailableException.class).hasMessageContaining("com.example.NoSuchPeer");
    }

    @Test
    void servicesAreSimAndSip() throws Exception {
        assertThat(JtapiPeerFactory.getJtapiPeer(null).getServices()).containsExactly("sim", "sip");
    }

    @Test
    void everyDefaultSimProviderHasASwitchOfItsOwn() throws Exception {
        JtapiPeer peer = JtapiPeerFactory.getJtapiPeer(null);
        Provider first = peer.getProvider("sim");
        Provider second = peer.getProvider("sim");
        try {
            assertThat(SimSwitch.of(first).orElseThrow()).isNotSameAs(SimSwitch.of(second).orElseThrow());
            first.createCall().connect(first.getTerminal("1001"), first.getAddress("1001"), "1002");
            assertThat(second.getCalls()).isNull();
        } finally {
            first.shutdown();
            second.shutdown();
        }
    }

    @Test
    void namedSwitchIsTheOneTheTestCreated() throws Exception {
        try (SimLab lab = new SimLab()) {
            assertThat(SimSwitch.of(lab.provider)).contains(lab.sim);
            assertThat(lab.provider.getName()).startsWith("sim;name=scenario-");
        }
    }

    @Test
    void badProviderStringsAreUnavailableWithTheReason() throws Exception {
        JtapiPeer peer = JtapiPeerFactory.getJtapiPeer(null);

        assertUnavailable(peer, "nosuch", ProviderUnavailableException.CAUSE_INVALID_SERVICE, "unknown service 'nosuch'");
        assertUnavailable(peer, "SIM", ProviderUnavailableException.CAUSE_INVALID_SERVICE, "lower case");
        assertUnavailable(peer, null, ProviderUnavailableException.CAUSE_INVALID_ARGUMENT, "null");
        assertUnavailable(peer, "sim;colour=blue", ProviderUnavailableException.CAUSE_INVALID_ARGUMENT,
                "unknown key 'colour'");
        assertUnavailable(peer, "sim;config=/no/such/plan.txt", ProviderUnavailableException.CAUSE_INVALID_ARGUMENT,
                "/no/such/plan.txt");
        assertUnavailable(peer, "sip", ProviderUnavailableException.CAUSE_INVALID_ARGUMENT, "sip key 'users' is missing");
    }

    @Test
    void aSecondProviderOnANamedSwitchSharesIt() throws Exception {
        try (SimLab lab = new SimLab()) {
            Provider second = JtapiPeerFactory.getJtapiPeer(null).getProvider(lab.provider.getName());
            try {
                assertThat(second.getState()).isEqualTo(Provider.IN_SERVICE);
                assertThat(SimSwitch.of(second)).containsSame(lab.sim);
                assertThat(lab.provider.getState()).isEqualTo(Provider.IN_SERVICE);
            } finally {
                second.shutdown();
            }
        }
    }

    private static void assertUnavailable(JtapiPeer peer, String providerString, int reason, String saying) {
        assertThatThrownBy(() -> peer.getProvider(providerString)).as(providerString)
                .isInstanceOfSatisfying(ProviderUnavailableException.class, e -> {
                    assertThat(e.getReason()).as("reason for %s", providerString).isEqualTo(reason);
                    assertThat(e.getMessage()).contains(saying);
                });
    }
}
