package javax.telephony.callcenter;

import javax.telephony.Address;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.Terminal;

/**
 * Terminal used by call center agents; lets an application log agents in and out of ACD addresses
 * and list the agents currently on it.
 */
public interface AgentTerminal extends Terminal {
    Agent addAgent(Address address, ACDAddress aCDAddress, int value, String string, String string2) throws InvalidArgumentException, InvalidStateException, ResourceUnavailableException;

    Agent[] getAgents();

    void removeAgent(Agent agent) throws InvalidArgumentException, InvalidStateException;

    void setAgents(Agent[] agents) throws MethodNotSupportedException;
}
