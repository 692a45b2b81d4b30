package javax.telephony.media;

import java.util.Dictionary;

/**
 * Root of media events: exposes the event ID, qualifier, error, sub-error, warning, payload and any
 * exception raised.
 */
public interface MediaEvent extends MediaServiceConstants {
    Symbol getError();

    Symbol getEventID();

    Exception getException();

    Dictionary getPayload();

    Symbol getQualifier();

    int getSubError();

    Symbol getWarning();
}
