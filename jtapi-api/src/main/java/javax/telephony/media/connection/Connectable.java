package javax.telephony.media.connection;

/**
 * Marker for objects whose media streams can be linked to one another with {@code MediaConnection}
 * operations.
 */
public interface Connectable {
}
