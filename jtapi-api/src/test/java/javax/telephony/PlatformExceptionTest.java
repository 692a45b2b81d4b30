package javax.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlatformExceptionTest {

    @Test
    void noArgConstructorHasNoMessage() {
        assertThat(new PlatformException().getMessage()).isNull();
    }

    @Test
    void messageConstructorKeepsMessage() {
        assertThat(new PlatformException("switch link lost").getMessage())
                .isEqualTo("switch link lost");
    }

    @Test
    void isUncheckedException() {
        assertThat(new PlatformException()).isInstanceOf(RuntimeException.class);
    }
}
