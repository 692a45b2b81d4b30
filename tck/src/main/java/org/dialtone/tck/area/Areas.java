package org.dialtone.tck.area;

import java.util.List;

/** Every test class of the kit, in the order the report lists their areas. */
public final class Areas {
    /** The test classes, core first, then call control, then the optional features. */
    public static final List<Class<?>> ALL = List.of(
            ProviderTest.class);

    private Areas() {
    }
}
