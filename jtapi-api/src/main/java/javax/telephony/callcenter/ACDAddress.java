package javax.telephony.callcenter;

import javax.telephony.Call;
import javax.telephony.MethodNotSupportedException;

/**
 * Address representing an automatic call distribution group that queues calls for agents; reports
 * logged-on agents, queue length and waiting times.
 */
public interface ACDAddress extends CallCenterAddress {
    ACDManagerAddress getACDManagerAddress() throws MethodNotSupportedException;

    Agent[] getLoggedOnAgents() throws MethodNotSupportedException;

    int getNumberQueued() throws MethodNotSupportedException;

    Call getOldestCallQueued() throws MethodNotSupportedException;

    int getQueueWaitTime() throws MethodNotSupportedException;

    int getRelativeQueueLoad() throws MethodNotSupportedException;
}
