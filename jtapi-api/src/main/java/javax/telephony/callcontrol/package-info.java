/**
 * Call control: hold, transfer, conference, park, pickup, redirect, forwarding and the finer
 * call-control states of connections and terminal connections.
 */
package javax.telephony.callcontrol;
