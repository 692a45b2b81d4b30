/**
 * Vendor-specific data exchanged with a provider outside the standard methods.
 */
package javax.telephony.privatedata;
