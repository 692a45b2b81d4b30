package org.dialtone.tck.run;

/** How one kit test ended, as the report counts it. */
public enum Outcome {
    /** The provider behaved as the specification says. */
    PASSED("Passed"),
    /** The provider misbehaved, or threw MethodNotSupportedException for what it claims. */
    FAILED("Failed"),
    /** The provider declares, through its capabilities, that it lacks the feature. */
    NOT_SUPPORTED("Not supported"),
    /** The harness lacks something the test needs (a far end, a route point ...). */
    SKIPPED("Skipped");

    private final String title;

    Outcome(String title) {
        this.title = title;
    }

    /** The column title in the report. */
    public String title() {
        return title;
    }
}
