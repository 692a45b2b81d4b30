package javax.telephony.callcontrol;

import javax.telephony.CallListener;

/**
 * Call listener for the call control package; the base for listeners that receive call control
 * connection and terminal connection events.
 */
public interface CallControlCallListener extends CallListener {
}
