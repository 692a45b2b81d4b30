package javax.telephony.media.events;

/** Legacy observer event sent when media becomes available on a {@code MediaTerminalConnection}. */
public interface MediaTermConnAvailableEv extends MediaTermConnEv {
    int ID = 400;
}
