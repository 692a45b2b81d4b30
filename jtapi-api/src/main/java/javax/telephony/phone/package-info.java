/**
 * The physical phone set of a terminal: buttons, lamps, displays, ringers, hookswitches,
 * microphones and speakers.
 */
package javax.telephony.phone;
