/**
 * Messages between named media services and their clients.
 */
package javax.telephony.media.messaging;
