package javax.telephony.media.async;

import javax.telephony.media.MediaListener;
import javax.telephony.media.PlayerEvent;

/**
 * Listener told when each asynchronous player operation (play, stop, pause, resume, jump, speed or
 * volume change) has finished.
 */
public interface Async_PlayerListener extends MediaListener {
    void onAdjustSpeedDone(PlayerEvent playerEvent);

    void onAdjustVolumeDone(PlayerEvent playerEvent);

    void onJumpDone(PlayerEvent playerEvent);

    void onPauseDone(PlayerEvent playerEvent);

    void onPlayDone(PlayerEvent playerEvent);

    void onResumeDone(PlayerEvent playerEvent);

    void onStopDone(PlayerEvent playerEvent);
}
