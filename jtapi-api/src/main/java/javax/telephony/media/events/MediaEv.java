package javax.telephony.media.events;

import javax.telephony.events.Ev;

/** Base of the legacy media observer events, adding a media-specific cause code. */
public interface MediaEv extends Ev {
    int CAUSE_NORMAL = 400;
    int CAUSE_UNKNOWN = 401;

    int getMediaCause();
}
