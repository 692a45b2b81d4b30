package javax.telephony.callcontrol;

import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PrivilegeViolationException;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.Terminal;
import javax.telephony.TerminalConnection;

/**
 * Call with advanced control: going off hook, adding parties, consultation calls, conference,
 * transfer, dropping the call and reading party information.
 */
public interface CallControlCall extends Call {
    Connection addParty(String party) throws InvalidPartyException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    void conference(Call call) throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    Connection consult(TerminalConnection terminalConnection) throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    Connection[] consult(TerminalConnection terminalConnection, String string) throws InvalidArgumentException, InvalidPartyException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    void drop() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    Address getCalledAddress();

    Address getCallingAddress();

    Terminal getCallingTerminal();

    TerminalConnection getConferenceController();

    boolean getConferenceEnable();

    Address getLastRedirectedAddress();

    TerminalConnection getTransferController();

    boolean getTransferEnable();

    Connection offHook(Address address, Terminal terminal) throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    void setConferenceController(TerminalConnection conferenceController) throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException, ResourceUnavailableException;

    void setConferenceEnable(boolean conferenceEnable) throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException;

    void setTransferController(TerminalConnection transferController) throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException, ResourceUnavailableException;

    void setTransferEnable(boolean transferEnable) throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException;

    Connection transfer(String string) throws InvalidArgumentException, InvalidPartyException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    void transfer(Call call) throws InvalidArgumentException, InvalidPartyException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;
}
