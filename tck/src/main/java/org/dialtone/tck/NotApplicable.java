package org.dialtone.tck;

import org.opentest4j.TestAbortedException;

/** Skips a test because the harness does not describe something it needs. */
public final class NotApplicable extends TestAbortedException {
    private static final long serialVersionUID = 1L;

    /** With the reason, e.g. that the harness has no far-end driver. */
    public NotApplicable(String message) {
        super("skipped: " + message);
    }
}
