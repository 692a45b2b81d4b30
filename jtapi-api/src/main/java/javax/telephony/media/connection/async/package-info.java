/**
 * Non-blocking forms of media connection operations.
 */
package javax.telephony.media.connection.async;
