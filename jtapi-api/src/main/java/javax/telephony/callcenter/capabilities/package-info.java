/**
 * The capabilities of the call centre objects.
 */
package javax.telephony.callcenter.capabilities;
