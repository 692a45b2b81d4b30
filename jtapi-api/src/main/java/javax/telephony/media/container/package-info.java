/**
 * Containers and data objects that hold recorded or playable media, and the service that manages
 * them.
 */
package javax.telephony.media.container;
