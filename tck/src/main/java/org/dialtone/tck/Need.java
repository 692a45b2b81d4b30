package org.dialtone.tck;

/** Parts of a harness a test may need; a test whose harness lacks one is skipped, not failed. */
public enum Need {
    /** A far-end driver that plays the parties the application does not control. */
    FAR_END("a far-end driver"),
    /** A number beyond the provider. */
    EXTERNAL_NUMBER("an external number"),
    /** A route point address. */
    ROUTE_POINT("a route point"),
    /** An address with two or more terminals. */
    SHARED_LINE("a shared line");

    private final String description;

    Need(String description) {
        this.description = description;
    }

    /** What the harness would have to describe, for the skip message. */
    public String description() {
        return description;
    }
}
