/**
 * Non-blocking forms of the container service.
 */
package javax.telephony.media.container.async;
