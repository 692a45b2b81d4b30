/**
 * The capabilities of media terminal connections.
 */
package javax.telephony.media.capabilities;
