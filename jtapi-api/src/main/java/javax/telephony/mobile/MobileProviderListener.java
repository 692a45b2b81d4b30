package javax.telephony.mobile;

import javax.telephony.ProviderListener;

/**
 * Provider listener that is also told when the mobile network changes or service becomes
 * restricted.
 */
public interface MobileProviderListener extends ProviderListener {
    void networkChanged(MobileProviderEvent mobileProviderEvent);

    void serviceRestricted(MobileProviderEvent mobileProviderEvent);
}
