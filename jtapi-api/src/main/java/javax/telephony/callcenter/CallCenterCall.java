package javax.telephony.callcenter;

import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PrivilegeViolationException;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.Terminal;

/**
 * Call with call center features: predictive dialing, attaching application data to the call, and
 * listing the trunks it uses.
 */
public interface CallCenterCall extends Call {
    int ANSWERING_TREATMENT_CONNECT = 3;
    int ANSWERING_TREATMENT_DROP = 2;
    int ANSWERING_TREATMENT_NONE = 4;
    int ANSWERING_TREATMENT_PROVIDER_DEFAULT = 1;
    int ENDPOINT_ANSWERING_MACHINE = 1;
    int ENDPOINT_ANY = 4;
    int ENDPOINT_FAX_MACHINE = 2;
    int ENDPOINT_HUMAN_INTERVENTION = 3;
    int MAX_RINGS = 15;
    int MIN_RINGS = 2;

    Connection[] connectPredictive(Terminal terminal, Address address, String string, int value, int value2, int value3, int value4) throws InvalidArgumentException, InvalidPartyException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    Object getApplicationData() throws MethodNotSupportedException;

    CallCenterTrunk[] getTrunks() throws MethodNotSupportedException;

    void setApplicationData(Object applicationData) throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException, ResourceUnavailableException;
}
