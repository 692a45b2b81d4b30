package javax.telephony.privatedata;

/**
 * Lets an application exchange vendor-specific data with the implementation: attach it to the next
 * request, send it directly, or read it.
 */
public interface PrivateData {
    Object getPrivateData();

    Object sendPrivateData(Object object);

    void setPrivateData(Object privateData);
}
