package javax.telephony.callcenter.events;

/**
 * Legacy agent terminal event reporting that an agent at the terminal is now not ready to take
 * calls.
 */
public interface AgentTermNotReadyEv extends AgentTermEv {
    int ID = 311;
}
