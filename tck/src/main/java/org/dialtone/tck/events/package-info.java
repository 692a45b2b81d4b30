/**
 * Recording subscribers for both JTAPI event models: an {@link org.dialtone.tck.events.EventLog}
 * hands out observers and listeners that write every event into one ordered log, which tests wait on
 * (with a timeout) and query per object and per model; {@link org.dialtone.tck.events.Sequences}
 * checks a recorded sequence against the order the specification allows.
 */
package org.dialtone.tck.events;
