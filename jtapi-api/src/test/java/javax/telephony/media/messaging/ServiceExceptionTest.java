package javax.telephony.media.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.telephony.media.MediaException;
import javax.telephony.media.StubEvents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ServiceExceptionTest {
    private static final ServiceEvent EVENT = StubEvents.stub(ServiceEvent.class);

    /** ServiceException and each of its subclasses. */
    static Stream<Arguments> serviceExceptions() {
        return Stream.of(
                family(ServiceException::new, ServiceException::new, ServiceException::new),
                family(NotRegisteredException::new, NotRegisteredException::new,
                        NotRegisteredException::new),
                family(ServiceClosedException::new, ServiceClosedException::new,
                        ServiceClosedException::new),
                family(ServiceRequestException::new, ServiceRequestException::new,
                        ServiceRequestException::new));
    }

    private static Arguments family(Supplier<ServiceException> noArg,
            Function<String, ServiceException> withMessage,
            BiFunction<String, ServiceEvent, ServiceException> withEvent) {
        return Arguments.of(noArg.get().getClass().getSimpleName(), noArg, withMessage, withEvent);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serviceExceptions")
    void noArgConstructorHasNeitherMessageNorEvent(String name, Supplier<ServiceException> noArg,
            Function<String, ServiceException> withMessage,
            BiFunction<String, ServiceEvent, ServiceException> withEvent) {
        ServiceException exception = noArg.get();

        assertThat(exception).isInstanceOf(MediaException.class);
        assertThat(exception.getMessage()).isNull();
        assertThat(exception.getServiceEvent()).isNull();
        assertThat(exception.getEvent()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serviceExceptions")
    void messageConstructorKeepsMessageAndHasNoEvent(String name, Supplier<ServiceException> noArg,
            Function<String, ServiceException> withMessage,
            BiFunction<String, ServiceEvent, ServiceException> withEvent) {
        ServiceException exception = withMessage.apply("service gone");

        assertThat(exception.getMessage()).isEqualTo("service gone");
        assertThat(exception.getServiceEvent()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serviceExceptions")
    void eventConstructorKeepsMessageAndEventForBothGetters(String name,
            Supplier<ServiceException> noArg, Function<String, ServiceException> withMessage,
            BiFunction<String, ServiceEvent, ServiceException> withEvent) {
        ServiceException exception = withEvent.apply("service gone", EVENT);

        assertThat(exception.getMessage()).isEqualTo("service gone");
        assertThat(exception.getServiceEvent()).isSameAs(EVENT);
        assertThat(exception.getEvent()).isSameAs(EVENT);
    }
}
