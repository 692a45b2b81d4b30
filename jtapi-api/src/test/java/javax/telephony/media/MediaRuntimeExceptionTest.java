package javax.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MediaRuntimeExceptionTest {
    private static final MediaEvent EVENT = StubEvents.stub(MediaEvent.class);

    /** The smallest concrete MediaRuntimeException, to test the abstract root itself. */
    private static final class Plain extends MediaRuntimeException {
        Plain() {
        }

        Plain(String message) {
            super(message);
        }

        Plain(String message, MediaEvent event) {
            super(message, event);
        }
    }

    @Test
    void noArgConstructorHasNeitherMessageNorEvent() {
        Plain exception = new Plain();

        assertThat(exception.getMessage()).isNull();
        assertThat(exception.getEvent()).isNull();
    }

    @Test
    void messageConstructorKeepsMessageAndHasNoEvent() {
        Plain exception = new Plain("no luck");

        assertThat(exception.getMessage()).isEqualTo("no luck");
        assertThat(exception.getEvent()).isNull();
    }

    @Test
    void eventConstructorKeepsMessageAndEvent() {
        Plain exception = new Plain("no luck", EVENT);

        assertThat(exception.getMessage()).isEqualTo("no luck");
        assertThat(exception.getEvent()).isSameAs(EVENT);
    }

    @Test
    void isAnUncheckedException() {
        assertThat(new Plain()).isInstanceOf(RuntimeException.class);
    }

    /** Every concrete unchecked exception of this package that takes a MediaEvent. */
    static Stream<Arguments> concreteExceptions() {
        return Stream.of(
                family(NoResourceException::new, NoResourceException::new, NoResourceException::new),
                family(NotBoundException::new, NotBoundException::new, NotBoundException::new),
                family(NotOwnerException::new, NotOwnerException::new, NotOwnerException::new));
    }

    private static Arguments family(Supplier<MediaRuntimeException> noArg,
            Function<String, MediaRuntimeException> withMessage,
            BiFunction<String, MediaEvent, MediaRuntimeException> withEvent) {
        return Arguments.of(noArg.get().getClass().getSimpleName(), noArg, withMessage, withEvent);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("concreteExceptions")
    void concreteExceptionConstructorsKeepMessageAndEvent(String name,
            Supplier<MediaRuntimeException> noArg,
            Function<String, MediaRuntimeException> withMessage,
            BiFunction<String, MediaEvent, MediaRuntimeException> withEvent) {
        MediaRuntimeException bare = noArg.get();
        MediaRuntimeException messageOnly = withMessage.apply("why");
        MediaRuntimeException full = withEvent.apply("why", EVENT);

        assertThat(bare.getMessage()).isNull();
        assertThat(bare.getEvent()).isNull();
        assertThat(messageOnly.getMessage()).isEqualTo("why");
        assertThat(messageOnly.getEvent()).isNull();
        assertThat(full.getMessage()).isEqualTo("why");
        assertThat(full.getEvent()).isSameAs(EVENT);
    }

    @Test
    void asrNoContextExceptionKeepsMessageAndHasNoEvent() {
        ASR.NoContextException bare = new ASR.NoContextException();
        ASR.NoContextException withMessage = new ASR.NoContextException("no context loaded");

        assertThat(bare).isInstanceOf(MediaRuntimeException.class);
        assertThat(bare.getMessage()).isNull();
        assertThat(bare.getEvent()).isNull();
        assertThat(withMessage.getMessage()).isEqualTo("no context loaded");
        assertThat(withMessage.getEvent()).isNull();
    }
}
