package javax.telephony.phone;

import javax.telephony.TerminalObserver;

/**
 * Legacy terminal observer that receives phone component events; superseded by {@code
 * PhoneTerminalListener}.
 */
public interface PhoneTerminalObserver extends TerminalObserver {
}
