package org.dialtone.internal.capability;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The immutable set of capabilities granted to one capability object, behind the six public
 * classes. Each class names the constants its interface asks about; a constant it never asks about
 * is dropped, so the model may hand every object one provider-wide set, and two objects that would
 * answer every question alike are equal.
 */
abstract class GrantedCapabilities {
    private final Set<Capability> granted;

    GrantedCapabilities(Set<Capability> granted, Set<Capability> asked) {
        Objects.requireNonNull(granted, "capabilities");
        EnumSet<Capability> copy = EnumSet.noneOf(Capability.class);
        for (Capability capability : granted) {
            copy.add(Objects.requireNonNull(capability, "capabilities must not contain null"));
        }
        copy.retainAll(asked);
        this.granted = copy;
    }

    /** Whether the capability is granted. */
    final boolean has(Capability capability) {
        return granted.contains(capability);
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass()
                && ((GrantedCapabilities) other).granted.equals(granted);
    }

    @Override
    public final int hashCode() {
        return 31 * getClass().hashCode() + granted.hashCode();
    }

    /** The interface's name and the granted constants, e.g. {@code CallCapabilities[CONNECT, DROP]}. */
    @Override
    public final String toString() {
        String name = getClass().getSimpleName();
        return name.substring(0, name.length() - "Impl".length()) + granted;
    }
}
