package javax.telephony.callcenter.events;

/**
 * Legacy agent terminal event reporting that an agent at the terminal is now in an unknown state.
 */
public interface AgentTermUnknownEv extends AgentTermEv {
    int ID = 313;
}
