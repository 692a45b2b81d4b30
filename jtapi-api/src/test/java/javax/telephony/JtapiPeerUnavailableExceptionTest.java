package javax.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JtapiPeerUnavailableExceptionTest {

    @Test
    void noArgConstructorHasNoMessage() {
        assertThat(new JtapiPeerUnavailableException().getMessage()).isNull();
    }

    @Test
    void messageConstructorKeepsMessage() {
        assertThat(new JtapiPeerUnavailableException("bad thing happened").getMessage())
                .isEqualTo("bad thing happened");
    }

    @Test
    void isCheckedException() {
        assertThat(new JtapiPeerUnavailableException()).isInstanceOf(Exception.class)
                .isNotInstanceOf(RuntimeException.class);
    }
}
