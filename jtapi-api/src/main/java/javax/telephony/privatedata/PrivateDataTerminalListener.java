package javax.telephony.privatedata;

import javax.telephony.TerminalListener;

/** Terminal listener that also receives vendor-specific private data sent for a terminal. */
public interface PrivateDataTerminalListener extends TerminalListener {
    void terminalPrivateData(PrivateDataEvent privateDataEvent);
}
