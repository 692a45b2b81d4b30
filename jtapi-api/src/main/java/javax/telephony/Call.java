package javax.telephony;

import javax.telephony.capabilities.CallCapabilities;

/**
 * A telephone call, modelled as a set of connections between addresses; used to place outgoing
 * calls with {@code connect} and to inspect call state.
 */
public interface Call {
    int ACTIVE = 33;
    int IDLE = 32;
    int INVALID = 34;

    void addCallListener(CallListener callListener) throws MethodNotSupportedException, ResourceUnavailableException;

    void addObserver(CallObserver callObserver) throws MethodNotSupportedException, ResourceUnavailableException;

    Connection[] connect(Terminal terminal, Address address, String string) throws InvalidArgumentException, InvalidPartyException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    CallCapabilities getCallCapabilities(Terminal terminal, Address address) throws InvalidArgumentException, PlatformException;

    CallListener[] getCallListeners();

    CallCapabilities getCapabilities(Terminal terminal, Address address) throws InvalidArgumentException;

    Connection[] getConnections();

    CallObserver[] getObservers();

    Provider getProvider();

    int getState();

    void removeCallListener(CallListener callListener);

    void removeObserver(CallObserver observer);
}
