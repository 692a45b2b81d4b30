package javax.telephony.callcenter;

import javax.telephony.Connection;
import javax.telephony.MethodNotSupportedException;

/**
 * Connection between a call and an ACD manager address; lists the ACD connections created as the
 * call is distributed.
 */
public interface ACDManagerConnection extends Connection {
    ACDConnection[] getACDConnections() throws MethodNotSupportedException;
}
