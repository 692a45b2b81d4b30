package javax.telephony.media.async;

import javax.telephony.media.PlayerEvent;
import javax.telephony.media.PlayerListener;

/**
 * Convenience class with empty implementations of all player listener methods, both completion and
 * unsolicited, for subclassing.
 */
public class Async_PlayerListenerAdapter implements PlayerListener, Async_PlayerListener {
    public Async_PlayerListenerAdapter() {
    }

    public void onAdjustSpeedDone(PlayerEvent playerEvent) {
    }

    public void onAdjustVolumeDone(PlayerEvent playerEvent) {
    }

    public void onJump(PlayerEvent playerEvent) {
    }

    public void onJumpDone(PlayerEvent playerEvent) {
    }

    public void onMarker(PlayerEvent playerEvent) {
    }

    public void onPause(PlayerEvent playerEvent) {
    }

    public void onPauseDone(PlayerEvent playerEvent) {
    }

    public void onPlayDone(PlayerEvent playerEvent) {
    }

    public void onResume(PlayerEvent playerEvent) {
    }

    public void onResumeDone(PlayerEvent playerEvent) {
    }

    public void onSpeedChange(PlayerEvent playerEvent) {
    }

    public void onStopDone(PlayerEvent playerEvent) {
    }

    public void onVolumeChange(PlayerEvent playerEvent) {
    }
}
