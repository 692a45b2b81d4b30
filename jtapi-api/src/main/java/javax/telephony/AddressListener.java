package javax.telephony;

import java.util.EventListener;

/**
 * Listener that an application registers on an {@code Address} to be told about address-level
 * events, including when delivery of those events has stopped.
 */
public interface AddressListener extends EventListener {
    void addressListenerEnded(AddressEvent addressEvent);
}
