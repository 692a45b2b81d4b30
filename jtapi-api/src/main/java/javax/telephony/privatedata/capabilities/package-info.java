/**
 * The capabilities of the private data interfaces.
 */
package javax.telephony.privatedata.capabilities;
