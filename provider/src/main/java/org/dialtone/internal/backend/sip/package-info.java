/**
 * The sip backend: the provider's users as SIP user agents on JAIN SIP RI
 * ({@link org.dialtone.internal.backend.sip.SipBackend}). It registers them
 * ({@code Registration}), carries the legs the model routes as INVITEs ({@code OutgoingCall}) and
 * the INVITEs addressed to them as incoming calls ({@code IncomingCall}), with SDP offer/answer
 * ({@code Sdp}) and RTP ports that are bound and drained ({@code RtpDrain}).
 *
 * <p>All SIP state lives on the backend's one thread; the stack's threads only queue their events
 * there, and the model's commands are queued the same way. {@code SipStackHandle} makes and stops
 * the stack so that nothing of it outlives the provider, and JAIN SIP's logs go to slf4j.
 */
package org.dialtone.internal.backend.sip;
