package javax.telephony.callcenter;

import javax.telephony.Connection;
import javax.telephony.MethodNotSupportedException;

/**
 * Connection between a call and an ACD address, representing the call while it is queued or
 * distributed by the ACD; links to its ACD manager connection.
 */
public interface ACDConnection extends Connection {
    ACDManagerConnection getACDManagerConnection() throws MethodNotSupportedException;
}
