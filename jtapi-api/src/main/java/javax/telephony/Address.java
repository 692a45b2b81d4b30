package javax.telephony;

import javax.telephony.capabilities.AddressCapabilities;

/**
 * A telephone number or other endpoint identifier known to a provider; lists the terminals and
 * connections tied to it and lets applications watch it for events.
 */
public interface Address {
    void addAddressListener(AddressListener addressListener) throws MethodNotSupportedException, ResourceUnavailableException;

    void addCallListener(CallListener callListener) throws MethodNotSupportedException, ResourceUnavailableException;

    void addCallObserver(CallObserver callObserver) throws MethodNotSupportedException, ResourceUnavailableException;

    void addObserver(AddressObserver addressObserver) throws MethodNotSupportedException, ResourceUnavailableException;

    AddressCapabilities getAddressCapabilities(Terminal terminal) throws InvalidArgumentException, PlatformException;

    AddressListener[] getAddressListeners();

    CallListener[] getCallListeners();

    CallObserver[] getCallObservers();

    AddressCapabilities getCapabilities();

    Connection[] getConnections();

    String getName();

    AddressObserver[] getObservers();

    Provider getProvider();

    Terminal[] getTerminals();

    void removeAddressListener(AddressListener addressListener);

    void removeCallListener(CallListener callListener);

    void removeCallObserver(CallObserver callObserver);

    void removeObserver(AddressObserver observer);
}
