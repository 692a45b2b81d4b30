package javax.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvalidPartyExceptionTest {

    @ParameterizedTest
    @ValueSource(ints = {
        InvalidPartyException.ORIGINATING_PARTY,
        InvalidPartyException.DESTINATION_PARTY,
        InvalidPartyException.UNKNOWN_PARTY,
        42
    })
    void typeConstructorKeepsTypeAndHasNoMessage(int type) {
        InvalidPartyException e = new InvalidPartyException(type);

        assertThat(e.getType()).isEqualTo(type);
        assertThat(e.getMessage()).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {
        InvalidPartyException.ORIGINATING_PARTY,
        InvalidPartyException.DESTINATION_PARTY,
        InvalidPartyException.UNKNOWN_PARTY
    })
    void typeAndMessageConstructorKeepsBoth(int type) {
        InvalidPartyException e = new InvalidPartyException(type, "no such number");

        assertThat(e.getType()).isEqualTo(type);
        assertThat(e.getMessage()).isEqualTo("no such number");
    }

    @Test
    void isCheckedException() {
        assertThat(new InvalidPartyException(InvalidPartyException.UNKNOWN_PARTY))
                .isInstanceOf(Exception.class)
                .isNotInstanceOf(RuntimeException.class);
    }
}
