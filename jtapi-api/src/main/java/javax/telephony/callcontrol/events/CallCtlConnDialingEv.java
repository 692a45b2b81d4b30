package javax.telephony.callcontrol.events;

/**
 * Legacy call control event reporting that a connection is now dialing: digits are being sent for
 * the destination.
 */
public interface CallCtlConnDialingEv extends CallCtlConnEv {
    int ID = 204;

    String getDigits();
}
