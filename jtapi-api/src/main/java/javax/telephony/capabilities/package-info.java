/**
 * Static and dynamic capabilities of the core objects: which methods a provider supports, in
 * general and in the current state.
 */
package javax.telephony.capabilities;
