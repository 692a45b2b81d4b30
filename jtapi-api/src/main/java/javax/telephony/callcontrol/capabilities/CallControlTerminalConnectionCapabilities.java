package javax.telephony.callcontrol.capabilities;

import javax.telephony.capabilities.TerminalConnectionCapabilities;

/**
 * Reports which call control terminal connection operations are available: hold, unhold, join and
 * leave.
 */
public interface CallControlTerminalConnectionCapabilities extends TerminalConnectionCapabilities {
    boolean canHold();

    boolean canJoin();

    boolean canLeave();

    boolean canUnhold();
}
