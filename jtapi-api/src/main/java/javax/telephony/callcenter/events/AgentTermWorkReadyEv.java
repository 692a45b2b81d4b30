package javax.telephony.callcenter.events;

/**
 * Legacy agent terminal event reporting that an agent at the terminal is now in after-call work but
 * ready.
 */
public interface AgentTermWorkReadyEv extends AgentTermEv {
    int ID = 315;
}
