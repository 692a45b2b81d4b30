package javax.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvalidArgumentExceptionTest {

    @Test
    void noArgConstructorHasNoMessage() {
        assertThat(new InvalidArgumentException().getMessage()).isNull();
    }

    @Test
    void messageConstructorKeepsMessage() {
        assertThat(new InvalidArgumentException("bad thing happened").getMessage())
                .isEqualTo("bad thing happened");
    }

    @Test
    void isCheckedException() {
        assertThat(new InvalidArgumentException()).isInstanceOf(Exception.class)
                .isNotInstanceOf(RuntimeException.class);
    }
}
