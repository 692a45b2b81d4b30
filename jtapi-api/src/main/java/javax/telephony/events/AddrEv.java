package javax.telephony.events;

import javax.telephony.Address;

/** Base legacy event about an {@code Address}, delivered to address observers. */
public interface AddrEv extends Ev {
    Address getAddress();
}
