package javax.telephony.callcenter.events;

/** Legacy agent terminal event reporting that an agent at the terminal is now logged on. */
public interface AgentTermLoggedOnEv extends AgentTermEv {
    int ID = 310;
}
