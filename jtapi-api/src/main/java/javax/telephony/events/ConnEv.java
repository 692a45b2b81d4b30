package javax.telephony.events;

import javax.telephony.Connection;

/** Base legacy call event about a {@code Connection}. */
public interface ConnEv extends CallEv {
    Connection getConnection();
}
