/**
 * Media connections: streams between media groups and their data flow.
 */
package javax.telephony.media.connection;
