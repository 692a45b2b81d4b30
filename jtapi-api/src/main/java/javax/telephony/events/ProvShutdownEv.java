package javax.telephony.events;

/** Legacy provider event reporting that the provider has shut down for good. */
public interface ProvShutdownEv extends ProvEv {
    int ID = 114;
}
