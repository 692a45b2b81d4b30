package javax.telephony.events;

/** Legacy provider event reporting that the provider is temporarily out of service. */
public interface ProvOutOfServiceEv extends ProvEv {
    int ID = 113;
}
