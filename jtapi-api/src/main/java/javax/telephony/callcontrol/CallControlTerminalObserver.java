package javax.telephony.callcontrol;

import javax.telephony.TerminalObserver;

/**
 * Legacy terminal observer that receives call control terminal events; superseded by {@code
 * CallControlTerminalListener}.
 */
public interface CallControlTerminalObserver extends TerminalObserver {
}
