package javax.telephony.media;

/** Event from a {@code SignalGenerator} reporting the completion of a send operation. */
public interface SignalGeneratorEvent extends ResourceEvent, SignalGeneratorConstants {
}
