package javax.telephony.callcenter.events;

/**
 * Legacy agent terminal event reporting that an agent at the terminal is now ready to take calls.
 */
public interface AgentTermReadyEv extends AgentTermEv {
    int ID = 312;
}
