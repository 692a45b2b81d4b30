package javax.telephony.callcontrol.capabilities;

import javax.telephony.capabilities.AddressCapabilities;

/**
 * Reports which call control address features are available: reading, setting and cancelling
 * forwarding, do-not-disturb and message waiting.
 */
public interface CallControlAddressCapabilities extends AddressCapabilities {
    boolean canCancelForwarding();

    boolean canGetDoNotDisturb();

    boolean canGetForwarding();

    boolean canGetMessageWaiting();

    boolean canSetDoNotDisturb();

    boolean canSetForwarding();

    boolean canSetMessageWaiting();
}
