/**
 * The observer events of the call centre package: agents, ACD addresses, routing and call-centre
 * calls.
 */
package javax.telephony.callcenter.events;
