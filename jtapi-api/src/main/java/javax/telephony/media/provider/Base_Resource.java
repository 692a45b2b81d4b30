package javax.telephony.media.provider;

/**
 * Base for provider resource implementations that keeps a reference to the owner notified of
 * completed events.
 */
public class Base_Resource implements MPI.Resource {
    protected MPI.Owner owner;

    public Base_Resource() {
    }

    public void setOwner(MPI.Owner owner) {
        throw NotBuilt.member("Base_Resource.setOwner");
    }
}
