package javax.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrivilegeViolationExceptionTest {

    @ParameterizedTest
    @ValueSource(ints = {
        PrivilegeViolationException.ORIGINATOR_VIOLATION,
        PrivilegeViolationException.DESTINATION_VIOLATION,
        PrivilegeViolationException.UNKNOWN_VIOLATION,
        -1
    })
    void typeConstructorKeepsTypeAndHasNoMessage(int type) {
        PrivilegeViolationException e = new PrivilegeViolationException(type);

        assertThat(e.getType()).isEqualTo(type);
        assertThat(e.getMessage()).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {
        PrivilegeViolationException.ORIGINATOR_VIOLATION,
        PrivilegeViolationException.DESTINATION_VIOLATION,
        PrivilegeViolationException.UNKNOWN_VIOLATION
    })
    void typeAndMessageConstructorKeepsBoth(int type) {
        PrivilegeViolationException e = new PrivilegeViolationException(type, "not allowed");

        assertThat(e.getType()).isEqualTo(type);
        assertThat(e.getMessage()).isEqualTo("not allowed");
    }

    @Test
    void isCheckedException() {
        assertThat(new PrivilegeViolationException(PrivilegeViolationException.UNKNOWN_VIOLATION))
                .isInstanceOf(Exception.class)
                .isNotInstanceOf(RuntimeException.class);
    }
}
