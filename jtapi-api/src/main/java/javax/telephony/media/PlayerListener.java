package javax.telephony.media;

/**
 * Listener for unsolicited {@code Player} events such as pause, resume, jump, marker, speed change
 * and volume change.
 */
public interface PlayerListener extends ResourceListener {
    void onJump(PlayerEvent playerEvent);

    void onMarker(PlayerEvent playerEvent);

    void onPause(PlayerEvent playerEvent);

    void onResume(PlayerEvent playerEvent);

    void onSpeedChange(PlayerEvent playerEvent);

    void onVolumeChange(PlayerEvent playerEvent);
}
