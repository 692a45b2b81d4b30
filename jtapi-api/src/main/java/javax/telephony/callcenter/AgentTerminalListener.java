package javax.telephony.callcenter;

import javax.telephony.TerminalListener;

/**
 * Terminal listener with callbacks for each agent state change (logged on/off, ready, not ready,
 * work ready, busy, unknown) at an agent terminal.
 */
public interface AgentTerminalListener extends TerminalListener {
    void agentTerminalBusy(AgentTerminalEvent agentTerminalEvent);

    void agentTerminalLoggedOff(AgentTerminalEvent agentTerminalEvent);

    void agentTerminalLoggedOn(AgentTerminalEvent agentTerminalEvent);

    void agentTerminalNotReady(AgentTerminalEvent agentTerminalEvent);

    void agentTerminalReady(AgentTerminalEvent agentTerminalEvent);

    void agentTerminalUnknown(AgentTerminalEvent agentTerminalEvent);

    void agentTerminalWorkNotReady(AgentTerminalEvent agentTerminalEvent);

    void agentTerminalWorkReady(AgentTerminalEvent agentTerminalEvent);
}
