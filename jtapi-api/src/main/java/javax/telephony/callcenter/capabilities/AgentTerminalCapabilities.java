package javax.telephony.callcenter.capabilities;

import javax.telephony.capabilities.TerminalCapabilities;

/** Reports whether an agent terminal supports adding, removing and managing agents. */
public interface AgentTerminalCapabilities extends TerminalCapabilities {
    boolean canHandleAgents();
}
