/**
 * Mobile telephony: networks, radio, SIM-style subscriber data and mobile addresses and terminals.
 */
package javax.telephony.mobile;
