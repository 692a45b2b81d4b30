/**
 * The observer events that report changes to phone components.
 */
package javax.telephony.phone.events;
