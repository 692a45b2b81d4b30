package javax.telephony.mobile;

import javax.telephony.ProviderEvent;

/**
 * Provider event reporting mobile-specific changes such as a network change, loss of network or
 * restricted service, with a mobile cause code.
 */
public interface MobileProviderEvent extends ProviderEvent {
    int CAUSE_FORBIDDEN = 1;
    int CAUSE_FORBIDDEN_ZONE = 2;
    int CAUSE_ILLEGAL_MOBILE = 8;
    int CAUSE_NETWORK_NOT_SELECTED = 6;
    int CAUSE_NORMAL = 0;
    int CAUSE_NO_NETWORK = 5;
    int CAUSE_RADIO_OFF = 4;
    int CAUSE_SEARCHING = 7;
    int CAUSE_SUSBCRIPTION_ERROR = 3;
    int CAUSE_UNKNOWN = 153;
    int MOBILEPROVIDER_NETWORK_CHANGE = 3;
    int MOBILEPROVIDER_NO_NETWORK = 8;
    int PROVIDER_RESTRICTED_SERVICE = 257;

    MobileProvider getMobileProvider();

    int getMobileStateCause();
}
