package javax.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MediaConfigExceptionTest {

    /** A config exception that names the spec it could not satisfy, as a provider would. */
    private static final class Blaming extends MediaConfigException {
        Blaming(ResourceSpec badSpec) {
            super("cannot configure");
            badResourceSpec = badSpec;
        }
    }

    @Test
    void resourceSpecIsNullWhenNoSpecIsBlamed() {
        assertThat(new ConfigFailedBusyException().getResourceSpec()).isNull();
        assertThat(new ResourceNotSupportedException("no fax").getResourceSpec()).isNull();
    }

    @Test
    void resourceSpecReturnsTheBadResourceSpecField() {
        MediaConfigException exception = new Blaming(ResourceSpec.basicASR);

        assertThat(exception.getResourceSpec()).isSameAs(ResourceSpec.basicASR);
        assertThat(exception.getMessage()).isEqualTo("cannot configure");
    }

    @Test
    void isAMediaServiceException() {
        assertThat(new BadConfigSpecException()).isInstanceOf(MediaServiceException.class);
    }
}
