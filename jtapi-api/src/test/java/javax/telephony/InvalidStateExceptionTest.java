package javax.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvalidStateExceptionTest {

    private final Object call = new Object();

    @ParameterizedTest
    @ValueSource(ints = {
        InvalidStateException.PROVIDER_OBJECT,
        InvalidStateException.CALL_OBJECT,
        InvalidStateException.CONNECTION_OBJECT,
        InvalidStateException.TERMINAL_OBJECT,
        InvalidStateException.ADDRESS_OBJECT,
        InvalidStateException.TERMINAL_CONNECTION_OBJECT
    })
    void threeArgConstructorKeepsObjectTypeAndStateWithoutMessage(int objectType) {
        InvalidStateException e = new InvalidStateException(call, objectType, 7);

        assertThat(e.getObject()).isSameAs(call);
        assertThat(e.getObjectType()).isEqualTo(objectType);
        assertThat(e.getState()).isEqualTo(7);
        assertThat(e.getMessage()).isNull();
    }

    @Test
    void fourArgConstructorKeepsEverythingAndMessage() {
        InvalidStateException e = new InvalidStateException(
                call, InvalidStateException.CALL_OBJECT, 34, "call is not idle");

        assertThat(e.getObject()).isSameAs(call);
        assertThat(e.getObjectType()).isEqualTo(InvalidStateException.CALL_OBJECT);
        assertThat(e.getState()).isEqualTo(34);
        assertThat(e.getMessage()).isEqualTo("call is not idle");
    }

    @Test
    void nullObjectIsAllowed() {
        InvalidStateException e =
                new InvalidStateException(null, InvalidStateException.PROVIDER_OBJECT, 0);

        assertThat(e.getObject()).isNull();
    }

    @Test
    void serializationKeepsCodesButDropsUnserializableObject() throws Exception {
        InvalidStateException original = new InvalidStateException(
                call, InvalidStateException.TERMINAL_OBJECT, 3, "terminal out of service");

        InvalidStateException copy = roundTrip(original);

        assertThat(copy.getObject()).isNull();
        assertThat(copy.getObjectType()).isEqualTo(InvalidStateException.TERMINAL_OBJECT);
        assertThat(copy.getState()).isEqualTo(3);
        assertThat(copy.getMessage()).isEqualTo("terminal out of service");
    }

    @Test
    void isCheckedException() {
        assertThat(new InvalidStateException(call, InvalidStateException.CALL_OBJECT, 0))
                .isInstanceOf(Exception.class)
                .isNotInstanceOf(RuntimeException.class);
    }

    private static InvalidStateException roundTrip(InvalidStateException e) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        try (ObjectInputStream in =
                new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (InvalidStateException) in.readObject();
        }
    }
}
