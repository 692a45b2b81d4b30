package javax.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MethodNotSupportedExceptionTest {

    @Test
    void noArgConstructorHasNoMessage() {
        assertThat(new MethodNotSupportedException().getMessage()).isNull();
    }

    @Test
    void messageConstructorKeepsMessage() {
        assertThat(new MethodNotSupportedException("bad thing happened").getMessage())
                .isEqualTo("bad thing happened");
    }

    @Test
    void isCheckedException() {
        assertThat(new MethodNotSupportedException()).isInstanceOf(Exception.class)
                .isNotInstanceOf(RuntimeException.class);
    }
}
