package javax.telephony.callcontrol;

import javax.telephony.CallObserver;

/**
 * Legacy call observer that receives call control call, connection and terminal connection events;
 * superseded by the call control listeners.
 */
public interface CallControlCallObserver extends CallObserver {
}
