/**
 * Media events delivered to terminal connection observers.
 */
package javax.telephony.media.events;
