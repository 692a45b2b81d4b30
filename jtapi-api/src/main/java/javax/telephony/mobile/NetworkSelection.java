package javax.telephony.mobile;

import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.ResourceUnavailableException;

/**
 * Mobile provider extension for choosing how networks are selected and for reading preferred and
 * forbidden networks.
 */
public interface NetworkSelection extends MobileProvider {
    String getCurrentSelectionMode() throws MethodNotSupportedException;

    MobileNetwork[] getForbiddenNetworks() throws MethodNotSupportedException, ResourceUnavailableException;

    MobileNetwork[] getPreferredNetworks() throws MethodNotSupportedException, ResourceUnavailableException;

    String[] getSelectionModes() throws MethodNotSupportedException;

    void setSelectionMode(String selectionMode) throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException;
}
