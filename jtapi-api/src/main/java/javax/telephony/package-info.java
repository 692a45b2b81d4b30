/**
 * The core of JTAPI: the peer that finds a provider, and the provider, call, address, terminal,
 * connection and terminal connection objects with their states, listeners, observers and
 * exceptions.
 */
package javax.telephony;
