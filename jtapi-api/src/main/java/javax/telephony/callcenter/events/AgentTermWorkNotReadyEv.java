package javax.telephony.callcenter.events;

/**
 * Legacy agent terminal event reporting that an agent at the terminal is now in after-call work and
 * not ready.
 */
public interface AgentTermWorkNotReadyEv extends AgentTermEv {
    int ID = 314;
}
