package javax.telephony.media;

/** Marker super-interface for listeners that receive unsolicited events from a resource. */
public interface ResourceListener extends MediaListener {
}
