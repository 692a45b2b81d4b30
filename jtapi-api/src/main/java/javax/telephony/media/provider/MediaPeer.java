package javax.telephony.media.provider;

import javax.telephony.media.MediaProvider;

/** Entry point of a media implementation that returns a {@code MediaProvider} for a given name. */
public interface MediaPeer {
    MediaProvider getMediaProvider(String string);
}
