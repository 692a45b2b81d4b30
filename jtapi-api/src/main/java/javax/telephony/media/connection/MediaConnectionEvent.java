package javax.telephony.media.connection;

import javax.telephony.media.MediaEvent;

/**
 * Event reporting a media connection operation or change, with the token of the affected
 * connection.
 */
public interface MediaConnectionEvent extends MediaEvent, MediaConnection.Token, MediaConnectionConstants {
    MediaConnection.Token getToken();
}
