package javax.telephony.callcenter.events;

import javax.telephony.Address;
import javax.telephony.callcenter.ACDAddress;
import javax.telephony.callcenter.Agent;
import javax.telephony.events.TermEv;

/**
 * Base legacy event for agent state changes at an agent terminal; gives the agent, its ID, address,
 * ACD address and new state.
 */
public interface AgentTermEv extends CallCentEv, TermEv {
    ACDAddress getACDAddress();

    Agent getAgent();

    Address getAgentAddress();

    String getAgentID();

    int getState();
}
