/**
 * The capabilities of the call control objects.
 */
package javax.telephony.callcontrol.capabilities;
