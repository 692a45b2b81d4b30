package javax.telephony.callcenter;

import javax.telephony.Address;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;

/**
 * A call center agent logged on at an agent terminal for an ACD address; exposes and changes the
 * agent work state (ready, not ready, busy and so on).
 */
public interface Agent {
    int BUSY = 7;
    int LOG_IN = 1;
    int LOG_OUT = 2;
    int NOT_READY = 3;
    int READY = 4;
    int UNKNOWN = 0;
    int WORK_NOT_READY = 5;
    int WORK_READY = 6;

    ACDAddress getACDAddress();

    Address getAgentAddress();

    String getAgentID();

    AgentTerminal getAgentTerminal();

    int getState();

    void setState(int state) throws InvalidArgumentException, InvalidStateException;
}
