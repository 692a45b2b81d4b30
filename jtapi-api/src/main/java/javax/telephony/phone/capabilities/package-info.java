/**
 * The capabilities of the phone terminal.
 */
package javax.telephony.phone.capabilities;
