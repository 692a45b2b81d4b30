package javax.telephony;

/**
 * Vendor-supplied bootstrap object that names the services it offers and hands out {@code Provider}
 * instances for them.
 */
public interface JtapiPeer {
    String getName();

    Provider getProvider(String string) throws ProviderUnavailableException;

    String[] getServices();
}
