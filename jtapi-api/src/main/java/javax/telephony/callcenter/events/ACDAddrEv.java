package javax.telephony.callcenter.events;

import javax.telephony.Address;
import javax.telephony.callcenter.Agent;
import javax.telephony.callcenter.AgentTerminal;
import javax.telephony.callcenter.CallCenterTrunk;
import javax.telephony.events.AddrEv;

/**
 * Base legacy event for agent state changes at an ACD address; gives the agent, its address,
 * terminal, new state and related trunks.
 */
public interface ACDAddrEv extends CallCentEv, AddrEv {
    Agent getAgent();

    Address getAgentAddress();

    AgentTerminal getAgentTerminal();

    int getState();

    CallCenterTrunk[] getTrunks();
}
