package javax.telephony;

/**
 * Event that groups a sequence of related low-level events into one higher-level happening, marked
 * by matching start and end meta events.
 */
public interface MetaEvent extends Event {
}
