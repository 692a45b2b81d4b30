/**
 * The observer events of the call control package, for calls, addresses and terminals.
 */
package javax.telephony.callcontrol.events;
