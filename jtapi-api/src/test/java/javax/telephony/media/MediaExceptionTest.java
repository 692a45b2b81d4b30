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

class MediaExceptionTest {
    private static final MediaEvent EVENT = StubEvents.stub(MediaEvent.class);

    /** The smallest concrete MediaException, to test the abstract root itself. */
    private static final class Plain extends MediaException {
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
    void eventConstructorAcceptsNullMessageAndNullEvent() {
        Plain exception = new Plain(null, null);

        assertThat(exception.getMessage()).isNull();
        assertThat(exception.getEvent()).isNull();
    }

    @Test
    void isACheckedException() {
        assertThat(new Plain()).isInstanceOf(Exception.class).isNotInstanceOf(RuntimeException.class);
    }

    /** Every concrete checked exception of this package that takes a MediaEvent. */
    static Stream<Arguments> concreteExceptions() {
        return Stream.of(
                family(MediaBindException.class, AlreadyBoundException::new,
                        AlreadyBoundException::new, AlreadyBoundException::new),
                family(MediaBindException.class, BindCancelledException::new,
                        BindCancelledException::new, BindCancelledException::new),
                family(MediaBindException.class, BindInProgressException::new,
                        BindInProgressException::new, BindInProgressException::new),
                family(MediaBindException.class, NoServiceAssignedException::new,
                        NoServiceAssignedException::new, NoServiceAssignedException::new),
                family(NoServiceAssignedException.class, BadServiceNameException::new,
                        BadServiceNameException::new, BadServiceNameException::new),
                family(MediaBindException.class, NoServiceReadyException::new,
                        NoServiceReadyException::new, NoServiceReadyException::new),
                family(MediaConfigException.class, BadConfigSpecException::new,
                        BadConfigSpecException::new, BadConfigSpecException::new),
                family(BadConfigSpecException.class, BadResourceSpecException::new,
                        BadResourceSpecException::new, BadResourceSpecException::new),
                family(MediaConfigException.class, ConfigFailedBusyException::new,
                        ConfigFailedBusyException::new, ConfigFailedBusyException::new),
                family(MediaConfigException.class, ResourceNotAvailableException::new,
                        ResourceNotAvailableException::new, ResourceNotAvailableException::new),
                family(MediaConfigException.class, ResourceNotSupportedException::new,
                        ResourceNotSupportedException::new, ResourceNotSupportedException::new),
                family(MediaException.class, MediaCallException::new,
                        MediaCallException::new, MediaCallException::new),
                family(MediaException.class, NotDelegatedException::new,
                        NotDelegatedException::new, NotDelegatedException::new));
    }

    private static Arguments family(Class<?> parent, Supplier<MediaException> noArg,
            Function<String, MediaException> withMessage,
            BiFunction<String, MediaEvent, MediaException> withEvent) {
        return Arguments.of(withEvent.apply("x", null).getClass().getSimpleName(), parent, noArg,
                withMessage, withEvent);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("concreteExceptions")
    void concreteExceptionConstructorsKeepMessageAndEvent(String name, Class<?> parent,
            Supplier<MediaException> noArg, Function<String, MediaException> withMessage,
            BiFunction<String, MediaEvent, MediaException> withEvent) {
        MediaException bare = noArg.get();
        MediaException messageOnly = withMessage.apply("why");
        MediaException full = withEvent.apply("why", EVENT);

        assertThat(bare).isInstanceOf(parent);
        assertThat(bare.getMessage()).isNull();
        assertThat(bare.getEvent()).isNull();
        assertThat(messageOnly.getMessage()).isEqualTo("why");
        assertThat(messageOnly.getEvent()).isNull();
        assertThat(full.getMessage()).isEqualTo("why");
        assertThat(full.getEvent()).isSameAs(EVENT);
    }
}
