package javax.telephony.media.container;

import static org.assertj.core.api.Assertions.assertThat;

import javax.telephony.media.MediaException;
import javax.telephony.media.StubEvents;
import org.junit.jupiter.api.Test;

class ContainerExceptionTest {
    private static final ContainerEvent EVENT = StubEvents.stub(ContainerEvent.class);

    @Test
    void noArgConstructorHasNeitherMessageNorEvent() {
        ContainerException exception = new ContainerException();

        assertThat(exception).isInstanceOf(MediaException.class);
        assertThat(exception.getMessage()).isNull();
        assertThat(exception.getContainerEvent()).isNull();
        assertThat(exception.getEvent()).isNull();
    }

    @Test
    void messageConstructorKeepsMessageAndHasNoEvent() {
        ContainerException exception = new ContainerException("no such container");

        assertThat(exception.getMessage()).isEqualTo("no such container");
        assertThat(exception.getContainerEvent()).isNull();
    }

    @Test
    void eventConstructorKeepsMessageAndEventForBothGetters() {
        ContainerException exception = new ContainerException("no such container", EVENT);

        assertThat(exception.getMessage()).isEqualTo("no such container");
        assertThat(exception.getContainerEvent()).isSameAs(EVENT);
        assertThat(exception.getEvent()).isSameAs(EVENT);
    }
}
