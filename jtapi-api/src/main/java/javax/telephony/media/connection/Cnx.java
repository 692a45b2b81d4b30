package javax.telephony.media.connection;

/** Short-named alias that inherits all the {@code MediaConnectionConstants} symbols. */
public interface Cnx extends MediaConnectionConstants {
}
