package javax.telephony.media;

import javax.telephony.CallObserver;

/**
 * Call observer type for applications that want call events together with the media events of the
 * legacy media package.
 */
public interface MediaCallObserver extends CallObserver {
}
