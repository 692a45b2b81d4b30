package org.dialtone.internal.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.telephony.Event;
import javax.telephony.Provider;
import javax.telephony.ProviderEvent;
import org.junit.jupiter.api.Test;

class ProviderEventImplTest {
    private final Provider provider = Doubles.named(Provider.class, "dialtone");

    @Test
    void gettersReturnWhatWasGivenAndTheSourceIsTheProvider() {
        ProviderEventImpl event = new ProviderEventImpl(ProviderEvent.PROVIDER_OUT_OF_SERVICE,
                Event.CAUSE_NETWORK_NOT_OBTAINABLE, null, provider);

        assertThat(event.getID()).isEqualTo(ProviderEvent.PROVIDER_OUT_OF_SERVICE);
        assertThat(event.getCause()).isEqualTo(Event.CAUSE_NETWORK_NOT_OBTAINABLE);
        assertThat(event.getMetaEvent()).isNull();
        assertThat(event.getProvider()).isSameAs(provider);
        assertThat(event.getSource()).isSameAs(provider);
    }

    @Test
    void rejectsAMissingProvider() {
        assertThatThrownBy(() -> new ProviderEventImpl(ProviderEvent.PROVIDER_IN_SERVICE,
                Event.CAUSE_NORMAL, null, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("ProviderEvent PROVIDER_IN_SERVICE: provider is null");
    }

    @Test
    void toStringNamesIdCauseAndProvider() {
        assertThat(new ProviderEventImpl(ProviderEvent.PROVIDER_IN_SERVICE, Event.CAUSE_NORMAL,
                null, provider))
                .hasToString("ProviderEvent[PROVIDER_IN_SERVICE cause=CAUSE_NORMAL"
                        + " provider=dialtone]");
    }
}
