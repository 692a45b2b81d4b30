package javax.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProviderUnavailableExceptionTest {

    @Test
    void noArgConstructorHasUnknownReasonAndNoMessage() {
        ProviderUnavailableException e = new ProviderUnavailableException();

        assertThat(e.getReason()).isEqualTo(ProviderUnavailableException.CAUSE_UNKNOWN);
        assertThat(e.getMessage()).isNull();
    }

    @Test
    void messageConstructorKeepsMessageWithUnknownReason() {
        ProviderUnavailableException e = new ProviderUnavailableException("no such service");

        assertThat(e.getReason()).isEqualTo(ProviderUnavailableException.CAUSE_UNKNOWN);
        assertThat(e.getMessage()).isEqualTo("no such service");
    }

    @ParameterizedTest
    @ValueSource(ints = {
        ProviderUnavailableException.CAUSE_UNKNOWN,
        ProviderUnavailableException.CAUSE_NOT_IN_SERVICE,
        ProviderUnavailableException.CAUSE_INVALID_SERVICE,
        ProviderUnavailableException.CAUSE_INVALID_ARGUMENT
    })
    void reasonConstructorKeepsReasonAndHasNoMessage(int reason) {
        ProviderUnavailableException e = new ProviderUnavailableException(reason);

        assertThat(e.getReason()).isEqualTo(reason);
        assertThat(e.getMessage()).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {
        ProviderUnavailableException.CAUSE_UNKNOWN,
        ProviderUnavailableException.CAUSE_NOT_IN_SERVICE,
        ProviderUnavailableException.CAUSE_INVALID_SERVICE,
        ProviderUnavailableException.CAUSE_INVALID_ARGUMENT
    })
    void reasonAndMessageConstructorKeepsBoth(int reason) {
        ProviderUnavailableException e = new ProviderUnavailableException(reason, "switch down");

        assertThat(e.getReason()).isEqualTo(reason);
        assertThat(e.getMessage()).isEqualTo("switch down");
    }

    @Test
    void isUncheckedException() {
        assertThat(new ProviderUnavailableException()).isInstanceOf(RuntimeException.class);
    }
}
