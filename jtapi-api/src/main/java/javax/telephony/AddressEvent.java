package javax.telephony;

/**
 * Base event for changes reported about an {@code Address}, such as the end of event delivery to an
 * address listener; gives access to the affected address.
 */
public interface AddressEvent extends Event {
    int ADDRESS_EVENT_TRANSMISSION_ENDED = 100;

    Address getAddress();
}
