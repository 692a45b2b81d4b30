package javax.telephony.media.provider;

import javax.telephony.media.MediaProvider;

/** {@code MediaPeer} that hands out providers with no real media platform behind them. */
public class NullMediaPeer implements MediaPeer {
    public NullMediaPeer() {
    }

    public MediaProvider getMediaProvider(String string) {
        throw NotBuilt.member("NullMediaPeer.getMediaProvider");
    }
}
