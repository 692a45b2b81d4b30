package javax.telephony.callcenter.events;

/**
 * Legacy agent terminal event reporting that an agent at the terminal is now busy handling a call.
 */
public interface AgentTermBusyEv extends AgentTermEv {
    int ID = 308;
}
