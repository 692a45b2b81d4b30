/**
 * The provider's capability objects: the answers to JTAPI's "can this be done?" questions, both
 * the static ones of {@code Provider.getXCapabilities()} and the dynamic ones of
 * {@code getCapabilities()}.
 *
 * <p>Each question of the core and call-control capability interfaces is one {@link Capability}
 * constant; a capability object is an immutable set of the constants granted, and each of its
 * {@code canX}/{@code isX} methods only looks its constant up. The model decides which set fits an
 * object in its current state; nothing here inspects method arguments, as the specification says
 * the arguments of the typed forms only pick the overload asked about.
 */
package org.dialtone.internal.capability;
