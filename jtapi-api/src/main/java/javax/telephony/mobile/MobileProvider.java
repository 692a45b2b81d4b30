package javax.telephony.mobile;

import java.util.Date;
import java.util.TimeZone;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.Provider;
import javax.telephony.ResourceUnavailableException;

/**
 * Provider for a mobile device; reports home and current networks, roaming, network time, and can
 * search for and select networks.
 */
public interface MobileProvider extends Provider {
    int RESTRICTED_SERVICE = 19;

    void cancelAvailableNetworkRequest() throws InvalidStateException, MethodNotSupportedException;

    MobileNetwork[] getAvailableNetworks(boolean flag) throws InvalidStateException, MethodNotSupportedException, ResourceUnavailableException;

    MobileNetwork getCurrentNetwork();

    MobileNetwork getHomeNetwork() throws MethodNotSupportedException, ResourceUnavailableException;

    int getMobileState();

    Date getNetworkTime() throws MethodNotSupportedException;

    TimeZone getNetworkTimeZone() throws MethodNotSupportedException;

    String getType();

    boolean isRoaming() throws InvalidStateException, MethodNotSupportedException;

    void setNetwork(MobileNetwork network) throws InvalidStateException, MethodNotSupportedException, ResourceUnavailableException;
}
