package javax.telephony.callcontrol.capabilities;

import javax.telephony.Call;
import javax.telephony.TerminalConnection;
import javax.telephony.capabilities.CallCapabilities;

/**
 * Reports which call control call operations are available, such as off hook, add party, consult,
 * conference, transfer and drop.
 */
public interface CallControlCallCapabilities extends CallCapabilities {
    boolean canAddParty();

    boolean canConference();

    boolean canConsult();

    boolean canConsult(TerminalConnection terminalConnection);

    boolean canConsult(TerminalConnection terminalConnection, String string);

    boolean canDrop();

    boolean canOffHook();

    boolean canSetConferenceController();

    boolean canSetConferenceEnable();

    boolean canSetTransferController();

    boolean canSetTransferEnable();

    boolean canTransfer();

    boolean canTransfer(String string);

    boolean canTransfer(Call call);
}
