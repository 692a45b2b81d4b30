package javax.telephony.callcenter;

import javax.telephony.TerminalEvent;

/**
 * Terminal event reporting a change in the state of an agent working at an agent terminal, such as
 * logged on, ready, busy or logged off.
 */
public interface AgentTerminalEvent extends TerminalEvent, CallCenterEvent {
    int AGENT_TERMINAL_BUSY = 308;
    int AGENT_TERMINAL_LOGGED_OFF = 309;
    int AGENT_TERMINAL_LOGGED_ON = 310;
    int AGENT_TERMINAL_NOT_READY = 311;
    int AGENT_TERMINAL_READY = 312;
    int AGENT_TERMINAL_UNKNOWN = 313;
    int AGENT_TERMINAL_WORK_NOT_READY = 314;
    int AGENT_TERMINAL_WORK_READY = 315;

    Agent getAgent();
}
