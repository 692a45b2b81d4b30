package javax.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResourceUnavailableExceptionTest {

    @ParameterizedTest
    @ValueSource(ints = {
        ResourceUnavailableException.UNKNOWN,
        ResourceUnavailableException.ORIGINATOR_UNAVAILABLE,
        ResourceUnavailableException.OBSERVER_LIMIT_EXCEEDED,
        ResourceUnavailableException.TRUNK_LIMIT_EXCEEDED,
        ResourceUnavailableException.OUTSTANDING_METHOD_EXCEEDED,
        ResourceUnavailableException.UNSPECIFIED_LIMIT_EXCEEDED,
        ResourceUnavailableException.NO_DIALTONE,
        ResourceUnavailableException.USER_RESPONSE
    })
    void typeConstructorKeepsTypeAndHasNoMessage(int type) {
        ResourceUnavailableException e = new ResourceUnavailableException(type);

        assertThat(e.getType()).isEqualTo(type);
        assertThat(e.getMessage()).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {
        ResourceUnavailableException.UNKNOWN,
        ResourceUnavailableException.NO_DIALTONE,
        ResourceUnavailableException.USER_RESPONSE
    })
    void typeAndMessageConstructorKeepsBoth(int type) {
        ResourceUnavailableException e = new ResourceUnavailableException(type, "all trunks busy");

        assertThat(e.getType()).isEqualTo(type);
        assertThat(e.getMessage()).isEqualTo("all trunks busy");
    }

    @Test
    void isCheckedException() {
        assertThat(new ResourceUnavailableException(ResourceUnavailableException.UNKNOWN))
                .isInstanceOf(Exception.class)
                .isNotInstanceOf(RuntimeException.class);
    }
}
