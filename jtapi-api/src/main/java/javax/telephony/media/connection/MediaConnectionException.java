package javax.telephony.media.connection;

import javax.telephony.media.MediaEvent;
import javax.telephony.media.MediaServiceException;

/**
 * Thrown when a media connection operation such as connect, disconnect or data-flow change fails.
 */
public class MediaConnectionException extends MediaServiceException {
    public MediaConnectionException() {
    }

    public MediaConnectionException(String string) {
        super(string);
    }

    public MediaConnectionException(String string, MediaEvent mediaEvent) {
        super(string, mediaEvent);
    }
}
