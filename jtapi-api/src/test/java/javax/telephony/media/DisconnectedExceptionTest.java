package javax.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisconnectedExceptionTest {
    private static final ResourceEvent EVENT = StubEvents.stub(ResourceEvent.class);

    @Test
    void messageAndEventConstructorKeepsBoth() {
        DisconnectedException exception = new DisconnectedException("caller hung up", EVENT);

        assertThat(exception.getMessage()).isEqualTo("caller hung up");
        assertThat(exception.getResourceEvent()).isSameAs(EVENT);
        assertThat(exception.getEvent()).isSameAs(EVENT);
    }

    @Test
    void eventConstructorKeepsEventAndGivesDefaultMessageWhenEventSaysNothing() {
        DisconnectedException exception = new DisconnectedException(EVENT);

        assertThat(exception.getResourceEvent()).isSameAs(EVENT);
        assertThat(exception.getMessage()).isEqualTo("media group disconnected");
    }

    @Test
    void eventConstructorAcceptsNullEvent() {
        DisconnectedException exception = new DisconnectedException((ResourceEvent) null);

        assertThat(exception.getResourceEvent()).isNull();
        assertThat(exception.getEvent()).isNull();
        assertThat(exception.getMessage()).isEqualTo("media group disconnected");
    }

    @Test
    void eventConstructorTakesMessageFromEventIdAndError() {
        Symbol eventId = RecorderConstants.ev_Record;
        Symbol error = ResourceConstants.e_Disconnected;
        DisconnectedException exception =
                new DisconnectedException(StubEvents.resourceEvent(eventId, error, 0));

        assertThat(exception.getMessage()).startsWith("media group disconnected")
                .contains("event " + eventId)
                .contains("error " + error);
    }

    @Test
    void isAnUncheckedMediaException() {
        assertThat(new DisconnectedException(EVENT)).isInstanceOf(MediaRuntimeException.class);
    }
}
