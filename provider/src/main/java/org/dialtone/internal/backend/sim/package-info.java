/**
 * The sim backend: Dialtone's in-memory telephone switch behind the backend SPI
 * ({@link org.dialtone.internal.backend.sim.SimBackend}). It plays the far ends of calls as the
 * switch's plan and its scripts say; tests script it through the public {@code org.dialtone.sim}
 * API, never through this package.
 */
package org.dialtone.internal.backend.sim;
