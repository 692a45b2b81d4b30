package org.dialtone.tck;

/**
 * The provider under test cannot be used: its peer does not load, it gives no provider, the
 * provider does not come in service, or it lacks an address the harness names. The message is one
 * line that says which.
 */
public final class ProviderSetupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** With a one-line message. */
    public ProviderSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
