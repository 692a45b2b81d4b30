package javax.telephony.callcenter.events;

/** Legacy agent terminal event reporting that an agent at the terminal is now logged off. */
public interface AgentTermLoggedOffEv extends AgentTermEv {
    int ID = 309;
}
