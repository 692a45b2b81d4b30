package javax.telephony.callcenter;

import javax.telephony.TerminalObserver;

/**
 * Legacy terminal observer for agent terminals that receives {@code AgentTermEv} agent state
 * events; superseded by {@code AgentTerminalListener}.
 */
public interface AgentTerminalObserver extends TerminalObserver {
}
