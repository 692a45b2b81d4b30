package javax.telephony;

import javax.telephony.capabilities.AddressCapabilities;
import javax.telephony.capabilities.CallCapabilities;
import javax.telephony.capabilities.ConnectionCapabilities;
import javax.telephony.capabilities.ProviderCapabilities;
import javax.telephony.capabilities.TerminalCapabilities;
import javax.telephony.capabilities.TerminalConnectionCapabilities;

/**
 * Central JTAPI object representing one telephony service; gives access to its addresses, terminals
 * and calls, creates new calls and reports capabilities.
 */
public interface Provider {
    int IN_SERVICE = 16;
    int OUT_OF_SERVICE = 17;
    int SHUTDOWN = 18;

    void addObserver(ProviderObserver providerObserver) throws MethodNotSupportedException, ResourceUnavailableException;

    void addProviderListener(ProviderListener providerListener) throws MethodNotSupportedException, ResourceUnavailableException;

    Call createCall() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    Address getAddress(String string) throws InvalidArgumentException;

    AddressCapabilities getAddressCapabilities();

    AddressCapabilities getAddressCapabilities(Terminal terminal) throws InvalidArgumentException, PlatformException;

    Address[] getAddresses() throws ResourceUnavailableException;

    CallCapabilities getCallCapabilities();

    CallCapabilities getCallCapabilities(Terminal terminal, Address address) throws InvalidArgumentException, PlatformException;

    Call[] getCalls() throws ResourceUnavailableException;

    ProviderCapabilities getCapabilities();

    ConnectionCapabilities getConnectionCapabilities();

    ConnectionCapabilities getConnectionCapabilities(Terminal terminal, Address address) throws InvalidArgumentException, PlatformException;

    String getName();

    ProviderObserver[] getObservers();

    ProviderCapabilities getProviderCapabilities();

    ProviderCapabilities getProviderCapabilities(Terminal terminal) throws InvalidArgumentException, PlatformException;

    ProviderListener[] getProviderListeners();

    int getState();

    Terminal getTerminal(String string) throws InvalidArgumentException;

    TerminalCapabilities getTerminalCapabilities();

    TerminalCapabilities getTerminalCapabilities(Terminal terminal) throws InvalidArgumentException, PlatformException;

    TerminalConnectionCapabilities getTerminalConnectionCapabilities();

    TerminalConnectionCapabilities getTerminalConnectionCapabilities(Terminal terminal) throws InvalidArgumentException, PlatformException;

    Terminal[] getTerminals() throws ResourceUnavailableException;

    void removeObserver(ProviderObserver observer);

    void removeProviderListener(ProviderListener providerListener);

    void shutdown();
}
