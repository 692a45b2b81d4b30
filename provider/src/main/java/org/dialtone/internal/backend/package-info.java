/**
 * The backend SPI: what the model asks of a backend ({@link org.dialtone.internal.backend.Backend},
 * commands) and what a backend tells the model ({@link org.dialtone.internal.backend.Signals}).
 *
 * <p>Both sides speak in plain values: leg ids, address and terminal names, cause codes. A backend
 * never sees a JTAPI object, and the model never sees a protocol. Commands may be slow or fail
 * later; their outcome always comes back as a signal.
 */
package org.dialtone.internal.backend;
