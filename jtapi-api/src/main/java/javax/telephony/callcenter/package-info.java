/**
 * Call centre features: ACD and agent addresses, agents, route points with route sessions, and
 * application data attached to calls.
 */
package javax.telephony.callcenter;
