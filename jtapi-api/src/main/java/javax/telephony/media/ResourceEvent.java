package javax.telephony.media;

/**
 * Media service event produced by a resource; also reports which RTC condition, if any, ended the
 * operation.
 */
public interface ResourceEvent extends MediaServiceEvent, ResourceConstants {
    Symbol getRTCTrigger();
}
