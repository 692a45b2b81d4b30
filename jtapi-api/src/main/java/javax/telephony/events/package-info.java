/**
 * The JTAPI 1.2 observer events: the {@code Ev} batches that core observers receive for providers,
 * calls, addresses and terminals.
 */
package javax.telephony.events;
