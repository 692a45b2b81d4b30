package javax.telephony.callcontrol;

import javax.telephony.ConnectionListener;

/**
 * Connection listener with callbacks for each detailed call control connection state change, such
 * as initiated, dialing, offered and established.
 */
public interface CallControlConnectionListener extends ConnectionListener, CallControlCallListener {
    void connectionAlerting(CallControlConnectionEvent callControlConnectionEvent);

    void connectionDialing(CallControlConnectionEvent callControlConnectionEvent);

    void connectionDisconnected(CallControlConnectionEvent callControlConnectionEvent);

    void connectionEstablished(CallControlConnectionEvent callControlConnectionEvent);

    void connectionFailed(CallControlConnectionEvent callControlConnectionEvent);

    void connectionInitiated(CallControlConnectionEvent callControlConnectionEvent);

    void connectionNetworkAlerting(CallControlConnectionEvent callControlConnectionEvent);

    void connectionNetworkReached(CallControlConnectionEvent callControlConnectionEvent);

    void connectionOffered(CallControlConnectionEvent callControlConnectionEvent);

    void connectionQueued(CallControlConnectionEvent callControlConnectionEvent);

    void connectionUnknown(CallControlConnectionEvent callControlConnectionEvent);
}
