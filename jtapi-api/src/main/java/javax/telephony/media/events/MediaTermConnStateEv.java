package javax.telephony.media.events;

/**
 * Legacy observer event reporting a change of media state (playing, recording, idle) on a {@code
 * MediaTerminalConnection}.
 */
public interface MediaTermConnStateEv extends MediaTermConnEv {
    int ID = 402;

    int getMediaState();
}
