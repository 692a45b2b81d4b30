package org.dialtone.ext;

/** Implemented by Dialtone's {@code Provider}: which {@link Extension extensions} it offers. */
public interface ExtensionSupport {
    /**
     * Whether this provider carries out {@code extension}; one it does not answers
     * {@code MethodNotSupportedException} when used.
     */
    boolean isSupported(Extension extension);
}
