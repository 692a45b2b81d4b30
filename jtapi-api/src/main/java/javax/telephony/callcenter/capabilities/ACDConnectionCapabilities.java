package javax.telephony.callcenter.capabilities;

import javax.telephony.capabilities.ConnectionCapabilities;

/** Reports whether the ACD manager connection can be obtained from an ACD connection. */
public interface ACDConnectionCapabilities extends ConnectionCapabilities {
    boolean canGetACDManagerConnection();
}
