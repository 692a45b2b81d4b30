/**
 * Non-blocking forms of the media service and its resources, whose requests complete through
 * events.
 */
package javax.telephony.media.async;
