package javax.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MediaResourceExceptionTest {
    private static final ResourceEvent EVENT = StubEvents.stub(ResourceEvent.class);

    @Test
    void noArgConstructorHasNeitherMessageNorEvent() {
        MediaResourceException exception = new MediaResourceException();

        assertThat(exception.getMessage()).isNull();
        assertThat(exception.getResourceEvent()).isNull();
        assertThat(exception.getEvent()).isNull();
    }

    @Test
    void messageConstructorKeepsMessageAndHasNoEvent() {
        MediaResourceException exception = new MediaResourceException("player jammed");

        assertThat(exception.getMessage()).isEqualTo("player jammed");
        assertThat(exception.getResourceEvent()).isNull();
    }

    @Test
    void messageAndEventConstructorKeepsBoth() {
        MediaResourceException exception = new MediaResourceException("player jammed", EVENT);

        assertThat(exception.getMessage()).isEqualTo("player jammed");
        assertThat(exception.getResourceEvent()).isSameAs(EVENT);
        assertThat(exception.getEvent()).isSameAs(EVENT);
    }

    @Test
    void eventConstructorKeepsEventAndGivesDefaultMessageWhenEventSaysNothing() {
        MediaResourceException exception = new MediaResourceException(EVENT);

        assertThat(exception.getResourceEvent()).isSameAs(EVENT);
        assertThat(exception.getEvent()).isSameAs(EVENT);
        assertThat(exception.getMessage()).isEqualTo("resource operation failed");
    }

    @Test
    void eventConstructorAcceptsNullEventWithDefaultMessage() {
        MediaResourceException exception = new MediaResourceException((ResourceEvent) null);

        assertThat(exception.getResourceEvent()).isNull();
        assertThat(exception.getMessage()).isEqualTo("resource operation failed");
    }

    @Test
    void eventConstructorTakesMessageFromEventIdErrorAndSubError() {
        Symbol eventId = PlayerConstants.ev_Play;
        Symbol error = ErrSym.e_BadArg;
        ResourceEvent event = StubEvents.resourceEvent(eventId, error, 7);

        String message = new MediaResourceException(event).getMessage();

        assertThat(message).startsWith("resource operation failed")
                .contains("event " + eventId)
                .contains("error " + error)
                .contains("sub-error 7");
    }

    @Test
    void eventConstructorLeavesOutSubErrorWhenZero() {
        ResourceEvent event = StubEvents.resourceEvent(null, ErrSym.e_BadArg, 0);

        String message = new MediaResourceException(event).getMessage();

        assertThat(message).startsWith("resource operation failed: error ")
                .doesNotContain("sub-error");
    }

    @Test
    void resourceBusyExceptionKeepsMessageAndEvent() {
        ResourceBusyException bare = new ResourceBusyException();
        ResourceBusyException withMessage = new ResourceBusyException("busy");
        ResourceBusyException full = new ResourceBusyException("busy", EVENT);

        assertThat(bare).isInstanceOf(MediaResourceException.class);
        assertThat(bare.getMessage()).isNull();
        assertThat(bare.getResourceEvent()).isNull();
        assertThat(withMessage.getMessage()).isEqualTo("busy");
        assertThat(withMessage.getResourceEvent()).isNull();
        assertThat(full.getMessage()).isEqualTo("busy");
        assertThat(full.getResourceEvent()).isSameAs(EVENT);
    }
}
