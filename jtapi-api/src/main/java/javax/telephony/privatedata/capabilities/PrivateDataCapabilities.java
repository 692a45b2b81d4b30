package javax.telephony.privatedata.capabilities;

/** Reports whether private data can be set, read or sent on an object. */
public interface PrivateDataCapabilities {
    boolean canGetPrivateData();

    boolean canSendPrivateData();

    boolean canSetPrivateData();
}
