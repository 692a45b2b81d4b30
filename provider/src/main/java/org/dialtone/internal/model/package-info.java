/**
 * The call model: the provider's calls, connections and terminal connections with their state
 * machines, the single source of truth for every JTAPI getter and event. State changes only on
 * the provider's {@link org.dialtone.internal.model.ModelLoop}; see docs/concurrency.md.
 */
package org.dialtone.internal.model;
