package javax.telephony.media.events;

/** Legacy observer event reporting a DTMF digit detected on a {@code MediaTerminalConnection}. */
public interface MediaTermConnDtmfEv extends MediaTermConnEv {
    int ID = 401;

    char getDtmfDigit();
}
