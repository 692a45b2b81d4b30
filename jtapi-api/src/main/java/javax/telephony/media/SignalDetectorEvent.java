package javax.telephony.media;

/**
 * Event from a {@code SignalDetector} carrying the signals retrieved (as symbols or strings) and
 * the index of any matched pattern.
 */
public interface SignalDetectorEvent extends ResourceEvent, SignalDetectorConstants {
    int getPatternIndex();

    Symbol[] getSignalBuffer();

    String getSignalString();

    String getSpacedString();

    String[] getStringArray();
}
