/**
 * The observer event that carries private data from a provider.
 */
package javax.telephony.privatedata.events;
