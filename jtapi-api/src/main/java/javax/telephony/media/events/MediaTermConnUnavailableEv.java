package javax.telephony.media.events;

/**
 * Legacy observer event sent when media stops being available on a {@code MediaTerminalConnection}.
 */
public interface MediaTermConnUnavailableEv extends MediaTermConnEv {
    int ID = 403;
}
