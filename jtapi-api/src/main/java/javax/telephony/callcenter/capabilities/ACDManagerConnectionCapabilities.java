package javax.telephony.callcenter.capabilities;

import javax.telephony.capabilities.ConnectionCapabilities;

/** Reports whether the ACD connections can be obtained from an ACD manager connection. */
public interface ACDManagerConnectionCapabilities extends ConnectionCapabilities {
    boolean canGetACDConnections();
}
