package javax.telephony.callcontrol;

import javax.telephony.TerminalEvent;

/** Terminal event reporting a change of the do-not-disturb setting on a call control terminal. */
public interface CallControlTerminalEvent extends TerminalEvent, CallControlEvent {
    int CALLCTL_TERMINAL_EVENT_DO_NOT_DISTURB = 371;

    boolean getDoNotDisturbState();
}
