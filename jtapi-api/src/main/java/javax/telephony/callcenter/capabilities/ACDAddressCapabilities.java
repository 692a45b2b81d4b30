package javax.telephony.callcenter.capabilities;

import javax.telephony.capabilities.AddressCapabilities;

/**
 * Reports which ACD address queries are available, such as logged-on agents, queue length, queue
 * wait time, oldest queued call and ACD manager.
 */
public interface ACDAddressCapabilities extends AddressCapabilities {
    boolean canGetACDManagerAddress();

    boolean canGetLoggedOnAgents();

    boolean canGetNumberQueued();

    boolean canGetOldestCallQueued();

    boolean canGetQueueWaitTime();

    boolean canGetRelativeQueueLoad();
}
