package javax.telephony.media;

/**
 * Listener for unsolicited {@code SignalDetector} events: signal detected, pattern matched and
 * buffer overflow.
 */
public interface SignalDetectorListener extends ResourceListener {
    void onOverflow(SignalDetectorEvent signalDetectorEvent);

    void onPatternMatched(SignalDetectorEvent signalDetectorEvent);

    void onSignalDetected(SignalDetectorEvent signalDetectorEvent);
}
