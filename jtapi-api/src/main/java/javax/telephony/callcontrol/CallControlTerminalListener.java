package javax.telephony.callcontrol;

import javax.telephony.TerminalListener;

/** Terminal listener that is told when the do-not-disturb setting of a terminal changes. */
public interface CallControlTerminalListener extends TerminalListener {
    void terminalDoNotDisturb(CallControlTerminalEvent callControlTerminalEvent);
}
