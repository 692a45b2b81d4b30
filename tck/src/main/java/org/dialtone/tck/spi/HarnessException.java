package org.dialtone.tck.spi;

/** A harness description is wrong or incomplete; the message says what and where. */
public final class HarnessException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** With a message that names the source and the fault. */
    public HarnessException(String message) {
        super(message);
    }

    /** With a message and the failure that caused it. */
    public HarnessException(String message, Throwable cause) {
        super(message, cause);
    }
}
