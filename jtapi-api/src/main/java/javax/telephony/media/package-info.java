/**
 * The media API inherited from ECTF S.410: media services bound to calls, and the player,
 * recorder, signal detector, signal generator and speech recognition resources, with their symbols
 * and configuration specs.
 */
package javax.telephony.media;
