package javax.telephony.media.connection;

import static org.assertj.core.api.Assertions.assertThat;

import javax.telephony.media.MediaEvent;
import javax.telephony.media.MediaServiceException;
import javax.telephony.media.StubEvents;
import org.junit.jupiter.api.Test;

class MediaConnectionExceptionTest {
    private static final MediaEvent EVENT = StubEvents.stub(MediaEvent.class);

    @Test
    void noArgConstructorHasNeitherMessageNorEvent() {
        MediaConnectionException exception = new MediaConnectionException();

        assertThat(exception).isInstanceOf(MediaServiceException.class);
        assertThat(exception.getMessage()).isNull();
        assertThat(exception.getEvent()).isNull();
    }

    @Test
    void messageConstructorKeepsMessage() {
        MediaConnectionException exception = new MediaConnectionException("no path");

        assertThat(exception.getMessage()).isEqualTo("no path");
        assertThat(exception.getEvent()).isNull();
    }

    @Test
    void eventConstructorKeepsMessageAndEvent() {
        MediaConnectionException exception = new MediaConnectionException("no path", EVENT);

        assertThat(exception.getMessage()).isEqualTo("no path");
        assertThat(exception.getEvent()).isSameAs(EVENT);
    }
}
