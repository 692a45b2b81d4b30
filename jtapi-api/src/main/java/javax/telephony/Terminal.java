package javax.telephony;

import javax.telephony.capabilities.TerminalCapabilities;

/**
 * A physical or logical device, such as a phone set, through which calls are placed or answered;
 * lists its addresses and terminal connections.
 */
public interface Terminal {
    void addCallListener(CallListener callListener) throws MethodNotSupportedException, ResourceUnavailableException;

    void addCallObserver(CallObserver callObserver) throws MethodNotSupportedException, ResourceUnavailableException;

    void addObserver(TerminalObserver terminalObserver) throws MethodNotSupportedException, ResourceUnavailableException;

    void addTerminalListener(TerminalListener terminalListener) throws MethodNotSupportedException, ResourceUnavailableException;

    Address[] getAddresses();

    CallListener[] getCallListeners();

    CallObserver[] getCallObservers();

    TerminalCapabilities getCapabilities();

    String getName();

    TerminalObserver[] getObservers();

    Provider getProvider();

    TerminalCapabilities getTerminalCapabilities(Terminal terminal, Address address) throws InvalidArgumentException, PlatformException;

    TerminalConnection[] getTerminalConnections();

    TerminalListener[] getTerminalListeners();

    void removeCallListener(CallListener callListener);

    void removeCallObserver(CallObserver callObserver);

    void removeObserver(TerminalObserver observer);

    void removeTerminalListener(TerminalListener terminalListener);
}
