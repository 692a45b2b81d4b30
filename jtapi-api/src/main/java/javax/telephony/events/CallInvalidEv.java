package javax.telephony.events;

/**
 * Legacy call event reporting that a call has become invalid, typically because all of its parties
 * have gone.
 */
public interface CallInvalidEv extends CallEv {
    int ID = 102;
}
