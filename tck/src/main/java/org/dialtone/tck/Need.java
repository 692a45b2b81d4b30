package org.dialtone.tck;

/** Parts of a harness a test may need; a test whose harness lacks one is skipped, not failed. */
public enum Need {
    /** A far-end driver that plays the parties the application does not control. */
    FAR_END("no far-end driver"),
    /** A number beyond the provider. */
    EXTERNAL_NUMBER("no external number"),
    /** A route point address. */
    ROUTE_POINT("no route point"),
    /** An address with two or more terminals. */
    SHARED_LINE("no shared line"),
    /** A pickup group holding the second and third lines. */
    PICKUP_GROUP("no pickup group");

    private final String description;

    Need(String description) {
        this.description = description;
    }

    /** What the harness lacks, for the skip message: "no route point". */
    public String description() {
        return description;
    }
}
