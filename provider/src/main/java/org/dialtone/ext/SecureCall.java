package org.dialtone.ext;

import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;

/**
 * Secure a call against interruption ({@link Extension#SECURE_CALL}), as a switch's "data line
 * privacy" does: implemented by Dialtone's {@code Call}; cast a {@code Call} to it.
 *
 * <p>While a call is secured, nothing may break into it:
 * <ul>
 *   <li>no call waiting: a new call to an address that takes part in it finds that address busy
 *       (the new call's connection fails with {@code CallCtlEv.CAUSE_BUSY});
 *   <li>no intrusion: another phone of a shared line cannot {@code join} it;
 *   <li>no pickup: {@code CallControlTerminal.pickup} of one of its connections answers
 *       {@code InvalidStateException}, and the pickup forms that choose a call pass it over;
 *   <li>no park, since anyone could pick it up at the orbit: {@code park} answers
 *       {@code InvalidStateException}.
 * </ul>
 * A call stays secured until it ends.
 *
 * <p>Securing a call is announced to the call's observers and listeners through JTAPI's own private
 * data events, in order with the call's other events: observers implementing {@code CallObserver}
 * get a {@code PrivateCallEv}, and listeners implementing
 * {@code javax.telephony.privatedata.PrivateDataCallListener} get {@code callPrivateData}, whose
 * {@code getPrivateData()} is {@link Notice#SECURED} in both cases (meta code
 * {@code META_CALL_PROGRESS}, inside a {@code SINGLECALL_META_PROGRESS} bracket).
 *
 * <pre>{@code
 * SecureCall call = (SecureCall) connection.getCall();
 * call.secure();
 * assert call.isSecure();
 * }</pre>
 */
public interface SecureCall {
    /** What the private data events about a secured call carry. */
    enum Notice {
        /** The call was secured against interruption. */
        SECURED
    }

    /**
     * Secures this call against interruption until it ends; does nothing, and announces nothing,
     * if it is secured already.
     *
     * @throws InvalidStateException if the provider is not in service or the call is not
     *     {@code ACTIVE}
     * @throws MethodNotSupportedException if the provider does not offer
     *     {@link Extension#SECURE_CALL}
     */
    void secure() throws InvalidStateException, MethodNotSupportedException;

    /** Whether this call is secured against interruption. */
    boolean isSecure();
}
