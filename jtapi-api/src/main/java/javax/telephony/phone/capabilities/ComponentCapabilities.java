package javax.telephony.phone.capabilities;

/**
 * Reports whether a phone component can be observed or controlled, and whether a button press
 * threshold can be set.
 */
public interface ComponentCapabilities {
    boolean canControl();

    boolean canObserve();

    boolean canSetButtonPressThreshold();
}
