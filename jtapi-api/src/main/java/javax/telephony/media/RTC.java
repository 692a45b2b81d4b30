package javax.telephony.media;

import java.io.Serializable;
import java.util.Objects;

/**
 * Run-time control: pairs a trigger condition symbol with an action symbol so that one resource
 * event can act on another resource.
 *
 * <p>When the resource that reports the trigger condition (an {@code rtcc_} symbol) does so, the
 * media group sends the action (an {@code rtca_} symbol) to the resource it addresses, with no
 * round trip through the application. RTCs are values: equal when trigger and action are.
 */
public class RTC implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Barge-in for speech: when the recognizer detects speech, stop the player. */
    public static final RTC ASR_StopPlay =
            new RTC(ASRConstants.rtcc_SpeechDetected, PlayerConstants.rtca_Stop);
    /** Barge-in for tones: when the signal detector detects a signal, stop the player. */
    public static final RTC SigDet_StopPlay =
            new RTC(SignalDetectorConstants.rtcc_SignalDetected, PlayerConstants.rtca_Stop);
    /** When the signal detector detects a signal, stop the recorder. */
    public static final RTC SigDet_StopRecord =
            new RTC(SignalDetectorConstants.rtcc_SignalDetected, RecorderConstants.rtca_Stop);

    /** The action sent when the trigger fires; never {@code null}. */
    protected Symbol action;
    /** The condition that fires this control; never {@code null}. */
    protected Symbol trigger;

    /**
     * Creates a run-time control.
     *
     * @param symbol the trigger condition, usually an {@code rtcc_} symbol
     * @param symbol2 the action, usually an {@code rtca_} symbol
     * @throws IllegalArgumentException if either symbol is {@code null}
     */
    public RTC(Symbol symbol, Symbol symbol2) {
        if (symbol == null) {
            throw new IllegalArgumentException("RTC trigger is null");
        }
        if (symbol2 == null) {
            throw new IllegalArgumentException("RTC action is null");
        }
        this.trigger = symbol;
        this.action = symbol2;
    }

    /** Two controls are equal when they are of the same class with equal triggers and actions. */
    public boolean equals(Object object) {
        if (this == object) {
            return true;
        }
        if (object == null || object.getClass() != getClass()) {
            return false;
        }
        RTC other = (RTC) object;
        return Objects.equals(trigger, other.trigger) && Objects.equals(action, other.action);
    }

    /** Returns the action symbol sent when the trigger fires. */
    public Symbol getAction() {
        return action;
    }

    /** Returns the trigger condition symbol. */
    public Symbol getTrigger() {
        return trigger;
    }

    /** Combines the hash codes of the trigger and the action, consistent with {@link #equals}. */
    public int hashCode() {
        // Objects.hashCode: the protected fields may have been reset by a subclass
        return 31 * Objects.hashCode(trigger) + Objects.hashCode(action);
    }

    /** Returns {@code RTC[trigger=..., action=...]}. */
    public String toString() {
        return "RTC[trigger=" + trigger + ", action=" + action + "]";
    }
}
