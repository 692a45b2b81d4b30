package javax.telephony.events;

import javax.telephony.Call;

/** Base legacy event about a {@code Call}, delivered to call observers. */
public interface CallEv extends Ev {
    Call getCall();
}
