package javax.telephony;

/**
 * Call listener extended with callbacks for each {@code Connection} state change on the calls being
 * watched.
 */
public interface ConnectionListener extends CallListener {
    void connectionAlerting(ConnectionEvent connectionEvent);

    void connectionConnected(ConnectionEvent connectionEvent);

    void connectionCreated(ConnectionEvent connectionEvent);

    void connectionDisconnected(ConnectionEvent connectionEvent);

    void connectionFailed(ConnectionEvent connectionEvent);

    void connectionInProgress(ConnectionEvent connectionEvent);

    void connectionUnknown(ConnectionEvent connectionEvent);
}
