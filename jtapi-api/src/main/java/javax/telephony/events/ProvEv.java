package javax.telephony.events;

import javax.telephony.Provider;

/** Base legacy event about a {@code Provider}, delivered to provider observers. */
public interface ProvEv extends Ev {
    Provider getProvider();
}
