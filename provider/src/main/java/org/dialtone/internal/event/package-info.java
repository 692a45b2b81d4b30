/**
 * The event objects of the provider, for both JTAPI event models, and their delivery.
 *
 * <p>The model turns every state change into one stream of events; delivery hands each change to
 * the application twice over, using the classes here:
 * <ul>
 *   <li>the JTAPI 1.4 listener model: one class per event family ({@link ConnectionEventImpl} and
 *       its siblings), each implementing the call-control form of its interface, so the same
 *       object suits core and call-control listeners, plus the meta events that bracket them;</li>
 *   <li>the JTAPI 1.2/1.3 observer model: one class per concrete {@code Ev} interface, because
 *       observers tell events apart with {@code instanceof}. They are created through
 *       {@link ObserverEvents#forId} from an {@link EvData} (what happened) and the observed object
 *       (who is told), so one change becomes a cheap copy per observer.</li>
 * </ul>
 *
 * <p>The event objects are immutable values. {@link EventNames} gives every event id, cause and
 * meta code a readable name for logs and {@code toString}. {@link EventDelivery} is the one part
 * that runs code: it calls listeners and observers, each from its own serial queue, off the
 * model's thread.
 */
package org.dialtone.internal.event;
