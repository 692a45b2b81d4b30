package javax.telephony.events;

/** Legacy provider event reporting that the provider is now in service. */
public interface ProvInServiceEv extends ProvEv {
    int ID = 111;
}
