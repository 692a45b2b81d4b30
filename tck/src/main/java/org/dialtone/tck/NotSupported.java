package org.dialtone.tck;

import org.opentest4j.TestAbortedException;

/** Aborts a test because the provider declares, through its capabilities, that it lacks a feature. */
public final class NotSupported extends TestAbortedException {
    private static final long serialVersionUID = 1L;

    /** For the feature the provider declares it lacks. */
    public NotSupported(String message) {
        super("not supported: " + message);
    }
}
